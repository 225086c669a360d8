using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// Finds the numerals in the words of a figure ("quelque 120.00 personnes", "plus de 330.000
/// morts", "1,5 million de déplacés"), so that each can be read with <see cref="NumeralParser"/>.
/// </summary>
/// <remarks>
/// A numeral is a run of digits, with single '.', ',' or space characters (including no-break,
/// narrow no-break and thin spaces) between digits, and the word "million(s)" or "milliard(s)"
/// when it follows after white space. A separator not followed by a digit ends the numeral, so the
/// full stop of "330.000." is left out. Two numbers written one after the other with only a space
/// between them are read as one numeral, as a person reading "120 000" does. This type is
/// stateless and thread-safe.
/// </remarks>
internal static class NumeralScanner
{
    private static readonly string[] Multipliers = ["million", "millions", "milliard", "milliards", "billion", "billions"];

    /// <summary>Returns each numeral of <paramref name="text"/> as it stands, in order.</summary>
    internal static IEnumerable<string> Scan(string text)
    {
        foreach ((int start, int end) in ScanRanges(text))
        {
            yield return text[start..end];
        }
    }

    /// <summary>Returns where each numeral of <paramref name="text"/> starts and ends (exclusive), in order.</summary>
    internal static IEnumerable<(int Start, int End)> ScanRanges(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (true)
            {
                while (end < text.Length && IsDigit(text[end]))
                {
                    end++;
                }
                if (end + 1 < text.Length && IsSeparator(text[end]) && IsDigit(text[end + 1]))
                {
                    end++;
                    continue;
                }
                break;
            }
            end = WithMultiplier(text, end);
            yield return (start, end);
            i = end;
        }
    }

    /// <summary>Returns the end of the multiplier word that follows the numeral ending at <paramref name="end"/>, or <paramref name="end"/>.</summary>
    private static int WithMultiplier(string text, int end)
    {
        int wordStart = end;
        while (wordStart < text.Length && IsSpace(text[wordStart]))
        {
            wordStart++;
        }
        if (wordStart == end)
        {
            return end;
        }
        int wordEnd = wordStart;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        foreach (string multiplier in Multipliers)
        {
            if (word.Equals(multiplier, StringComparison.OrdinalIgnoreCase))
            {
                return wordEnd;
            }
        }
        return end;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsSeparator(char c) => c is '.' or ',' || IsSpace(c);

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
