using System.Globalization;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// The days during which a membership or a relation holds: inclusive, and open at either end when
/// that end is unknown or not reached.
/// </summary>
/// <remarks>
/// A start after the end is kept as given so that validation can report it. This type is
/// immutable and thread-safe.
/// </remarks>
public readonly record struct ValidityInterval
{
    /// <summary>An interval open at both ends: always valid.</summary>
    public static readonly ValidityInterval Always;

    /// <summary>Initializes an interval.</summary>
    /// <param name="start">The first day, or null when open at the start.</param>
    /// <param name="end">The last day, or null when open at the end.</param>
    /// <exception cref="System.ArgumentException">A date is not in the ISO calendar, or its year is outside [1-9999].</exception>
    public ValidityInterval(LocalDate? start, LocalDate? end)
    {
        Preconditions.CheckArgument(start is not { } s || s.Calendar == CalendarSystem.Iso, nameof(start), "Dates must be in the ISO calendar.");
        Preconditions.CheckArgument(end is not { } e || e.Calendar == CalendarSystem.Iso, nameof(end), "Dates must be in the ISO calendar.");
        Preconditions.CheckArgument(start is not { } y1 || y1.Year is >= FuzzyDate.MinYear and <= FuzzyDate.MaxYear, nameof(start), "Years must be in range [1-9999].");
        Preconditions.CheckArgument(end is not { } y2 || y2.Year is >= FuzzyDate.MinYear and <= FuzzyDate.MaxYear, nameof(end), "Years must be in range [1-9999].");
        Start = start;
        End = end;
    }

    /// <summary>Gets the first day, or null when open at the start.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the last day, or null when open at the end.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the start is not after the end.</summary>
    public bool IsOrdered => Start is not { } s || End is not { } e || s <= e;

    /// <summary>Creates an interval that starts on <paramref name="start"/> and has no end.</summary>
    /// <param name="start">The first day.</param>
    /// <returns>The interval.</returns>
    public static ValidityInterval From(LocalDate start) => new(start, null);

    /// <summary>Tells whether the interval holds on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True when the day is inside the interval.</returns>
    public bool Contains(LocalDate date) => (Start is not { } s || s <= date) && (End is not { } e || date <= e);

    /// <summary>Tells whether the interval holds on at least one day of <paramref name="date"/>.</summary>
    /// <param name="date">A date known to some precision.</param>
    /// <returns>True when the ranges share a day.</returns>
    public bool Overlaps(FuzzyDate date) => (Start is not { } s || s <= date.End) && (End is not { } e || date.Start <= e);

    /// <summary>Returns the interval in ISO 8601 form, with <c>..</c> for an open end.</summary>
    /// <returns>Such as <c>2014-06-29/..</c>.</returns>
    public override string ToString() => Format(Start) + "/" + Format(End);

    private static string Format(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "..";
}
