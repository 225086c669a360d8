using System;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace ConflictModel;

/// <summary>
/// The ISO 8601 text of a <see cref="FuzzyDate"/>, which carries its precision:
/// <c>2017-11-09</c> (a day), <c>2017-11-02/2017-11-09</c> (a range of days), <c>2017-W45</c>
/// (an ISO week), <c>2017-11</c> (a month), <c>2017</c> (a year). The text of
/// <see cref="ValidityInterval"/> is <c>2014-06-29/..</c>, with <c>..</c> for an open end.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class FuzzyDateText
{
    private static readonly LocalDatePattern Day = LocalDatePattern.Iso;
    private static readonly YearMonthPattern Month = YearMonthPattern.Iso;

    /// <summary>Formats a date with its precision.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO 8601 text.</returns>
    public static string Format(FuzzyDate date) => date.Precision switch
    {
        DatePrecision.Day => Day.Format(date.Start),
        DatePrecision.Month => Month.Format(new YearMonth(date.Start.Year, date.Start.Month)),
        DatePrecision.Year => date.Start.Year.ToString("0000", CultureInfo.InvariantCulture),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture,
            $"{WeekYearRules.Iso.GetWeekYear(date.Start):0000}-W{WeekYearRules.Iso.GetWeekOfWeekYear(date.Start):00}"),
        _ => Day.Format(date.Start) + "/" + Day.Format(date.End),
    };

    /// <summary>Parses the ISO 8601 text of a date with its precision.</summary>
    /// <param name="text">The text, such as <c>2017-11-09</c> or <c>2017-W45</c>.</param>
    /// <param name="date">The date, or the default value when the text is not understood.</param>
    /// <param name="error">What is wrong with the text, or null.</param>
    /// <returns>True when the text is a date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out FuzzyDate date, out string? error)
    {
        Preconditions.CheckNotNull(text);
        date = default;
        error = null;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (TryDay(text[..slash], out var start, out _) && TryDay(text[(slash + 1)..], out var end, out _))
            {
                date = FuzzyDate.FromParts(start, end, DatePrecision.DayRange);
                return true;
            }
            TryDay(text, out _, out error);
            return false;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1)
        {
            date = FuzzyDate.InYear(year);
            return true;
        }
        int w = text.IndexOf("-W", StringComparison.Ordinal);
        if (w == 4 && text.Length == 8
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int weekYear)
            && int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week))
        {
            if (weekYear < 1 || week < 1 || week > WeekYearRules.Iso.GetWeeksInWeekYear(weekYear))
            {
                error = $"\"{text}\" names a week that does not exist; ISO week-year {weekYear} has weeks 01 to {WeekYearRules.Iso.GetWeeksInWeekYear(Math.Max(1, weekYear)):00}.";
                return false;
            }
            var monday = WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday);
            if (monday.Year == FuzzyDate.MaxYear && monday.Month == 12 && monday.Day > 25)
            {
                error = $"\"{text}\" names a week that runs past the end of year {FuzzyDate.MaxYear}, the last year a date may have.";
                return false;
            }
            date = FuzzyDate.InWeekOf(monday);
            return true;
        }
        if (text.Length == 7 && Month.Parse(text) is { Success: true } month && month.Value.Year >= FuzzyDate.MinYear)
        {
            date = FuzzyDate.InMonth(month.Value);
            return true;
        }
        if (TryDay(text, out var day, out error))
        {
            date = FuzzyDate.OnDay(day);
            return true;
        }
        return false;
    }

    /// <summary>Formats a validity interval, with <c>..</c> for an open end.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>Such as <c>2014-06-29/..</c>.</returns>
    public static string Format(ValidityInterval interval) =>
        (interval.Start is { } s ? Day.Format(s) : "..") + "/" + (interval.End is { } e ? Day.Format(e) : "..");

    /// <summary>Parses the text of a validity interval.</summary>
    /// <param name="text">The text, such as <c>2014-06-29/..</c> or <c>../2017-11-09</c>.</param>
    /// <param name="interval">The interval, or the default value when the text is not understood.</param>
    /// <param name="error">What is wrong with the text, or null.</param>
    /// <returns>True when the text is an interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParseInterval(string text, out ValidityInterval interval, out string? error)
    {
        Preconditions.CheckNotNull(text);
        interval = default;
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            error = $"\"{Shorten(text)}\" is not an interval; write start/end with ISO dates and .. for an open end, such as 2014-06-29/..";
            return false;
        }
        error = null;
        if (!TryBound(text[..slash], out var start, ref error) || !TryBound(text[(slash + 1)..], out var end, ref error))
        {
            return false;
        }
        interval = new ValidityInterval(start, end);
        return true;
    }

    private static bool TryBound(string text, out LocalDate? bound, ref string? error)
    {
        bound = null;
        if (text == "..")
        {
            return true;
        }
        if (TryDay(text, out var day, out error))
        {
            bound = day;
            return true;
        }
        return false;
    }

    private static bool TryDay(string text, out LocalDate date, out string? error)
    {
        var result = Day.Parse(text);
        date = result.Success ? result.Value : default;
        if (result.Success && date.Year is < FuzzyDate.MinYear or > FuzzyDate.MaxYear)
        {
            error = $"\"{Shorten(text)}\" has a year outside 0001-9999.";
            return false;
        }
        error = result.Success ? null :
            $"\"{Shorten(text)}\" is not a date; write a day as 2017-11-09, a range as 2017-11-02/2017-11-09, a week as 2017-W45, a month as 2017-11 or a year as 2017.";
        return result.Success;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
