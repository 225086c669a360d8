using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// The French and English words for days that dispatches use, and the folding that lets
/// "Jeudi", "JEUDI " and "jeu." all find the same entry.
/// </summary>
internal static class DayWords
{
    private static readonly FrozenDictionary<string, IsoDayOfWeek> Weekdays = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal)
    {
        ["lundi"] = IsoDayOfWeek.Monday, ["lun"] = IsoDayOfWeek.Monday,
        ["mardi"] = IsoDayOfWeek.Tuesday, ["mar"] = IsoDayOfWeek.Tuesday,
        ["mercredi"] = IsoDayOfWeek.Wednesday, ["mer"] = IsoDayOfWeek.Wednesday,
        ["jeudi"] = IsoDayOfWeek.Thursday, ["jeu"] = IsoDayOfWeek.Thursday,
        ["vendredi"] = IsoDayOfWeek.Friday, ["ven"] = IsoDayOfWeek.Friday,
        ["samedi"] = IsoDayOfWeek.Saturday, ["sam"] = IsoDayOfWeek.Saturday,
        ["dimanche"] = IsoDayOfWeek.Sunday, ["dim"] = IsoDayOfWeek.Sunday,
        ["monday"] = IsoDayOfWeek.Monday, ["mon"] = IsoDayOfWeek.Monday,
        ["tuesday"] = IsoDayOfWeek.Tuesday, ["tue"] = IsoDayOfWeek.Tuesday, ["tues"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday, ["wed"] = IsoDayOfWeek.Wednesday, ["weds"] = IsoDayOfWeek.Wednesday,
        ["thursday"] = IsoDayOfWeek.Thursday, ["thu"] = IsoDayOfWeek.Thursday, ["thur"] = IsoDayOfWeek.Thursday, ["thurs"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday, ["fri"] = IsoDayOfWeek.Friday,
        ["saturday"] = IsoDayOfWeek.Saturday, ["sat"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday, ["sun"] = IsoDayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Days back from the reference date.
    private static readonly FrozenDictionary<string, int> Relative = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["aujourd'hui"] = 0, ["today"] = 0,
        ["hier"] = 1, ["yesterday"] = 1,
        ["avant-hier"] = 2, ["avant hier"] = 2, ["the day before yesterday"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What the error message lists as accepted.</summary>
    internal const string Accepted =
        "lundi/lun, mardi/mar, mercredi/mer, jeudi/jeu, vendredi/ven, samedi/sam, dimanche/dim, "
        + "Monday/Mon, Tuesday/Tue/Tues, Wednesday/Wed/Weds, Thursday/Thu/Thur/Thurs, Friday/Fri, Saturday/Sat, Sunday/Sun, "
        + "aujourd'hui/today, hier/yesterday, avant-hier/the day before yesterday "
        + "(case and accents ignored; surrounding white space and one trailing period allowed)";

    internal static bool TryGetWeekday(string word, out IsoDayOfWeek day) =>
        Weekdays.TryGetValue(Fold(word), out day);

    internal static bool TryGetDaysBack(string word, out int daysBack) =>
        Relative.TryGetValue(Fold(word), out daysBack);

    /// <summary>
    /// Lower-cases, strips accents, unifies apostrophes and hyphens, collapses white space and
    /// drops one trailing period. Accents are folded by hand because <c>string.Normalize</c> is
    /// not available everywhere a host may run (invariant globalization).
    /// </summary>
    internal static string Fold(string word)
    {
        ReadOnlySpan<char> span = word.AsSpan().Trim();
        if (span.EndsWith("."))
        {
            span = span[..^1].TrimEnd();
        }
        var builder = new StringBuilder(span.Length);
        bool pendingSpace = false;
        foreach (char raw in span)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = true;
                continue;
            }
            if (raw is >= '\u0300' and <= '\u036F')
            {
                // Combining accent of a decomposed letter: the base letter is already written.
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(FoldChar(char.ToLowerInvariant(raw)));
        }
        return builder.ToString();
    }

    private static char FoldChar(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'ç' => 'c',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ñ' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ý' or 'ÿ' => 'y',
        '\u2018' or '\u2019' or '\u02BC' or '`' or '´' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
        _ => c,
    };
}
