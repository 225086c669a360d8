using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConflictModel.Merging;

/// <summary>
/// How datasets name actors, as the resolver reads it: institutions of a country ("Military Forces of
/// Syria (2000-2024)", "Government of Syria"), country qualifiers ("Islamic State (Syria)") and
/// abbreviations declared in the name ("SDF: Syrian Democratic Forces").
/// </summary>
internal sealed partial class ActorNameConventions
{
    // Folded prefix and its institution, longest prefix first so that a longer rule wins over a shorter one it starts with.
    private readonly (string Prefix, string Institution)[] rules;
    private readonly Dictionary<string, string> countryAliases;

    internal ActorNameConventions(IEnumerable<ActorNameRule> rules, IReadOnlyDictionary<string, string> countryAliases)
    {
        this.rules = [.. rules.Select(r => (NameForms.Fold(r.Prefix), r.Institution.ToLowerInvariant())).OrderByDescending(r => r.Item1.Length)];
        this.countryAliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, name) in countryAliases)
        {
            this.countryAliases[WithoutThe(NameForms.Fold(alias))] = name;
        }
    }

    /// <summary>An institution of a country that a name denotes under a rule.</summary>
    internal readonly record struct Institution(string Kind, string Country, string CountryKey)
    {
        internal string Key => Kind + "|" + CountryKey;

        public override string ToString() => Kind + " of " + Country;
    }

    /// <summary>The institution that a name denotes under the rules, or null: the prefix, the country, and at most a period in parentheses.</summary>
    internal Institution? InstitutionOf(string text)
    {
        if (text.Length > NameForms.MaxLength)
        {
            return null;
        }
        string folded = NameForms.Fold(text);
        foreach (var (prefix, kind) in rules)
        {
            if (folded.Length <= prefix.Length + 1 || !folded.StartsWith(prefix, StringComparison.Ordinal) || folded[prefix.Length] != ' ')
            {
                continue;
            }
            string rest = folded[(prefix.Length + 1)..];
            var match = CountryAndPeriod().Match(rest);
            if (!match.Success)
            {
                continue;
            }
            var group = match.Groups["country"];
            string key = CountryKey(group.Value);
            if (key.Length == 0)
            {
                continue;
            }
            // The country as the name writes it, for the evidence a person reads, where folding kept the letters in place.
            string shown = folded.Length == text.Length ? text.Substring(prefix.Length + 1 + group.Index, group.Length) : group.Value;
            return new Institution(kind, shown, key);
        }
        return null;
    }

    /// <summary>The country qualifier that ends a name ("Islamic State (Syria)": <c>Syria</c>), or null; a period ("(2000-2024)") is not a qualifier.</summary>
    internal static string? QualifierOf(string text)
    {
        if (text.Length > NameForms.MaxLength)
        {
            return null;
        }
        var match = TrailingQualifier().Match(text);
        return match.Success ? match.Groups["qualifier"].Value.Trim() : null;
    }

    /// <summary>The form in which country names are compared: folded, without a leading "the", through the aliases, without the Arabic article.</summary>
    internal string CountryKey(string country)
    {
        string folded = WithoutThe(NameForms.Fold(country));
        if (countryAliases.TryGetValue(folded, out string? name))
        {
            folded = WithoutThe(NameForms.Fold(name));
        }
        return NameForms.Of(folded).Key;
    }

    /// <summary>
    /// An actor's names, and for a name that declares its abbreviation ("SDF: Syrian Democratic Forces", as ACLED writes
    /// them) the abbreviation and the full name apart.
    /// </summary>
    internal static NameSet ComparedNames(NameSet names)
    {
        var compared = names;
        foreach (var name in names.All)
        {
            if (name.Text.Length > NameForms.MaxLength)
            {
                continue;
            }
            var match = DeclaredAbbreviation().Match(name.Text);
            if (!match.Success)
            {
                continue;
            }
            string abbreviation = match.Groups["abbreviation"].Value;
            string full = match.Groups["full"].Value.Trim();
            if (!compared.All.Any(n => n.Text == abbreviation))
            {
                compared = compared.WithAbbreviation(abbreviation, name.Language);
            }
            if (!compared.All.Any(n => n.Text == full))
            {
                compared = compared.WithAlias(full, name.Language);
            }
        }
        return compared;
    }

    /// <summary>The index keys that find actors named under one convention from names under another.</summary>
    internal IEnumerable<string> Keys(List<NameForms> forms)
    {
        foreach (var form in forms)
        {
            if (form.Acronym.Length > 0)
            {
                yield return "a:" + form.Acronym;
            }
            if (form.Initials.Length > 0)
            {
                yield return "a:" + form.Initials;
            }
            if (InstitutionOf(form.Text) is { } institution)
            {
                yield return "i:" + institution.Key;
            }
        }
    }

    private static string WithoutThe(string folded) => folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;

    // The country, then at most one period such as "(2000-2024)", "(2014-)" or "[1979-]", and nothing after it.
    [GeneratedRegex(@"^(?<country>[^()\[\]:;]+?)\s*(?:[(\[]\s*\d{4}\s*-\s*(?:\d{4})?\s*[)\]])?\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CountryAndPeriod();

    // A last group in parentheses or brackets with letters in it, after some name.
    [GeneratedRegex(@"^[^()\[\]]*\S\s*[(\[](?<qualifier>[^()\[\]\d]*\p{L}[^()\[\]\d]*)[)\]]\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingQualifier();

    // "SDF: Syrian Democratic Forces", "PMF: Popular Mobilization Forces": an abbreviation in capitals, a colon, the name.
    [GeneratedRegex(@"^\s*(?<abbreviation>[A-Z][A-Z0-9\-]{1,7}):\s+(?<full>\S.*)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DeclaredAbbreviation();
}
