using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConflictModel;

/// <summary>
/// The digit runs of a numeral and the single characters that separate them, read without
/// deciding yet which separator groups thousands and which marks decimals: that depends on the
/// <see cref="NumeralStyle"/>.
/// </summary>
internal sealed class DigitGroups
{
    private readonly List<string> runs;
    private readonly List<Separator> separators;

    private DigitGroups(List<string> runs, List<Separator> separators)
    {
        this.runs = runs;
        this.separators = separators;
    }

    internal enum SeparatorKind
    {
        Dot,
        Comma,
        Space,
    }

    /// <summary>A separator and its index in the caller's text, so reasons can point at it.</summary>
    internal readonly record struct Separator(SeparatorKind Kind, char Character, int Index);

    /// <summary>Digits before and after the decimal separator, both possibly with leading or trailing zeros.</summary>
    internal readonly record struct Reading(string IntegerDigits, string FractionDigits);

    /// <summary>Splits <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) into runs, or says why it cannot.</summary>
    internal static DigitGroups? Tokenize(string text, int start, int end, out string? problem)
    {
        var runs = new List<string>();
        var separators = new List<Separator>();
        int runStart = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (runStart < 0)
                {
                    runStart = i;
                }
                continue;
            }
            SeparatorKind? kind = KindOf(c);
            if (kind is null)
            {
                problem = Describe("unexpected character {0} at position {1}; only digits, '.', ',' and spaces can make up a numeral", c, i);
                return null;
            }
            if (runStart < 0)
            {
                problem = i == start
                    ? Describe("the numeral starts with the separator {0} at position {1}", c, i)
                    : Describe("two separators in a row: {0} at position {1} follows another separator", c, i);
                return null;
            }
            runs.Add(text[runStart..i]);
            separators.Add(new Separator(kind.Value, c, i));
            runStart = -1;
        }
        if (runStart < 0)
        {
            problem = separators.Count == 0
                ? "there are no digits"
                : Describe("the numeral ends with the separator {0} at position {1}", separators[^1].Character, separators[^1].Index);
            return null;
        }
        runs.Add(text[runStart..end]);
        problem = null;
        return new DigitGroups(runs, separators);
    }

    /// <summary>Reads the runs as <paramref name="style"/> writes numbers, or says what breaks its rules.</summary>
    internal Reading? TryRead(NumeralStyle style, out string? problem)
    {
        int decimalAt = -1;
        Separator? firstGroup = null;
        for (int s = 0; s < separators.Count; s++)
        {
            Separator separator = separators[s];
            if (IsDecimal(separator.Kind, style))
            {
                if (decimalAt >= 0)
                {
                    problem = Describe("the decimal separator {0} appears again at position {1}, but a number has only one", separator.Character, separator.Index);
                    return null;
                }
                decimalAt = s;
                continue;
            }
            if (decimalAt >= 0)
            {
                problem = Describe("the group separator {0} at position {1} comes after the decimal separator", separator.Character, separator.Index);
                return null;
            }
            if (firstGroup is { } first && first.Kind != separator.Kind)
            {
                problem = string.Format(CultureInfo.InvariantCulture,
                    "the group separator {0} at position {1} differs from the first one, {2}",
                    Quote(separator.Character), separator.Index + 1, Quote(first.Character));
                return null;
            }
            firstGroup ??= separator;
            string group = runs[s + 1];
            if (group.Length != 3)
            {
                problem = string.Format(CultureInfo.InvariantCulture,
                    "the group after the separator {0} at position {1} has {2} where 3 are expected",
                    Quote(separator.Character), separator.Index + 1, group.Length == 1 ? "1 digit" : group.Length + " digits");
                return null;
            }
        }
        if (firstGroup is { } head)
        {
            if (runs[0].Length > 3)
            {
                problem = string.Format(CultureInfo.InvariantCulture,
                    "the group before the separator {0} at position {1} has {2} digits where 1 to 3 are expected",
                    Quote(head.Character), head.Index + 1, runs[0].Length);
                return null;
            }
            if (runs[0][0] == '0')
            {
                problem = "the first group of a number grouped in thousands cannot start with 0";
                return null;
            }
        }
        problem = null;
        int integerRuns = decimalAt >= 0 ? decimalAt + 1 : runs.Count;
        return new Reading(Concat(0, integerRuns), decimalAt >= 0 ? runs[^1] : string.Empty);
    }

    /// <summary>
    /// True for a lone decimal separator followed by exactly three digits, after one to three
    /// digits that do not start with 0 ("330,000" in French style): the other style would read
    /// the same characters as thousands.
    /// </summary>
    internal bool LooksLikeOtherStyleGrouping(NumeralStyle style) =>
        separators.Count == 1
        && IsDecimal(separators[0].Kind, style)
        && runs[0].Length <= 3 && runs[0][0] != '0'
        && runs[1].Length == 3;

    /// <summary>
    /// The readings a human would consider for a malformed numeral, most literal repair first:
    /// a digit dropped from a short group, separators that are stray marks, then the other
    /// style's reading. May repeat values; the caller removes duplicates.
    /// </summary>
    internal IEnumerable<Reading> Repairs(NumeralStyle style)
    {
        // A lone decimal separator at the end survives the repair; otherwise every separator is suspect.
        int fractionRun = DecimalCount(style) == 1 && IsDecimal(separators[^1].Kind, style) ? runs.Count - 1 : runs.Count;
        string fraction = fractionRun < runs.Count ? runs[^1] : string.Empty;
        int shortGroup = SingleShortGroup(style);
        if (shortGroup >= 0)
        {
            string group = runs[shortGroup];
            string before = Concat(0, shortGroup);
            string after = Concat(shortGroup + 1, fractionRun);
            yield return new Reading(before + group.PadRight(3, '0') + after, fraction);
            yield return new Reading(before + group.PadLeft(3, '0') + after, fraction);
        }
        yield return new Reading(Concat(0, fractionRun), fraction);
        NumeralStyle other = style == NumeralStyle.French ? NumeralStyle.English : NumeralStyle.French;
        if (TryRead(other, out _) is { } reading)
        {
            yield return reading;
        }
    }

    private int DecimalCount(NumeralStyle style)
    {
        int count = 0;
        foreach (Separator separator in separators)
        {
            if (IsDecimal(separator.Kind, style))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The index of the run that is the only flaw of an otherwise well-grouped integer part, when
    /// that run follows a group separator and is shorter than three digits; otherwise -1.
    /// </summary>
    private int SingleShortGroup(NumeralStyle style)
    {
        if (runs[0].Length > 3 || runs[0][0] == '0')
        {
            return -1;
        }
        int found = -1;
        for (int s = 0; s < separators.Count; s++)
        {
            if (IsDecimal(separators[s].Kind, style))
            {
                if (s != separators.Count - 1)
                {
                    return -1;
                }
                continue;
            }
            if (separators[s].Kind != separators[0].Kind)
            {
                return -1;
            }
            int length = runs[s + 1].Length;
            if (length == 3)
            {
                continue;
            }
            if (length > 3 || found >= 0)
            {
                return -1;
            }
            found = s + 1;
        }
        return found;
    }

    private string Concat(int from, int to)
    {
        var builder = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            builder.Append(runs[i]);
        }
        return builder.ToString();
    }

    private static bool IsDecimal(SeparatorKind kind, NumeralStyle style) =>
        kind == (style == NumeralStyle.French ? SeparatorKind.Comma : SeparatorKind.Dot);

    private static SeparatorKind? KindOf(char c) => c switch
    {
        '.' => SeparatorKind.Dot,
        ',' => SeparatorKind.Comma,
        // Space, no-break space, narrow no-break space (French typography) and thin space.
        ' ' or '\u00A0' or '\u202F' or '\u2009' => SeparatorKind.Space,
        _ => null,
    };

    private static string Describe(string format, char c, int index) =>
        string.Format(CultureInfo.InvariantCulture, format, Quote(c), index + 1);

    internal static string Quote(char c) => c switch
    {
        ' ' => "' ' (space)",
        '\u00A0' => "U+00A0 (no-break space)",
        '\u202F' => "U+202F (narrow no-break space)",
        '\u2009' => "U+2009 (thin space)",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) =>
            string.Format(CultureInfo.InvariantCulture, "U+{0:X4}", (int)c),
        _ => "'" + c + "'",
    };
}
