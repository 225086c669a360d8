using System;
using System.Text.RegularExpressions;
using NodaTime;

namespace ConflictModel;

/// <summary>Reads the time of day in a French or English expression: a clock time, or a part of the day.</summary>
internal static partial class TimeOfDayWords
{
    internal const int MaxLength = 80;

    internal const string Accepted =
        "a clock time with a.m./p.m., h, heure(s) or minutes (\"7 a.m.\", \"at 07:30\", \"à 7h30\", \"19 heures\"), "
        + "optionally approximate (\"around\", \"about\", \"vers\", \"environ\"); "
        + "or a part of the day: dawn (\"at dawn\", \"à l'aube\", \"au petit matin\"), morning (\"matin\"), midday (\"noon\", \"midi\"), "
        + "afternoon (\"après-midi\"), evening (\"dusk\", \"soir\"), night (\"tonight\", \"Wednesday night\", \"nuit\"), "
        + "overnight (\"overnight\", \"last night\", \"la nuit dernière\", \"cette nuit\", \"dans la nuit de mercredi à jeudi\")";

    // The folded text: lower case, no accents, hyphens as spaces.
    [GeneratedRegex(
        @"(?<approx>\b(?:around|about|approximately|roughly|circa|vers|environ|autour de|aux alentours de|peu avant|peu apres|shortly before|shortly after)\s+)?"
        + @"(?:\b(?:at|a)\s+)?\b(?<h>\d{1,2})(?:(?::|h|\.)(?<m>\d{2})(?![\d.,]))?\s*"
        + @"(?<suffix>a\.?\s?m\b\.?|p\.?\s?m\b\.?|h\b|heures?\b|hours?\b|o'clock\b|gmt\b|utc\b)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 250)]
    private static partial Regex ClockPattern();

    internal static bool TryRead(string expression, out DayTime time)
    {
        time = default;
        if (expression.Length > MaxLength)
        {
            return false;
        }
        string text = " " + DayWords.Fold(expression).Replace('-', ' ') + " ";
        try
        {
            foreach (Match match in ClockPattern().Matches(text))
            {
                if (TryClock(match, out time))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        if (PartOf(text) is { } part)
        {
            time = DayTime.During(part);
            return true;
        }
        return false;
    }

    private static bool TryClock(Match match, out DayTime time)
    {
        time = default;
        var minuteGroup = match.Groups["m"];
        var suffixGroup = match.Groups["suffix"];
        // A bare number ("7 people") is not a time: it needs minutes or a word of the clock.
        if (!minuteGroup.Success && !suffixGroup.Success)
        {
            return false;
        }
        int hour = int.Parse(match.Groups["h"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int minute = minuteGroup.Success ? int.Parse(minuteGroup.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : 0;
        string suffix = suffixGroup.Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (suffix is "am" or "pm")
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }
        if (hour > 23 || minute > 59)
        {
            return false;
        }
        var at = new LocalTime(hour, minute);
        time = match.Groups["approx"].Success ? DayTime.Around(at) : minuteGroup.Success ? DayTime.At(at) : DayTime.AtHour(hour);
        return true;
    }

    private static PartOfDay? PartOf(string text)
    {
        if (Has(text, "overnight", "last night", "yesterday night", "nuit derniere", "cette nuit", "nuit passee")
            || (Has(text, "nuit de", "nuit du", "night of") && Has(text, " a ", " au ", " to ", " into ")))
        {
            return PartOfDay.Overnight;
        }
        if (Has(text, "night", "nuit", "tonight"))
        {
            return PartOfDay.Night;
        }
        if (Has(text, "dawn", "daybreak", "first light", "sunrise", "aube", "petit matin", "lever du jour", "point du jour"))
        {
            return PartOfDay.Dawn;
        }
        if (Has(text, "afternoon", "apres midi"))
        {
            return PartOfDay.Afternoon;
        }
        if (Has(text, "noon", "midday", "midi"))
        {
            return PartOfDay.Midday;
        }
        if (Has(text, "morning", "matin", "matinee"))
        {
            return PartOfDay.Morning;
        }
        if (Has(text, "evening", "dusk", "sunset", "soir", "soiree", "crepuscule", "tombee de la nuit"))
        {
            return PartOfDay.Evening;
        }
        return null;
    }

    private static bool Has(string text, params string[] words)
    {
        foreach (string word in words)
        {
            // Whole words: the text is padded with spaces, and apostrophes end a word ("l'aube").
            int at = text.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                bool startOk = at == 0 || text[at - 1] is ' ' or '\'' || word[0] == ' ';
                int end = at + word.Length;
                bool endOk = end >= text.Length || text[end] is ' ' or ',' || word[^1] == ' ';
                if (startOk && endOk)
                {
                    return true;
                }
                at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }
}
