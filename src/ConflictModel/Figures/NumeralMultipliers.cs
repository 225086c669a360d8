using System;

namespace ConflictModel;

/// <summary>The words that may follow a numeral and multiply it by a power of ten.</summary>
internal static class NumeralMultipliers
{
    private static readonly int[] Million = [6];
    private static readonly int[] Milliard = [9];
    // French "billion" is 10^12 (long scale), yet translations from English often keep 10^9.
    private static readonly int[] FrenchBillion = [12, 9];

    internal const string FrenchBillionNote =
        "in French 'billion' means 10^12, but texts translated from English often use it for 10^9";

    internal static string Accepted(NumeralStyle style) => style == NumeralStyle.French
        ? "million, millions, milliard, milliards, billion, billions"
        : "million, millions, billion, billions";

    /// <summary>Finds the powers of ten a word may mean; more than one makes the numeral ambiguous.</summary>
    internal static int[]? Find(string word, NumeralStyle style)
    {
        if (Is(word, "million") || Is(word, "millions"))
        {
            return Million;
        }
        if (Is(word, "billion") || Is(word, "billions"))
        {
            return style == NumeralStyle.French ? FrenchBillion : Milliard;
        }
        if (style == NumeralStyle.French && (Is(word, "milliard") || Is(word, "milliards")))
        {
            return Milliard;
        }
        return null;
    }

    private static bool Is(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);
}
