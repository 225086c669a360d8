using System;
using System.Buffers;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// The syntax that every entity id follows: 1 to <see cref="MaxLength"/> characters, ASCII letters,
/// digits and the punctuation <c>- _ . : /</c>, starting with a letter or a digit.
/// </summary>
/// <remarks>
/// Ids travel through JSON, CSV, file names and URLs, and appear in diagnostics that people read;
/// keeping them to a plain ASCII subset means no control characters, no right-to-left overrides
/// and no look-alike letters can hide in them. This type is stateless and thread-safe.
/// </remarks>
public static class EntityIdSyntax
{
    /// <summary>The greatest number of characters an id may have.</summary>
    public const int MaxLength = 200;

    /// <summary>The characters allowed after the first.</summary>
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:/");

    /// <summary>Tells whether <paramref name="value"/> is a well-formed id.</summary>
    /// <param name="value">The candidate text; null is not well-formed.</param>
    /// <returns>True when the text follows the id syntax.</returns>
    public static bool IsValid(string? value) => Describe(value) is null;

    /// <summary>Returns <paramref name="value"/> when it is well-formed, and throws otherwise.</summary>
    internal static string Check(string? value, string entityKind, string paramName = "value")
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"An {entityKind} id may not be null.");
        }
        var problem = Describe(value);
        if (problem is not null)
        {
            throw new ArgumentException($"Malformed {entityKind} id: {problem}", paramName);
        }
        return value;
    }

    /// <summary>Says what is wrong with <paramref name="value"/>, or returns null when it is well-formed.</summary>
    internal static string? Describe(string? value)
    {
        if (value is null)
        {
            return "the id is missing.";
        }
        if (value.Length == 0)
        {
            return "the id is empty; an id has 1 to 200 characters.";
        }
        if (value.Length > MaxLength)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "the id has {0} characters; at most {1} are allowed.", value.Length, MaxLength);
        }
        if (!char.IsAsciiLetterOrDigit(value[0]))
        {
            return string.Format(CultureInfo.InvariantCulture,
                "the id starts with {0}; it must start with an ASCII letter or digit.", Show(value[0]));
        }
        int bad = value.AsSpan(1).IndexOfAnyExcept(Allowed);
        if (bad >= 0)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "character {0} at position {1} is not allowed; use ASCII letters, digits and - _ . : /", Show(value[bad + 1]), bad + 2);
        }
        return null;
    }

    // The character as a person sees it, with its code when it is not plain ASCII or cannot be
    // seen: 'J', 'é' (U+00E9), U+0007, U+00A0.
    internal static string Show(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
            ? string.Format(CultureInfo.InvariantCulture, "U+{0:X4}", (int)c)
            : c > '\u007e'
                ? string.Format(CultureInfo.InvariantCulture, "'{0}' (U+{1:X4})", c, (int)c)
                : "'" + c + "'";
}
