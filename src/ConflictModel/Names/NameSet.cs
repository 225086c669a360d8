using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ConflictModel;

/// <summary>
/// The names of an entity: a primary name plus labels, aliases and abbreviations in several
/// languages and scripts (EI / IS / ISIS / Daech; Boukamal / Abu Kamal / البوكمال).
/// </summary>
/// <remarks>This type is immutable and thread-safe; the "with" methods return new instances.</remarks>
public sealed record NameSet
{
    /// <summary>Initializes a set of names.</summary>
    /// <param name="primary">The name to show by default.</param>
    /// <param name="others">Other names; duplicates of the primary name are kept as given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="primary"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="others"/> contains a null element.</exception>
    public NameSet(Name primary, IEnumerable<Name>? others = null)
    {
        Primary = Preconditions.CheckNotNull(primary);
        Others = ValueList<Name>.From(others, nameof(others));
    }

    /// <summary>Initializes a set of names from a primary name's text and language.</summary>
    /// <param name="primary">The primary name as written.</param>
    /// <param name="language">Its language, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="primary"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="primary"/> is blank.</exception>
    public NameSet(string primary, LanguageTag? language = null)
        : this(new Name(primary, language))
    {
    }

    /// <summary>Gets the name to show by default.</summary>
    public Name Primary { get; private init; }

    /// <summary>Gets the other names, in the order given.</summary>
    public IReadOnlyList<Name> Others { get; private init; }

    /// <summary>Gets every name, the primary one first.</summary>
    public IEnumerable<Name> All => Others.Prepend(Primary);

    /// <summary>Returns a copy with one more name.</summary>
    /// <param name="name">The name to add.</param>
    /// <returns>A new set of names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    [Pure]
    public NameSet With(Name name) => this with { Others = ValueList<Name>.From(Others.Append(Preconditions.CheckNotNull(name)), nameof(name)) };

    /// <summary>Returns a copy with one more alias.</summary>
    /// <param name="text">The alias as written.</param>
    /// <param name="language">Its language, or null.</param>
    /// <returns>A new set of names.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank.</exception>
    [Pure]
    public NameSet WithAlias(string text, LanguageTag? language = null) => With(new Name(text, language, NameUse.Alias));

    /// <summary>Returns a copy with one more abbreviation.</summary>
    /// <param name="text">The abbreviation as written.</param>
    /// <param name="language">Its language, or null.</param>
    /// <returns>A new set of names.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank.</exception>
    [Pure]
    public NameSet WithAbbreviation(string text, LanguageTag? language = null) => With(new Name(text, language, NameUse.Abbreviation));

    /// <summary>Returns a copy with one more label (the preferred name in a language).</summary>
    /// <param name="text">The label as written.</param>
    /// <param name="language">Its language.</param>
    /// <returns>A new set of names.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or blank.</exception>
    [Pure]
    public NameSet WithLabel(string text, LanguageTag language) => With(new Name(text, language, NameUse.Label));

    /// <summary>
    /// Returns the best name to show in <paramref name="language"/>: a label in that language, else
    /// a label in its primary language subtag, else the primary name.
    /// </summary>
    /// <param name="language">The wanted language.</param>
    /// <returns>A name; never null.</returns>
    public Name In(LanguageTag language)
    {
        Name? sameLanguage = null;
        foreach (var name in All)
        {
            if (name.Use != NameUse.Label || name.Language is not { } tag)
            {
                continue;
            }
            if (tag == language)
            {
                return name;
            }
            if (sameLanguage is null && tag.Language == language.Language)
            {
                sameLanguage = name;
            }
        }
        return sameLanguage ?? Primary;
    }

    /// <summary>
    /// Tells whether any of the names matches <paramref name="text"/>, ignoring case, accents and
    /// surrounding white space ("daech" matches "Daech", "Etat islamique" matches "État islamique").
    /// </summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>True when some name matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public bool Matches(string text)
    {
        var key = Fold(Preconditions.CheckNotNull(text));
        return All.Any(name => Fold(name.Text) == key);
    }

    /// <summary>Returns the primary name's text.</summary>
    /// <returns>The primary name's text.</returns>
    public override string ToString() => Primary.Text;

    /// <summary>Folds a name for comparison: trimmed, accents removed, lower case (invariant).</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
