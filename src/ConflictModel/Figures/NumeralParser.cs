using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Reads the numerals of news text: "330.000", "120 000", "1,5 million" in French style;
/// "330,000", "1.5 million" in English style.
/// </summary>
/// <remarks>
/// <para>Only the numeral is read. Qualifiers ("quelque", "plus de", "about"), units and vague
/// quantities ("des millions") belong to other components; a text that contains them is
/// <see cref="NumeralParseOutcome.Invalid"/>.</para>
/// <para>Malformed digit grouping is never guessed: "120.00" in French style, where a thousands
/// group must have three digits, is <see cref="NumeralParseOutcome.Ambiguous"/> with the plausible
/// readings as candidates and a reason. So is a lone decimal separator followed by exactly three
/// digits ("330,000" in French style), which the other style would read as thousands.</para>
/// <para>Parsing is linear in the length of the text, which is capped at <see cref="MaxLength"/>
/// characters, and throws only for a null text or an undefined style.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class NumeralParser
{
    /// <summary>The longest text, in UTF-16 code units, that is read; longer texts are invalid.</summary>
    public const int MaxLength = 64;

    /// <summary>Reads a numeral, saying why when it cannot give a single value.</summary>
    /// <param name="text">The numeral, optionally followed by "million(s)", "milliard(s)" or "billion(s)"; surrounding white space is ignored.</param>
    /// <param name="style">Which punctuation groups thousands and marks decimals.</param>
    /// <returns>A parsed value, the candidate readings of an ambiguous numeral, or the reason the text is not a numeral.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined <see cref="NumeralStyle"/>.</exception>
    public static NumeralParseResult Parse(string text, NumeralStyle style = NumeralStyle.French)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckDefined(style);
        if (text.Length > MaxLength)
        {
            return NumeralParseResult.Invalid(text, Format(
                "the text has {0} characters where at most {1} are read; a numeral is never that long", text.Length, MaxLength));
        }

        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (start == end)
        {
            return NumeralParseResult.Invalid(text, "the text is empty or only white space");
        }

        if (text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0)
        {
            return NumeralParseResult.Invalid(text,
                "the text has no digits; words such as 'des millions' or 'quelques centaines' are vague quantities, not numerals");
        }

        int[] powers = [0];
        string? multiplierNote = null;
        int wordStart = end;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        if (wordStart < end)
        {
            string word = text[wordStart..end];
            if (NumeralMultipliers.Find(word, style) is not { } found)
            {
                return NumeralParseResult.Invalid(text, Format(
                    "'{0}' is not a multiplier in {1} style; accepted after the digits: {2}", word, style, NumeralMultipliers.Accepted(style)));
            }
            powers = found;
            multiplierNote = found.Length > 1 ? NumeralMultipliers.FrenchBillionNote : null;
            end = wordStart;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            if (FirstLetter(text, start, end) is int letter)
            {
                return NumeralParseResult.Invalid(text, Format(
                    "unexpected character {0} at position {1}; only digits, separators and one multiplier at the end make up a numeral",
                    DigitGroups.Quote(text[letter]), letter + 1));
            }
        }

        if (DigitGroups.Tokenize(text, start, end, out string? tokenProblem) is not { } groups)
        {
            return NumeralParseResult.Invalid(text, tokenProblem!);
        }
        if (groups.TryRead(style, out string? problem) is not { } reading)
        {
            return Malformed(text, style, groups, problem!, powers, multiplierNote);
        }
        if (groups.LooksLikeOtherStyleGrouping(style))
        {
            var readings = new[] { reading, new DigitGroups.Reading(reading.IntegerDigits + reading.FractionDigits, string.Empty) };
            return AmbiguousOrInvalid(text, readings, powers, Join(Format(
                "a lone {0} followed by exactly three digits is a decimal separator in {1} style, but {2} style groups thousands that way",
                style == NumeralStyle.French ? "','" : "'.'", style, Other(style)), multiplierNote));
        }
        if (powers.Length > 1)
        {
            return AmbiguousOrInvalid(text, [reading], powers, multiplierNote!);
        }
        return DecimalDigits.TryCompose(reading.IntegerDigits, reading.FractionDigits, powers[0], out decimal value)
            ? NumeralParseResult.Parsed(text, value)
            : NumeralParseResult.Invalid(text, TooManyDigits);
    }

    /// <summary>Reads a numeral when it has a single well-formed value.</summary>
    /// <param name="text">The numeral, optionally followed by "million(s)", "milliard(s)" or "billion(s)"; surrounding white space is ignored.</param>
    /// <param name="value">The value when the method returns true; otherwise zero.</param>
    /// <param name="style">Which punctuation groups thousands and marks decimals.</param>
    /// <returns>True only when <see cref="Parse"/> would report <see cref="NumeralParseOutcome.Parsed"/>; false for ambiguous and invalid texts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined <see cref="NumeralStyle"/>.</exception>
    public static bool TryParse(string text, out decimal value, NumeralStyle style = NumeralStyle.French)
    {
        NumeralParseResult result = Parse(text, style);
        value = result.Value.GetValueOrDefault();
        return result.IsParsed;
    }

    /// <summary>
    /// Finds every numeral in a sentence and reads each one: "73 people had been killed, at least 43
    /// of them insurgents" gives 73 and 43 with their positions.
    /// </summary>
    /// <param name="text">Any text, such as a quote or a whole paragraph; it is searched, not parsed as one numeral.</param>
    /// <param name="style">Which punctuation groups thousands and marks decimals.</param>
    /// <returns>The numerals in the order they stand, each with its position and its reading (parsed, ambiguous or invalid); empty when the text has no digit.</returns>
    /// <remarks>
    /// <para>A numeral is a run of digits with single '.', ',' or space characters (no-break and
    /// thin spaces included) between digits, followed by "million(s)", "milliard(s)" or
    /// "billion(s)" when one comes after white space. A separator that no digit follows ends it,
    /// so the full stop of "330.000." is left out. Two numbers with only a space between them are
    /// read as one ("120 000"), as a reader of French does; write them apart to have two.</para>
    /// <para>Numbers written as words ("two", "deux") and vague quantities ("dozens", "des
    /// centaines") are not numerals and are not found. Qualifiers ("at least", "quelque") stay
    /// for the caller to read around the match.</para>
    /// <para>The search is linear in the length of the text.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined <see cref="NumeralStyle"/>.</exception>
    public static IReadOnlyList<NumeralMatch> Find(string text, NumeralStyle style = NumeralStyle.French)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckDefined(style);
        var found = new List<NumeralMatch>();
        foreach ((int start, int end) in NumeralScanner.ScanRanges(text))
        {
            found.Add(new NumeralMatch(start, end - start, Parse(text[start..end], style)));
        }
        return found.AsReadOnly();
    }

    private const string TooManyDigits = "the numeral has more significant digits than the 28 a decimal holds exactly";

    private static NumeralParseResult Malformed(string text, NumeralStyle style, DigitGroups groups, string problem, int[] powers, string? multiplierNote)
    {
        string rule = style == NumeralStyle.French
            ? "French style groups digits in threes with '.' or a space and marks decimals with ','"
            : "English style groups digits in threes with ',' or a space and marks decimals with '.'";
        string reason = Join(Format(
            "{0}; {1}. Candidates assume, where possible, a digit missing from a short group, stray separators, or {2} style",
            problem, rule, Other(style)), multiplierNote);
        return AmbiguousOrInvalid(text, groups.Repairs(style), powers, reason);
    }

    private static NumeralParseResult AmbiguousOrInvalid(string text, IEnumerable<DigitGroups.Reading> readings, int[] powers, string reason)
    {
        var candidates = new List<decimal>();
        foreach (DigitGroups.Reading reading in readings)
        {
            foreach (int power in powers)
            {
                if (DecimalDigits.TryCompose(reading.IntegerDigits, reading.FractionDigits, power, out decimal candidate)
                    && !candidates.Contains(candidate))
                {
                    candidates.Add(candidate);
                }
            }
        }
        return candidates.Count == 0
            ? NumeralParseResult.Invalid(text, reason + "; " + TooManyDigits)
            : NumeralParseResult.Ambiguous(text, candidates, reason);
    }

    private static int? FirstLetter(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return i;
            }
        }
        return null;
    }

    private static NumeralStyle Other(NumeralStyle style) => style == NumeralStyle.French ? NumeralStyle.English : NumeralStyle.French;

    private static string Join(string reason, string? note) => note is null ? reason : reason + "; " + note;

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
