using System;
using System.Globalization;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// A calendar date known to some precision: an exact day, a range of days, a week, a month or a
/// year, as war reporting gives them ("jeudi", "ces dernières semaines", "en 2014"). The date is
/// the inclusive range <see cref="Start"/>..<see cref="End"/> in the ISO calendar.
/// </summary>
/// <remarks>
/// <para>The factories build the range from the precision, so a week always runs Monday to
/// Sunday and a month from its first to its last day. <see cref="Between"/> keeps the days it is
/// given, even a start after the end, so that validation can report such a range rather than
/// lose it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct FuzzyDate
{
    private FuzzyDate(LocalDate start, LocalDate end, DatePrecision precision)
    {
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Dates must be in the ISO calendar.", nameof(start));
        }
        // ISO 8601 text without an expanded year, as documents carry dates, has years 0001 to 9999.
        if (start.Year is < MinYear or > MaxYear || end.Year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(start), string.Format(CultureInfo.InvariantCulture,
                "Years must be in range [{0}-{1}]; found {2} and {3}.", MinYear, MaxYear, start.Year, end.Year));
        }
        Start = start;
        End = end;
        Precision = precision;
    }

    /// <summary>The earliest year a date may have.</summary>
    public const int MinYear = 1;

    /// <summary>The latest year a date may have.</summary>
    public const int MaxYear = 9999;

    /// <summary>Gets the first day the date may be.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day the date may be.</summary>
    public LocalDate End { get; }

    /// <summary>Gets how precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Gets a value indicating whether the start is not after the end.</summary>
    public bool IsOrdered => Start <= End;

    /// <summary>Gets the number of days in the range (0 when the range is reversed).</summary>
    public int LengthInDays => IsOrdered ? Period.DaysBetween(Start, End) + 1 : 0;

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>A date of precision <see cref="DatePrecision.Day"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static FuzzyDate OnDay(LocalDate date) => new(date, date, DatePrecision.Day);

    /// <summary>Creates a date that lies somewhere between two days, inclusive.</summary>
    /// <param name="start">The first possible day.</param>
    /// <param name="end">The last possible day; a start after the end is kept as given for validation to report.</param>
    /// <returns>A date of precision <see cref="DatePrecision.DayRange"/>, or <see cref="DatePrecision.Day"/> when both days are the same.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public static FuzzyDate Between(LocalDate start, LocalDate end) =>
        new(start, end, start == end ? DatePrecision.Day : DatePrecision.DayRange);

    /// <summary>Creates a date that lies in the ISO week (Monday to Sunday) containing <paramref name="anyDayOfWeek"/>.</summary>
    /// <param name="anyDayOfWeek">Any day of the week.</param>
    /// <returns>A date of precision <see cref="DatePrecision.Week"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="anyDayOfWeek"/> is not in the ISO calendar.</exception>
    public static FuzzyDate InWeekOf(LocalDate anyDayOfWeek)
    {
        var monday = anyDayOfWeek.PlusDays(-((int)anyDayOfWeek.DayOfWeek - 1));
        if (monday.Year == MaxYear && monday.Month == 12 && monday.Day > 25)
        {
            throw new ArgumentOutOfRangeException(nameof(anyDayOfWeek), anyDayOfWeek, "The week runs past the end of year 9999, the last year a date may have.");
        }
        return new(monday, monday.PlusDays(6), DatePrecision.Week);
    }

    /// <summary>Creates a date that lies in a calendar month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>A date of precision <see cref="DatePrecision.Month"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public static FuzzyDate InMonth(YearMonth month) => new(month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)), DatePrecision.Month);

    /// <summary>Creates a date that lies in a calendar year.</summary>
    /// <param name="year">The year, in [1-9999].</param>
    /// <returns>A date of precision <see cref="DatePrecision.Year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the ISO calendar's range.</exception>
    public static FuzzyDate InYear(int year)
    {
        Preconditions.CheckArgumentRange(year, MinYear, MaxYear);
        return new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);
    }

    /// <summary>
    /// Recreates a date from its parts, as a reader of stored data does. The range must agree with
    /// the precision: a day is one day, a week runs Monday to Sunday, a month and a year are whole.
    /// </summary>
    /// <param name="start">The first possible day.</param>
    /// <param name="end">The last possible day.</param>
    /// <param name="precision">The precision.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException">The range does not agree with the precision, or a date is not in the ISO calendar.</exception>
    public static FuzzyDate FromParts(LocalDate start, LocalDate end, DatePrecision precision)
    {
        Preconditions.CheckDefined(precision);
        var expected = precision switch
        {
            DatePrecision.Day => OnDay(start),
            DatePrecision.Week => InWeekOf(start),
            DatePrecision.Month => InMonth(new YearMonth(start.Year, start.Month)),
            DatePrecision.Year => InYear(start.Year),
            _ => new FuzzyDate(start, end, DatePrecision.DayRange),
        };
        if (expected.Start != start || expected.End != end)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "A date of precision {0} starting {1:uuuu-MM-dd} runs from {2:uuuu-MM-dd} to {3:uuuu-MM-dd}, not to {4:uuuu-MM-dd}.",
                precision, start, expected.Start, expected.End, end), nameof(end));
        }
        return expected;
    }

    /// <summary>Tells whether <paramref name="date"/> lies in the range.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True when the day is between the start and the end, inclusive.</returns>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>Tells whether this date and <paramref name="other"/> may be the same day.</summary>
    /// <param name="other">Another date.</param>
    /// <returns>True when the ranges share at least one day.</returns>
    public bool Overlaps(FuzzyDate other) => Start <= other.End && other.Start <= End;

    /// <summary>
    /// Returns ACLED's <c>time_precision</c>: 1 for an exact day, 2 for a range of up to a week,
    /// 3 for anything less precise.
    /// </summary>
    /// <returns>1, 2 or 3.</returns>
    public int ToAcledTimePrecision() => Precision switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Week => 2,
        DatePrecision.DayRange when LengthInDays <= 7 => 2,
        _ => 3,
    };

    /// <summary>
    /// Returns UCDP GED's <c>date_prec</c>: 1 exact day, 2 a range of 2 to 6 days, 3 a week,
    /// 4 a month, 5 more than a month.
    /// </summary>
    /// <returns>A code in [1-5].</returns>
    public int ToUcdpDatePrecision() => Precision switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Week => 3,
        DatePrecision.Month => 4,
        DatePrecision.Year => 5,
        _ => LengthInDays switch
        {
            <= 1 => 1,
            <= 6 => 2,
            <= 7 => 3,
            <= 31 => 4,
            _ => 5,
        },
    };

    /// <summary>Returns the date in ISO form with its precision.</summary>
    /// <returns>Such as <c>2017-11-09</c>, <c>2017-11-06/2017-11-12 (week)</c> or <c>2017-11 (month)</c>.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("uuuu-MM", CultureInfo.InvariantCulture) + " (month)",
        DatePrecision.Year => Start.ToString("uuuu", CultureInfo.InvariantCulture) + " (year)",
        DatePrecision.Week => Range() + " (week)",
        _ => Range(),
    };

    private string Range() =>
        Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "/" + End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
