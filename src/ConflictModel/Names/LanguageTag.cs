using System;
using System.Globalization;
using System.Text;

namespace ConflictModel;

/// <summary>
/// A BCP 47 language tag such as <c>fr</c>, <c>ar</c>, <c>en-GB</c> or <c>ar-Latn</c>, checked for
/// well-formed syntax and stored in canonical case (language lower case, script title case,
/// region upper case).
/// </summary>
/// <remarks>
/// Only the syntax is checked; the registry of subtags is not consulted, so a host can use any
/// well-formed tag. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct LanguageTag
{
    /// <summary>The greatest number of characters a tag may have.</summary>
    public const int MaxLength = 64;

    /// <summary>French.</summary>
    public static readonly LanguageTag French = new("fr");

    /// <summary>English.</summary>
    public static readonly LanguageTag English = new("en");

    /// <summary>Arabic.</summary>
    public static readonly LanguageTag Arabic = new("ar");

    /// <summary>Undetermined language (<c>und</c>).</summary>
    public static readonly LanguageTag Undetermined = new("und");

    /// <summary>Initializes a tag from its text, which is checked and put in canonical case.</summary>
    /// <param name="value">A BCP 47 tag such as <c>fr</c> or <c>ar-Latn-SY</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed tag.</exception>
    public LanguageTag(string value)
    {
        Preconditions.CheckNotNull(value);
        Value = Canonicalize(value) ?? throw new ArgumentException(
            $"Malformed language tag \"{(value.Length > 20 ? value[..20] + "…" : value)}\": expected a BCP 47 tag such as \"fr\", \"ar\" or \"en-GB\" " +
            "(a 2-3 letter language, then subtags of 1-8 letters or digits separated by '-').", nameof(value));
    }

    /// <summary>Gets the tag in canonical case.</summary>
    public string Value { get; }

    /// <summary>Gets the primary language subtag, such as <c>fr</c> for <c>fr-CA</c>.</summary>
    public string Language => Value is null ? string.Empty : Value.Split('-')[0];

    /// <summary>Creates a tag when <paramref name="value"/> is well-formed.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="tag">The tag, or the default value when the text is malformed.</param>
    /// <returns>True when the text is a well-formed tag.</returns>
    public static bool TryCreate(string? value, out LanguageTag tag)
    {
        tag = value is not null && Canonicalize(value) is not null ? new LanguageTag(value) : default;
        return tag.Value is not null;
    }

    /// <summary>Returns the tag's text.</summary>
    /// <returns>The tag, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static string? Canonicalize(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength)
        {
            return null;
        }
        if (value.Length <= 3 && IsAll(value, char.IsAsciiLetterLower))
        {
            // A bare language, as most tags are: already canonical, kept without a copy, and one
            // string for the common ones however many texts name them.
            return value.Length < 2 ? null : value switch
            {
                "fr" => "fr",
                "en" => "en",
                "ar" => "ar",
                "und" => "und",
                _ => value,
            };
        }
        var parts = value.Split('-');
        var first = parts[0];
        if (first.Length is < 2 or > 3 || !IsAll(first, char.IsAsciiLetter))
        {
            return null;
        }
        var result = new StringBuilder(value.Length);
        result.Append(first.ToLowerInvariant());
        // After a singleton (an extension such as -u- or private use -x-), subtags are lower case.
        bool inExtension = false;
        for (int i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length is < 1 or > 8 || !IsAll(part, char.IsAsciiLetterOrDigit))
            {
                return null;
            }
            result.Append('-');
            if (part.Length == 1)
            {
                inExtension = true;
            }
            if (!inExtension && part.Length == 4 && IsAll(part, char.IsAsciiLetter))
            {
                result.Append(char.ToUpperInvariant(part[0])).Append(part[1..].ToLowerInvariant());
            }
            else if (!inExtension && ((part.Length == 2 && IsAll(part, char.IsAsciiLetter)) || (part.Length == 3 && IsAll(part, char.IsAsciiDigit))))
            {
                result.Append(part.ToUpperInvariant());
            }
            else
            {
                result.Append(part.ToLowerInvariant());
            }
        }
        // An already canonical tag keeps its string: the model holds one per name and quote.
        return result.Equals(value.AsSpan()) ? value : result.ToString();
    }

    private static bool IsAll(string text, Func<char, bool> predicate)
    {
        foreach (char c in text)
        {
            if (!predicate(c))
            {
                return false;
            }
        }
        return true;
    }
}
