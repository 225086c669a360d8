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
    /// <param name="asOf">When the count holds (the period it covers, or the day it was given), or null.</param>
    /// <param name="text">The words of the report, or null.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is the default value, or <paramref name="text"/> is blank.</exception>
    public Figure(FigureKind kind, FigureValue value, FuzzyDate? asOf = null, string? text = null, ExtensionData? extensions = null)
    {
        Kind = Checks.Term(kind);
        Value = Preconditions.CheckNotNull(value);
        Text = Checks.OptionalText(text);
        rare = RareFields<FuzzyDate?>.Of(asOf, extensions);
    }

    /// <summary>Gets what is counted.</summary>
    public FigureKind Kind { get; }

    /// <summary>Gets the count with its uncertainty.</summary>
    public FigureValue Value { get; }

    /// <summary>Gets when the count holds, or null.</summary>
    public FuzzyDate? AsOf => rare?.Value;

    // The date and the extension data are rarely given: one field for both.
    private readonly RareFields<FuzzyDate?>? rare;

    /// <summary>Gets the words of the report, or null.</summary>
    public string? Text { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions => rare?.Extensions ?? ExtensionData.Empty;

    /// <summary>Returns the count and what it counts.</summary>
    /// <returns>Such as <c>about 120,000 displaced</c>.</returns>
    public override string ToString() => $"{Value} {Kind}";
}
