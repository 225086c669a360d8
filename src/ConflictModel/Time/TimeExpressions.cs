using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// Reads the French and English expressions of time that dispatches use beyond a single day word
/// ("this week", "in the last two weeks", "overnight", "depuis dimanche", "dans la nuit de mercredi
/// à jeudi") and turns them into the days they cover, counted from the reference date.
/// </summary>
/// <remarks>
/// The expression is folded as <see cref="DayWords.Fold"/> does, hyphens become spaces, and
/// leading words that only introduce the period ("in", "during", "over", "au cours des", "la", …)
/// are passed over. What is left must be one of the forms <see cref="Accepted"/> lists.
/// </remarks>
internal static class TimeExpressions
{
    /// <summary>Longer texts are never an expression of time; they are refused before any work.</summary>
    internal const int MaxLength = 80;

    // How far back the vague plural periods reach; documented on RelativeDates.ResolvePeriod.
    internal const int RecentDays = 7;
    internal const int RecentWeeks = 4;
    internal const int RecentMonths = 3;

    // The largest count read in "the last N days" and "N weeks ago": beyond it a text is not a report's relative time.
    private const int MaxCount = 1000;

    internal const string Accepted =
        "a day word (see RelativeDates.Resolve), optionally with a part of the day (\"Thursday morning\", \"jeudi soir\", \"hier soir\"); "
        + "\"today\", \"this morning\", \"tonight\", \"ce matin\", \"ce soir\"; "
        + "\"last night\", \"overnight\", \"la nuit dernière\", \"cette nuit\", \"Wednesday night\", \"dans la nuit de mercredi\", "
        + "\"dans la nuit de mercredi à jeudi\", \"the night of Wednesday to Thursday\"; "
        + "\"this week\", \"last week\", \"the past week\", \"cette semaine\", \"la semaine dernière\"; "
        + "\"this month\", \"last month\", \"ce mois-ci\", \"le mois dernier\"; \"this year\", \"last year\", \"cette année\", \"l'an dernier\"; "
        + "\"in the last N days/weeks/months\", \"over the past N days\", \"for N weeks\", \"ces N derniers jours\", \"les N dernières semaines\", \"depuis N jours\"; "
        + "\"in recent days/weeks/months\", \"the last few days\", \"ces derniers jours\", \"ces dernières semaines\", \"ces derniers mois\"; "
        + "\"since Sunday\", \"since yesterday\", \"depuis dimanche\", \"depuis hier\"; "
        + "\"N days/weeks/months/years ago\", \"il y a N jours\" "
        + "(N in digits or as a word up to twenty; case and accents ignored)";

    private static readonly FrozenSet<string> LeadingFillers = new HashSet<string>(StringComparer.Ordinal)
    {
        "on", "in", "during", "over", "within", "for", "the", "earlier", "late", "at",
        "au", "cours", "de", "des", "du", "durant", "pendant", "lors", "le", "la", "les", "l'", "dans", "en", "plus", "tot",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DayParts = new HashSet<string>(StringComparer.Ordinal)
    {
        "morning", "afternoon", "evening", "at dawn", "at noon", "at dusk",
        "matin", "soir", "soiree", "matinee", "apres midi", "midi", "a l' aube", "a midi", "au petit matin",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14,
        ["quinze"] = 15, ["seize"] = 16, ["dix sept"] = 17, ["dix huit"] = 18, ["dix neuf"] = 19, ["vingt"] = 20,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private enum Unit
    {
        Day,
        Week,
        Month,
        Year,
    }

    /// <summary>What an expression names, before it is placed on the calendar.</summary>
    private enum Shape
    {
        None,
        DaysBack,          // one day, Count days before the reference
        Night,             // the night that starts Count days before the reference
        NightOfWeekday,    // the night that starts on Weekday
        NightBetween,      // the night from Weekday to the day after it, checked against SecondWeekday
        Weekday,           // the most recent Weekday on or before the reference
        SinceWeekday,      // from the last Weekday before the reference up to it
        WeekToDate,
        MonthToDate,
        YearToDate,
        PreviousWeek,
        PreviousMonth,
        PreviousYear,
        Last,              // the last Count units up to the reference
        Ago,               // the unit that lies Count units before the reference
    }

    private readonly record struct Parsed(Shape Shape, int Count = 0, Unit Unit = Unit.Day, IsoDayOfWeek Weekday = IsoDayOfWeek.None, IsoDayOfWeek SecondWeekday = IsoDayOfWeek.None);

    /// <summary>Reads an expression and places it on the calendar.</summary>
    /// <returns>True with the period; false when the text is not an accepted expression, with <paramref name="outOfRange"/> false, or when the period leaves the calendar's range, with it true.</returns>
    internal static bool TryResolve(string expression, LocalDate reference, out FuzzyDate date, out bool outOfRange)
    {
        date = default;
        outOfRange = false;
        if (expression.Length > MaxLength || !TryParse(expression, out Parsed parsed))
        {
            return false;
        }
        try
        {
            FuzzyDate? placed = Place(parsed, reference);
            if (placed is { } p && p.Start.Year >= FuzzyDate.MinYear && p.End.Year <= FuzzyDate.MaxYear)
            {
                date = p;
                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // NodaTime refuses arithmetic past its calendar's range; that is the caller's "out of range".
        }
        catch (OverflowException)
        {
        }
        outOfRange = true;
        return false;
    }

    private static FuzzyDate? Place(Parsed p, LocalDate reference)
    {
        switch (p.Shape)
        {
            case Shape.DaysBack:
                return FuzzyDate.OnDay(reference.PlusDays(-p.Count));
            case Shape.Night:
                return FuzzyDate.Between(reference.PlusDays(-p.Count - 1), reference.PlusDays(-p.Count));
            case Shape.Weekday:
                return FuzzyDate.OnDay(MostRecent(p.Weekday, reference));
            case Shape.NightOfWeekday:
                {
                    LocalDate first = MostRecent(p.Weekday, reference);
                    return FuzzyDate.Between(first, first.PlusDays(1));
                }
            case Shape.NightBetween:
                {
                    // The night ends on the second day, which like any day word is on or before the reference.
                    LocalDate second = MostRecent(p.SecondWeekday, reference);
                    return FuzzyDate.Between(second.PlusDays(-1), second);
                }
            case Shape.SinceWeekday:
                {
                    int back = ((int)reference.DayOfWeek - (int)p.Weekday + 7) % 7;
                    // "since Sunday" said on a Sunday means the Sunday before.
                    return FuzzyDate.Between(reference.PlusDays(-(back == 0 ? 7 : back)), reference);
                }
            case Shape.WeekToDate:
                return FuzzyDate.Between(reference.PlusDays(-((int)reference.DayOfWeek - 1)), reference);
            case Shape.MonthToDate:
                return FuzzyDate.Between(new LocalDate(reference.Year, reference.Month, 1), reference);
            case Shape.YearToDate:
                return FuzzyDate.Between(new LocalDate(reference.Year, 1, 1), reference);
            case Shape.PreviousWeek:
                return FuzzyDate.InWeekOf(reference.PlusDays(-7));
            case Shape.PreviousMonth:
                {
                    LocalDate inPrevious = reference.PlusMonths(-1);
                    return FuzzyDate.InMonth(new YearMonth(inPrevious.Year, inPrevious.Month));
                }
            case Shape.PreviousYear:
                return reference.Year - 1 < FuzzyDate.MinYear ? null : FuzzyDate.InYear(reference.Year - 1);
            case Shape.Last:
                return FuzzyDate.Between(Back(reference, p.Unit, p.Count), reference);
            case Shape.Ago:
                {
                    LocalDate back = Back(reference, p.Unit, p.Count);
                    return p.Unit switch
                    {
                        Unit.Day => FuzzyDate.OnDay(back),
                        Unit.Week => back.Year == FuzzyDate.MaxYear && back.Month == 12 && back.Day > 25 ? null : FuzzyDate.InWeekOf(back),
                        Unit.Month => FuzzyDate.InMonth(new YearMonth(back.Year, back.Month)),
                        _ => back.Year < FuzzyDate.MinYear ? null : FuzzyDate.InYear(back.Year),
                    };
                }
            default:
                return null;
        }
    }

    private static LocalDate MostRecent(IsoDayOfWeek day, LocalDate reference) =>
        reference.PlusDays(-(((int)reference.DayOfWeek - (int)day + 7) % 7));

    private static LocalDate Back(LocalDate reference, Unit unit, int count) => unit switch
    {
        Unit.Day => reference.PlusDays(-count),
        Unit.Week => reference.PlusDays(-7 * count),
        Unit.Month => reference.PlusMonths(-count),
        _ => reference.PlusYears(-count),
    };

    private static bool TryParse(string expression, out Parsed parsed)
    {
        parsed = default;
        string folded = DayWords.Fold(expression);
        if (folded.Length == 0)
        {
            return false;
        }

        // "avant-hier" and the like keep their own entries; other words split at hyphens and after elisions.
        if (DayWords.TryGetDaysBack(folded, out int daysBack))
        {
            parsed = new Parsed(Shape.DaysBack, daysBack);
            return true;
        }
        var words = new List<string>(Split(folded));
        int start = 0;
        while (start < words.Count - 1 && LeadingFillers.Contains(words[start]))
        {
            start++;
        }
        words.RemoveRange(0, start);
        return TryFixed(string.Join(' ', words), out parsed) || TryStructured(words, out parsed);
    }

    private static IEnumerable<string> Split(string folded)
    {
        int i = 0;
        while (i < folded.Length)
        {
            char c = folded[i];
            if (c is ' ' or '-' or ',')
            {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.Length && folded[i] is not (' ' or '-' or ','))
            {
                if (folded[i] == '\'')
                {
                    i++;
                    break;
                }
                i++;
            }
            yield return folded[start..i];
        }
    }

    private static bool TryFixed(string phrase, out Parsed parsed)
    {
        parsed = phrase switch
        {
            "today" or "this morning" or "this afternoon" or "this evening" or "tonight"
                or "ce matin" or "cet apres midi" or "ce soir" or "cette matinee" or "cette soiree"
                => new Parsed(Shape.DaysBack, 0),
            "yesterday" or "yesterday morning" or "yesterday afternoon" or "yesterday evening"
                or "hier" or "hier matin" or "hier apres midi" or "hier soir"
                => new Parsed(Shape.DaysBack, 1),
            "day before yesterday" or "avant hier" => new Parsed(Shape.DaysBack, 2),
            "last night" or "overnight" or "yesterday night" or "nuit derniere" or "cette nuit" or "nuit"
                => new Parsed(Shape.Night, 0),
            "this week" or "cette semaine" => new Parsed(Shape.WeekToDate),
            "last week" or "previous week" or "semaine derniere" or "semaine passee" or "semaine precedente"
                => new Parsed(Shape.PreviousWeek),
            "past week" => new Parsed(Shape.Last, 7, Unit.Day),
            "this month" or "ce mois ci" or "ce mois" => new Parsed(Shape.MonthToDate),
            "last month" or "previous month" or "mois dernier" or "mois passe" or "mois precedent" => new Parsed(Shape.PreviousMonth),
            "past month" => new Parsed(Shape.Last, 1, Unit.Month),
            "this year" or "cette annee" => new Parsed(Shape.YearToDate),
            "last year" or "previous year" or "an dernier" or "an passe" or "annee derniere" or "annee passee" or "annee precedente"
                => new Parsed(Shape.PreviousYear),
            "past year" => new Parsed(Shape.Last, 1, Unit.Year),
            "recent days" or "a few days" or "last few days" or "past few days" or "few days" or "ces derniers jours" or "derniers jours"
                => new Parsed(Shape.Last, RecentDays, Unit.Day),
            "recent weeks" or "a few weeks" or "last few weeks" or "past few weeks" or "few weeks" or "ces dernieres semaines" or "dernieres semaines"
                => new Parsed(Shape.Last, RecentWeeks, Unit.Week),
            "recent months" or "last few months" or "past few months" or "few months" or "ces derniers mois" or "derniers mois"
                => new Parsed(Shape.Last, RecentMonths, Unit.Month),
            "since yesterday" or "depuis hier" => new Parsed(Shape.Last, 1, Unit.Day),
            _ => default,
        };
        return parsed.Shape != Shape.None;
    }

    private static bool TryStructured(List<string> w, out Parsed parsed)
    {
        parsed = default;
        int n = w.Count;
        if (n == 0)
        {
            return false;
        }

        // A weekday, alone or with a part of the day or "night".
        if (DayWords.TryGetWeekday(w[0], out IsoDayOfWeek day))
        {
            string rest = string.Join(' ', w.GetRange(1, n - 1));
            if (n == 1 || DayParts.Contains(rest))
            {
                parsed = new Parsed(Shape.Weekday, Weekday: day);
                return true;
            }
            if (rest == "night")
            {
                parsed = new Parsed(Shape.NightOfWeekday, Weekday: day);
                return true;
            }
            return false;
        }

        // "nuit de mercredi (à jeudi)", "night of Wednesday (to Thursday)".
        if (w[0] == "nuit" && n >= 3 && w[1] is "de" or "du" || w[0] == "night" && n >= 3 && w[1] == "of")
        {
            if (!DayWords.TryGetWeekday(w[2], out IsoDayOfWeek first))
            {
                return false;
            }
            if (n == 3)
            {
                parsed = new Parsed(Shape.NightOfWeekday, Weekday: first);
                return true;
            }
            if (n == 5 && w[3] is "a" or "au" or "to" or "into" && DayWords.TryGetWeekday(w[4], out IsoDayOfWeek second)
                && ((int)second - (int)first + 7) % 7 == 1)
            {
                parsed = new Parsed(Shape.NightBetween, Weekday: first, SecondWeekday: second);
                return true;
            }
            return false;
        }

        // "since Sunday", "depuis dimanche", "depuis 3 jours", "since 2 weeks" is not English but costs nothing.
        if (w[0] is "since" or "depuis" && n >= 2)
        {
            if (n == 2 && DayWords.TryGetWeekday(w[1], out IsoDayOfWeek since))
            {
                parsed = new Parsed(Shape.SinceWeekday, Weekday: since);
                return true;
            }
            return TryCountUnit(w, 1, n, out int c, out Unit u) && Set(new Parsed(Shape.Last, c, u), out parsed);
        }

        // "il y a 3 jours".
        if (n >= 5 && w[0] == "il" && w[1] == "y" && w[2] == "a")
        {
            return TryCountUnit(w, 3, n, out int c, out Unit u) && Set(new Parsed(Shape.Ago, c, u), out parsed);
        }

        // "3 days ago", "two weeks ago".
        if (n >= 3 && w[n - 1] == "ago")
        {
            return TryCountUnit(w, 0, n - 1, out int c, out Unit u) && Set(new Parsed(Shape.Ago, c, u), out parsed);
        }

        // "last 3 days", "past two weeks", "last week" handled above; "ces 3 derniers jours", "3 derniers jours".
        int from = 0;
        if (w[0] is "last" or "past" or "previous")
        {
            from = 1;
        }
        else if (w[0] is "ces" or "les")
        {
            from = 1;
        }
        if (from < n && TryCountThenUnit(w, from, n, out int count, out Unit unit, allowDernier: w[0] is not ("last" or "past" or "previous")))
        {
            parsed = new Parsed(Shape.Last, count, unit);
            return true;
        }
        if (from == 0 && TryCountUnit(w, 0, n, out count, out unit))
        {
            // "for 3 days" once "for" is passed over: the last three days.
            parsed = new Parsed(Shape.Last, count, unit);
            return true;
        }
        return false;
    }

    private static bool Set(Parsed value, out Parsed parsed)
    {
        parsed = value;
        return true;
    }

    /// <summary>Reads "N unit" (English) or "N derniers unit" (French) in words [from, end).</summary>
    private static bool TryCountThenUnit(List<string> w, int from, int end, out int count, out Unit unit, bool allowDernier)
    {
        if (TryCountUnit(w, from, end, out count, out unit))
        {
            return true;
        }
        if (!allowDernier || !TryCount(w, from, end, out count, out int used))
        {
            return false;
        }
        int at = from + used;
        return at + 2 == end && w[at] is "derniers" or "dernieres" && TryUnit(w[at + 1], out unit);
    }

    /// <summary>Reads exactly "N unit" in words [from, end).</summary>
    private static bool TryCountUnit(List<string> w, int from, int end, out int count, out Unit unit)
    {
        unit = default;
        if (!TryCount(w, from, end, out count, out int used))
        {
            return false;
        }
        return from + used + 1 == end && TryUnit(w[from + used], out unit);
    }

    private static bool TryCount(List<string> w, int from, int end, out int count, out int used)
    {
        count = 0;
        used = 0;
        if (from >= end)
        {
            return false;
        }
        if (from + 1 < end && NumberWords.TryGetValue(w[from] + " " + w[from + 1], out count))
        {
            used = 2;
            return true;
        }
        if (NumberWords.TryGetValue(w[from], out count))
        {
            used = 1;
            return true;
        }
        string digits = w[from];
        if (digits.Length is 0 or > 4)
        {
            return false;
        }
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            count = (count * 10) + (c - '0');
        }
        used = 1;
        return count is > 0 and <= MaxCount;
    }

    private static bool TryUnit(string word, out Unit unit)
    {
        (bool ok, unit) = word switch
        {
            "day" or "days" or "jour" or "jours" => (true, Unit.Day),
            "week" or "weeks" or "semaine" or "semaines" => (true, Unit.Week),
            "month" or "months" or "mois" => (true, Unit.Month),
            "year" or "years" or "an" or "ans" or "annee" or "annees" => (true, Unit.Year),
            _ => (false, Unit.Day),
        };
        return ok;
    }
}
