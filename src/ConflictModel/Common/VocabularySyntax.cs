using System;
using System.Buffers;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// The syntax of a term in one of the model's open vocabularies (actor kinds, event types, roles,
/// source kinds, …): 1 to <see cref="MaxLength"/> characters, lower-case ASCII letters, digits and
/// <c>- _ . : /</c>, starting with a letter or digit.
/// </summary>
/// <remarks>
/// Well-known terms are plain words ("battles", "side-a"). A host application adds its own terms
/// without forking the library; prefixing them with its own namespace and a colon
/// ("myapp:checkpoint") keeps them apart from terms the library may add later.
/// This type is stateless and thread-safe.
/// </remarks>
public static class VocabularySyntax
{
    /// <summary>The greatest number of characters a term may have.</summary>
    public const int MaxLength = 100;

    /// <summary>The characters allowed after the first; the first is a lower-case letter or a digit.</summary>
    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.:/");

    /// <summary>Tells whether <paramref name="value"/> is a well-formed vocabulary term.</summary>
    /// <param name="value">The candidate text; null is not well-formed.</param>
    /// <returns>True when the text follows the term syntax.</returns>
    public static bool IsValid(string? value) => Describe(value) is null;

    internal static string Check(string? value, string vocabulary, string paramName = "value")
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"A {vocabulary} may not be null.");
        }
        var problem = Describe(value);
        if (problem is not null)
        {
            throw new ArgumentException($"Malformed {vocabulary} \"{Truncate(value)}\": {problem}", paramName);
        }
        return value;
    }

    internal static string? Describe(string? value)
    {
        if (value is null)
        {
            return "the term is missing.";
        }
        if (value.Length == 0)
        {
            return "the term is empty.";
        }
        if (value.Length > MaxLength)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "the term has {0} characters; at most {1} are allowed.", value.Length, MaxLength);
        }
        int bad = 0;
        if (char.IsAsciiDigit(value[0]) || char.IsAsciiLetterLower(value[0]))
        {
            int rest = value.AsSpan(1).IndexOfAnyExcept(Allowed);
            bad = rest < 0 ? -1 : rest + 1;
        }
        if (bad >= 0)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "character {0} at position {1} is not allowed; terms use lower-case ASCII letters, digits and - _ . : / (not first).",
                EntityIdSyntax.Show(value[bad]), bad + 1);
        }
        return null;
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
