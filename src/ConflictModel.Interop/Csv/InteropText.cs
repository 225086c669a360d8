using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ConflictModel.Interop;

/// <summary>Small text helpers shared by the CSV readers and writers: ids, slugs, lists and kept values.</summary>
internal static class InteropText
{
    internal static JsonElement ToJson(string value)
    {
        using var document = JsonDocument.Parse("\"" + JsonEncodedText.Encode(value).Value + "\"");
        return document.RootElement.Clone();
    }

    internal static bool TryGetKept(ExtensionData extensions, string key, out string value)
    {
        // A set of texts, as an import makes, gives its text without making JSON of it.
        if (extensions.TryGetString(key, out string? text))
        {
            value = text;
            return true;
        }
        value = string.Empty;
        return false;
    }

    /// <summary>Lower-case ASCII letters and digits joined by dashes; other characters become dashes.</summary>
    internal static string Slug(string text, int maxLength = 80)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        bool dash = false;
        foreach (char c in text)
        {
            if (builder.Length >= maxLength)
            {
                break;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && builder.Length > 0)
            {
                builder.Append('-');
                dash = true;
            }
        }
        string slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? "x" : slug;
    }

    /// <summary>
    /// A prefix, then the trimmed text (at most <paramref name="maxLength"/> characters of it) with the characters an entity
    /// id does not allow replaced by dashes, or "x" for a blank text; made in one string.
    /// </summary>
    internal static string IdSafe(string prefix, ReadOnlySpan<char> text, int maxLength = 120)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return prefix + "x";
        }
        if (trimmed.Length > maxLength)
        {
            trimmed = trimmed[..maxLength];
        }
        int refused = trimmed.IndexOfAnyExcept(IdChars);
        if (refused < 0)
        {
            // The usual key, every character allowed: one string, without a pass character by character.
            return string.Concat(prefix, trimmed);
        }
        int length = prefix.Length + trimmed.Length;
        Span<char> chars = length <= 512 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(chars);
        trimmed.CopyTo(chars[prefix.Length..]);
        for (int i = prefix.Length + refused; i < length; i++)
        {
            if (!IdChars.Contains(chars[i]))
            {
                chars[i] = '-';
            }
        }
        return new string(chars);
    }

    /// <summary>The characters an entity id allows: ASCII letters and digits, and <c>- _ . :</c>.</summary>
    private static readonly SearchValues<char> IdChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");

    private static readonly string[][] NumberedSuffixes = [new string[10], new string[10], new string[10]];

    /// <summary>
    /// A prefix and a number, such as <c>-claim-2</c>; the first few of the prefixes the importers use are made once.
    /// </summary>
    internal static string Numbered(string prefix, int number)
    {
        int slot = prefix switch { "-claim-" => 0, "-report-" => 1, _ => 2 };
        if (slot == 2 || number >= NumberedSuffixes[slot].Length)
        {
            return prefix + number.ToString(CultureInfo.InvariantCulture);
        }
        var made = NumberedSuffixes[slot];
        // Strings are immutable: a race makes the same suffix twice, and either serves.
        return made[number] ??= prefix + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Tells whether a cell is a whole number written as the exports write an <see cref="int"/>: digits alone, with a minus
    /// only before a negative number, and no padding or leading zero (but in 0 itself).
    /// </summary>
    internal static bool IsNumber(ReadOnlySpan<char> cell, int value)
    {
        if (value < 0)
        {
            return IsFormatted(cell, value);
        }
        if (cell.Length is 0 or > 10 || (cell[0] == '0' && cell.Length > 1))
        {
            return false;
        }
        long number = 0;
        foreach (char c in cell)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }
            number = (number * 10) + digit;
        }
        return number == value;
    }

    private static bool IsFormatted(ReadOnlySpan<char> cell, int value)
    {
        Span<char> digits = stackalloc char[11];
        return value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture) && cell.SequenceEqual(digits[..written]);
    }

    /// <summary>
    /// Tells whether a number is written as the exports write a double (<c>"R"</c>, the shortest text that
    /// reads back as the same value), from its characters alone: at most 15 significant digits, as any such decimal reads back
    /// as itself and no shorter text gives the same value; no sign but a minus, no leading zero, no trailing zero after the
    /// point, no exponent, and not below 0.0001, where the export turns to an exponent. A cell that is not recognised is kept.
    /// </summary>
    internal static bool IsShortestNumber(ReadOnlySpan<char> cell)
    {
        if (cell.Length > 0 && cell[0] == '-')
        {
            cell = cell[1..];
            if (cell.SequenceEqual("0"))
            {
                return false;
            }
        }
        int point = cell.IndexOf('.');
        var whole = point < 0 ? cell : cell[..point];
        var fraction = point < 0 ? [] : cell[(point + 1)..];
        if (whole.Length == 0 || !AllDigits(whole) || (whole.Length > 1 && whole[0] == '0') || (point >= 0 && fraction.Length == 0) ||
            !AllDigits(fraction) || (fraction.Length > 0 && fraction[^1] == '0'))
        {
            return false;
        }
        if (whole.SequenceEqual("0"))
        {
            // 0 itself, or a fraction: its leading zeros are not significant, and more than three make an exponent.
            int zeros = fraction.Length - fraction.TrimStart('0').Length;
            return fraction.Length == 0 || (zeros <= 3 && fraction.Length - zeros <= 15);
        }
        return whole.Length + fraction.Length <= 15;
    }

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Reads a whole number the way <see cref="int.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out int)"/>
    /// does with <see cref="NumberStyles.Integer"/> and the invariant culture, with a quick way for the digits alone that
    /// cells usually hold.
    /// </summary>
    internal static bool TryParseInt(ReadOnlySpan<char> text, out int value)
    {
        if (text.Length is > 0 and <= 9)
        {
            int number = 0;
            foreach (char c in text)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
                }
                number = (number * 10) + (c - '0');
            }
            value = number;
            return true;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The powers of ten that a double holds exactly.</summary>
    private static readonly double[] ExactPowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Reads a number the way <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
    /// does with <see cref="NumberStyles.Float"/> and the invariant culture, giving the same value to the bit. A plain
    /// decimal of at most 15 digits (an optional minus, digits, a point, digits), as coordinates are written, is read
    /// directly: its digits make a whole number below 2^53 and the power of ten is exact, so one division rounds
    /// correctly, as the parser does. Anything else goes to the parser.
    /// </summary>
    internal static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        var digits = text.Length > 0 && text[0] == '-' ? text[1..] : text;
        long mantissa = 0;
        int count = 0, point = -1;
        for (int i = 0; i < digits.Length; i++)
        {
            char c = digits[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
                count++;
            }
            else if (c == '.' && point < 0)
            {
                point = i;
            }
            else
            {
                count = 0;
                break;
            }
        }
        if (count is 0 or > 15)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
        int decimals = point < 0 ? 0 : digits.Length - point - 1;
        double magnitude = mantissa / ExactPowersOfTen[decimals];
        value = digits.Length < text.Length ? -magnitude : magnitude;
        return true;
    }

    /// <summary>The parts of a list separated by semicolons, trimmed, empty ones passed over (repeats are not removed).</summary>
    internal static ListParts Parts(ReadOnlySpan<char> value) => new(value);

    /// <summary>Enumerates the parts of a list separated by semicolons without making strings of them.</summary>
    internal ref struct ListParts(ReadOnlySpan<char> rest)
    {
        private ReadOnlySpan<char> rest = rest;
        private bool done;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly ListParts GetEnumerator() => this;

        public bool MoveNext()
        {
            while (!done)
            {
                int end = rest.IndexOf(';');
                ReadOnlySpan<char> part;
                if (end < 0)
                {
                    part = rest;
                    done = true;
                }
                else
                {
                    part = rest[..end];
                    rest = rest[(end + 1)..];
                }
                part = part.Trim();
                if (part.Length > 0)
                {
                    Current = part;
                    return true;
                }
            }
            return false;
        }
    }
}
