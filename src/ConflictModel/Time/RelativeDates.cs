using System;
using System.Globalization;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// Turns the day words of a dispatch ("jeudi", "hier", "Thursday") into calendar dates, counted
/// back from the date the dispatch was published.
/// </summary>
/// <remarks>
/// <para>A weekday word names the most recent such day on or before the reference date: news
/// reports past events, so "jeudi" in a report published on a Thursday is that same Thursday,
/// and on a Wednesday it is the Thursday of the week before.</para>
/// <para>French and English are accepted; case and accents are ignored, as are surrounding white
/// space and one trailing period ("jeu."). "aujourd'hui"/"today", "hier"/"yesterday" and
/// "avant-hier"/"the day before yesterday" count 0, 1 and 2 days back.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class RelativeDates
{
    // Long hostile inputs must not be echoed whole into exception messages.
    private const int MaxEchoedLength = 40;

    /// <summary>Resolves a day word against the date a report was published.</summary>
    /// <param name="word">A French or English weekday name or abbreviation, or a word such as "hier" or "yesterday".</param>
    /// <param name="reference">The publication date of the report.</param>
    /// <returns>The date the word names: never after <paramref name="reference"/>, at most six days before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is not a recognised day word; the message lists those accepted.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date would fall before the earliest date of the calendar of <paramref name="reference"/>.</exception>
    public static LocalDate Resolve(string word, LocalDate reference)
    {
        Preconditions.CheckNotNull(word);
        if (!TryGetDaysBack(word, reference, out int daysBack))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not a recognised day word. Accepted: {1}.", Echo(word), DayWords.Accepted),
                nameof(word));
        }
        if (!CanGoBack(reference, daysBack))
        {
            throw new ArgumentOutOfRangeException(nameof(reference), reference,
                string.Format(CultureInfo.InvariantCulture, "Going back {0} day(s) from {1} leaves the calendar's range.",
                    daysBack, reference.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        }
        return reference.PlusDays(-daysBack);
    }

    /// <summary>Resolves a day word against the local date of the instant a report was published.</summary>
    /// <param name="word">A French or English weekday name or abbreviation, or a word such as "hier" or "yesterday".</param>
    /// <param name="published">When the report was published, in the time zone of its dateline; only its local date is used.</param>
    /// <returns>The date the word names: never after the local date of <paramref name="published"/>, at most six days before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is not a recognised day word; the message lists those accepted.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date would fall before the earliest date of the calendar of <paramref name="published"/>.</exception>
    public static LocalDate Resolve(string word, ZonedDateTime published) => Resolve(word, published.Date);

    /// <summary>Resolves a day word against the date a report was published, without throwing for unknown words.</summary>
    /// <param name="word">A French or English weekday name or abbreviation, or a word such as "hier" or "yesterday".</param>
    /// <param name="reference">The publication date of the report.</param>
    /// <param name="date">The date the word names when the method returns true; otherwise the default date.</param>
    /// <returns>True when <paramref name="word"/> is recognised and the date is representable; otherwise false.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static bool TryResolve(string word, LocalDate reference, out LocalDate date)
    {
        Preconditions.CheckNotNull(word);
        if (TryGetDaysBack(word, reference, out int daysBack) && CanGoBack(reference, daysBack))
        {
            date = reference.PlusDays(-daysBack);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>Resolves a day word against the local date of the instant a report was published, without throwing for unknown words.</summary>
    /// <param name="word">A French or English weekday name or abbreviation, or a word such as "hier" or "yesterday".</param>
    /// <param name="published">When the report was published, in the time zone of its dateline; only its local date is used.</param>
    /// <param name="date">The date the word names when the method returns true; otherwise the default date.</param>
    /// <returns>True when <paramref name="word"/> is recognised and the date is representable; otherwise false.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static bool TryResolve(string word, ZonedDateTime published, out LocalDate date) =>
        TryResolve(word, published.Date, out date);

    /// <summary>Recognises a French or English weekday name or abbreviation.</summary>
    /// <param name="word">A word such as "jeudi", "Jeu.", "Thursday" or "thu".</param>
    /// <param name="day">The day named when the method returns true; otherwise <see cref="IsoDayOfWeek.None"/>.</param>
    /// <returns>True when <paramref name="word"/> names a weekday; false otherwise, including for "hier" or "today".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static bool TryParseWeekday(string word, out IsoDayOfWeek day)
    {
        Preconditions.CheckNotNull(word);
        return DayWords.TryGetWeekday(word, out day);
    }

    /// <summary>
    /// Resolves an expression of time that may name more than one day ("this week", "in the last
    /// two weeks", "overnight", "ces derniers jours", "depuis dimanche", "dans la nuit de mercredi
    /// à jeudi") against the date a report was published.
    /// </summary>
    /// <param name="expression">A French or English expression of time; every word that <see cref="Resolve(string, LocalDate)"/> accepts is accepted too.</param>
    /// <param name="reference">The publication date of the report.</param>
    /// <returns>
    /// The days the expression covers: one day for a day word (with or without a part of the day:
    /// "jeudi soir"); the evening's date and the next day for a night ("last night", "overnight",
    /// "cette nuit" are the night that ends on the reference date); the reference's ISO week,
    /// month or year up to the reference for "this week", "this month", "this year"; the whole
    /// previous week, month or year for "last week", "le mois dernier", "l'an dernier"; the range
    /// from N units before the reference up to it, inclusive, for "the last N days/weeks/months",
    /// "depuis N jours" and "for N weeks"; the day, ISO week, month or year that lies N units back for
    /// "N days ago" and "il y a N semaines".
    /// </returns>
    /// <remarks>
    /// <para>The vague plurals are read by convention, and the range says so by its length: "in
    /// recent days", "ces derniers jours" and "the last few days" are the 7 days before the
    /// reference; "recent weeks" and "ces dernières semaines" the 4 weeks before it; "recent months"
    /// and "ces derniers mois" the 3 months before it. A coder who knows better gives the range
    /// with <see cref="FuzzyDate.Between"/>.</para>
    /// <para>Parts of the day ("morning", "soir", "at dawn") are read so that the expression is
    /// accepted, and only the date is returned: read the time of day of the same expression with
    /// <see cref="TryResolveTimeOfDay"/> (an event keeps it in <see cref="ConflictEvent.Time"/>).</para>
    /// <para>Leading words that only introduce the period ("in", "over the", "during", "au cours
    /// des", "la", "dans") are passed over; case, accents and hyphens are ignored. Counts are
    /// digits or words up to twenty ("two", "deux", "quinze").</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="expression"/> is not a recognised expression of time; the message lists the accepted forms.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period would leave the years 1 to 9999.</exception>
    public static FuzzyDate ResolvePeriod(string expression, LocalDate reference)
    {
        Preconditions.CheckNotNull(expression);
        if (TimeExpressions.TryResolve(expression, reference, out FuzzyDate date, out bool outOfRange))
        {
            return date;
        }
        if (outOfRange)
        {
            throw new ArgumentOutOfRangeException(nameof(reference), reference,
                string.Format(CultureInfo.InvariantCulture, "'{0}' counted from {1} leaves the years {2} to {3}.",
                    Echo(expression), reference.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), FuzzyDate.MinYear, FuzzyDate.MaxYear));
        }
        throw new ArgumentException(
            string.Format(CultureInfo.InvariantCulture, "'{0}' is not a recognised expression of time. Accepted: {1}.", Echo(expression), TimeExpressions.Accepted),
            nameof(expression));
    }

    /// <summary>Resolves an expression of time against the local date of the instant a report was published.</summary>
    /// <param name="expression">A French or English expression of time, as <see cref="ResolvePeriod(string, LocalDate)"/> accepts.</param>
    /// <param name="published">When the report was published, in the time zone of its dateline; only its local date is used.</param>
    /// <returns>The days the expression covers, as <see cref="ResolvePeriod(string, LocalDate)"/> gives them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="expression"/> is not a recognised expression of time.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period would leave the years 1 to 9999.</exception>
    public static FuzzyDate ResolvePeriod(string expression, ZonedDateTime published) => ResolvePeriod(expression, published.Date);

    /// <summary>Resolves an expression of time without throwing for unknown expressions.</summary>
    /// <param name="expression">A French or English expression of time, as <see cref="ResolvePeriod(string, LocalDate)"/> accepts.</param>
    /// <param name="reference">The publication date of the report.</param>
    /// <param name="date">The days the expression covers when the method returns true; otherwise the default value.</param>
    /// <returns>True when the expression is recognised and its period lies in the years 1 to 9999; otherwise false.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public static bool TryResolvePeriod(string expression, LocalDate reference, out FuzzyDate date)
    {
        Preconditions.CheckNotNull(expression);
        return TimeExpressions.TryResolve(expression, reference, out date, out _);
    }

    /// <summary>
    /// Reads the time of day in a French or English expression: a clock time ("around 7 a.m.",
    /// "à 7h30", "19 heures") or a part of the day ("at dawn", "jeudi soir", "overnight", "dans la
    /// nuit de mercredi à jeudi").
    /// </summary>
    /// <param name="expression">The expression, up to 80 characters; case, accents and hyphens are ignored.</param>
    /// <param name="time">The time of day when the method returns true; otherwise the default value.</param>
    /// <returns>True when the expression gives a time of day.</returns>
    /// <remarks>
    /// <para>A clock time needs a word of the clock (a.m., p.m., h, heure(s), o'clock, GMT) or
    /// minutes, so that the count in "7 people" is not read as a time; "around", "about", "vers",
    /// "environ" make it approximate (<see cref="TimePrecision.Around"/>). A clock time wins over a
    /// part of the day in the same expression ("at 7 a.m. on Thursday morning" is 07). A night
    /// that runs from one day into the next ("overnight", "last night", "dans la nuit de mercredi à
    /// jeudi") is <see cref="PartOfDay.Overnight"/>; <see cref="ResolvePeriod(string, LocalDate)"/>
    /// gives its two days.</para>
    /// <para>The accepted forms: a clock time with a.m./p.m., h, heure(s) or minutes, optionally
    /// approximate; dawn, morning, midday, afternoon, evening, night and overnight in their usual
    /// English and French words.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public static bool TryResolveTimeOfDay(string expression, out DayTime time)
    {
        Preconditions.CheckNotNull(expression);
        return TimeOfDayWords.TryRead(expression, out time);
    }

    private static bool TryGetDaysBack(string word, LocalDate reference, out int daysBack)
    {
        if (DayWords.TryGetWeekday(word, out IsoDayOfWeek day))
        {
            daysBack = ((int)reference.DayOfWeek - (int)day + 7) % 7;
            return true;
        }
        return DayWords.TryGetDaysBack(word, out daysBack);
    }

    private static bool CanGoBack(LocalDate reference, int daysBack) =>
        reference.Year > reference.Calendar.MinYear || reference.DayOfYear > daysBack;

    private static string Echo(string word) =>
        word.Length <= MaxEchoedLength ? word : string.Concat(word.AsSpan(0, MaxEchoedLength), "…");
}
