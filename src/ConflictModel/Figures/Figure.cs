using System;

namespace ConflictModel;

/// <summary>
/// A figure from a report: what is counted, the count with its uncertainty, as of when, and the
/// words the report used ("quelque 120.00 personnes").
/// </summary>
/// <remarks>
/// Keeping the original words lets a reader, and validation, check the count against them: the
/// dispatch's "120.00" is malformed, and whoever coded it as about 120,000 made a choice that
/// must stay visible. This type is immutable and thread-safe.
/// </remarks>
public sealed record Figure
{
    /// <summary>Initializes a figure.</summary>
    /// <param name="kind">What is counted.</param>
    /// <param name="value">The count with its uncertainty.</param>
    /// <param name="asOf">When the count was given or holds (the day of the report, or the day the count stops), or null.</param>
    /// <param name="text">The words of the report, or null.</param>
    /// <param name="subject">Whose people are counted (an actor, a side, a group such as civilians), or null for everybody.</param>
    /// <param name="period">The days the count covers ("in the last two weeks", "since 2011"), or null when the report does not say.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is the default value, or <paramref name="text"/> is blank.</exception>
    public Figure(FigureKind kind, FigureValue value, FuzzyDate? asOf = null, string? text = null, FigureSubject? subject = null,
        ValidityInterval? period = null, ExtensionData? extensions = null)
    {
        Kind = Checks.Term(kind);
        Value = Preconditions.CheckNotNull(value);
        Text = Checks.OptionalText(text);
        details = asOf is null && subject is null && period is null && (extensions is null || extensions.IsEmpty)
            ? null
            : new Details(asOf, subject, period, extensions ?? ExtensionData.Empty);
    }

    /// <summary>Gets what is counted.</summary>
    public FigureKind Kind { get; }

    /// <summary>Gets the count with its uncertainty.</summary>
    public FigureValue Value { get; }

    /// <summary>Gets when the count was given or holds, or null.</summary>
    public FuzzyDate? AsOf => details?.AsOf;

    /// <summary>Gets whose people are counted, or null when the figure counts everybody.</summary>
    /// <remarks>Figures of different subjects count different people: they never contradict one another.</remarks>
    public FigureSubject? Subject => details?.Subject;

    /// <summary>Gets the days the count covers, or null when the report does not say.</summary>
    /// <remarks>
    /// A count over a period ("some 300 killed in the last two weeks") and a count over another
    /// period, or over none given, count different things: they never contradict one another.
    /// </remarks>
    public ValidityInterval? Period => details?.Period;

    // The date, subject, period and extension data are rarely given: one field for all of them.
    private readonly Details? details;

    /// <summary>Gets the words of the report, or null.</summary>
    public string? Text { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions => details?.Extensions ?? ExtensionData.Empty;

    /// <summary>Returns a copy of this figure that counts the people of <paramref name="subject"/>.</summary>
    /// <param name="subject">Whose people are counted, or null for everybody.</param>
    /// <returns>The copy.</returns>
    public Figure WithSubject(FigureSubject? subject) => new(Kind, Value, AsOf, Text, subject, Period, details?.Extensions);

    /// <summary>Returns a copy of this figure that covers the days of <paramref name="period"/>.</summary>
    /// <param name="period">The days the count covers, or null.</param>
    /// <returns>The copy.</returns>
    public Figure WithPeriod(ValidityInterval? period) => new(Kind, Value, AsOf, Text, Subject, period, details?.Extensions);

    private sealed record Details(FuzzyDate? AsOf, FigureSubject? Subject, ValidityInterval? Period, ExtensionData Extensions);

    /// <summary>Returns the count and what it counts.</summary>
    /// <returns>Such as <c>about 120,000 displaced</c>, or <c>at least 43 killed (actor jaish-al-izza)</c> with a subject.</returns>
    public override string ToString() =>
        $"{Value} {Kind}" + (Subject is { } subject ? $" ({subject})" : string.Empty) + (Period is { } period ? $" over {period}" : string.Empty);
}
