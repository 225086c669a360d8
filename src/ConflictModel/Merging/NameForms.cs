using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;

namespace ConflictModel.Merging;

/// <summary>
/// The forms of a name that the resolver compares: folded text, a key that ignores the Arabic
/// article and the common transliteration variants, a consonant skeleton, and a set of words
/// translated to English.
/// </summary>
/// <remarks>
/// <para>"Boukamal", "Al-Bukamal", "Albu Kamal" and "البوكمال" share the key <c>bukamal</c>; "Abu Kamal" has the
/// key <c>abukamal</c> but the same skeleton <c>bkml</c>. "Etat islamique" and "Islamic State
/// (Syria)" share the words {islamic, state}.</para>
/// <para>Arabic script is transliterated letter by letter (short vowels are not written in
/// Arabic, so only the skeleton can match Latin spellings reliably). Everything here is linear in
/// the length of the name.</para>
/// </remarks>
internal sealed class NameForms
{
    private NameForms(string text, string folded, string key, string skeleton, string[] words, string acronym, string initials)
    {
        Text = text;
        Folded = folded;
        Key = key;
        Skeleton = skeleton;
        Words = words;
        Acronym = acronym;
        Initials = initials;
    }

    /// <summary>The name as given.</summary>
    internal string Text { get; }

    /// <summary>Lower case, accents removed, white space collapsed, parenthesised qualifiers kept.</summary>
    internal string Folded { get; }

    /// <summary>Letters only, the Arabic article and parenthesised qualifiers dropped, transliteration variants unified.</summary>
    internal string Key { get; }

    /// <summary>The consonants of <see cref="Key"/>, doubled ones once; empty when the name has fewer than three.</summary>
    internal string Skeleton { get; }

    /// <summary>The name's words translated to English where known, without particles, sorted, distinct.</summary>
    internal string[] Words { get; }

    /// <summary>The name in lower case when it is written as an acronym (two to six capital letters: "IS", "SDF"); otherwise empty.</summary>
    internal string Acronym { get; }

    /// <summary>The first letters of the name's words in order, without qualifiers, articles and particles ("Hayat Tahrir al-Sham": <c>hts</c>); empty for fewer than two words.</summary>
    internal string Initials { get; }

    /// <summary>The words as one text, for comparing sets of two or more words.</summary>
    internal string WordSet => Words.Length >= 2 ? string.Join(' ', Words) : string.Empty;

    /// <summary>Names longer than this are compared on their first characters only, so hostile input stays cheap.</summary>
    internal const int MaxLength = 200;

    internal static NameForms Of(string text)
    {
        string bounded = text.Length > MaxLength ? text[..MaxLength] : text;
        string latin = Transliterate(bounded);
        string folded = Fold(latin);
        var tokens = Tokens(StripQualifiers(folded));
        var withoutArticles = WithoutArticles(tokens);
        string key = KeyOf(withoutArticles);
        return new NameForms(text, folded, key, SkeletonOf(key), Translate(withoutArticles), AcronymOf(bounded), InitialsOf(withoutArticles));
    }

    private static string AcronymOf(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is < 2 or > 6)
        {
            return string.Empty;
        }
        foreach (char c in trimmed)
        {
            if (c is < 'A' or > 'Z')
            {
                return string.Empty;
            }
        }
        return trimmed.ToString().ToLowerInvariant();
    }

    private static string InitialsOf(List<string> words)
    {
        var builder = new StringBuilder(8);
        foreach (string word in words)
        {
            if (word != "-" && !Particles.Contains(word) && char.IsLetter(word[0]))
            {
                builder.Append(word[0]);
            }
        }
        return builder.Length >= 2 ? builder.ToString() : string.Empty;
    }

    // Words that end a place's name to say what kind of place it is, in English and French.
    private static readonly FrozenSet<string> KindWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "town", "village", "city", "governorate", "province", "district", "subdistrict", "sub-district", "ville", "gouvernorat",
        "muhafazah", "mohafazat",
    }.ToFrozenSet();

    /// <summary>The name without a last word that only tells the kind of place ("Abu Kamal town", "Anbar province"), or null when it has none or nothing else.</summary>
    internal static string? WithoutKindWord(string text)
    {
        string trimmed = text.TrimEnd();
        int space = trimmed.LastIndexOf(' ');
        if (space <= 0 || trimmed.Length > MaxLength)
        {
            return null;
        }
        string last = Fold(trimmed[(space + 1)..]);
        string rest = trimmed[..space].TrimEnd();
        return rest.Length > 0 && KindWords.Contains(last) ? rest : null;
    }

    // ---- Arabic script ----

    private static readonly FrozenDictionary<char, string> Arabic = new Dictionary<char, string>
    {
        ['ا'] = "a", ['أ'] = "a", ['إ'] = "i", ['آ'] = "a", ['ٱ'] = "a", ['ء'] = "'", ['ب'] = "b", ['ت'] = "t", ['ث'] = "th",
        ['ج'] = "j", ['ح'] = "h", ['خ'] = "kh", ['د'] = "d", ['ذ'] = "dh", ['ر'] = "r", ['ز'] = "z", ['س'] = "s",
        ['ش'] = "sh", ['ص'] = "s", ['ض'] = "d", ['ط'] = "t", ['ظ'] = "z", ['ع'] = "'", ['غ'] = "gh", ['ف'] = "f",
        ['ق'] = "q", ['ك'] = "k", ['ل'] = "l", ['م'] = "m", ['ن'] = "n", ['ه'] = "h", ['ة'] = "a", ['و'] = "w",
        ['ي'] = "y", ['ى'] = "a", ['ئ'] = "'", ['ؤ'] = "'", ['ک'] = "k", ['ی'] = "y", ['پ'] = "p", ['چ'] = "ch", ['گ'] = "g",
    }.ToFrozenDictionary();

    private static string Transliterate(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0600', '\u06FF'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // The article "ال" at the start of a word becomes "al-", so that the Latin rules drop it.
            if (c == 'ا' && i + 1 < text.Length && text[i + 1] == 'ل' && (i == 0 || !IsArabicLetter(text[i - 1])) && i + 2 < text.Length && IsArabicLetter(text[i + 2]))
            {
                builder.Append("al-");
                i++;
                continue;
            }
            if (Arabic.TryGetValue(c, out string? latin))
            {
                builder.Append(latin);
            }
            else if (c is >= '\u064B' and <= '\u0652' || c == '\u0640')
            {
                // Short vowel marks and the elongation stroke carry no letter.
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';

    // ---- Latin folding ----

    /// <summary>Folds as <see cref="NameSet.Matches"/> does (accents, case), then unifies apostrophes and dashes and collapses white space.</summary>
    internal static string Fold(string text)
    {
        string folded = NameSet.Fold(text);
        var builder = new StringBuilder(folded.Length);
        bool space = false;
        foreach (char raw in folded)
        {
            char c = raw switch
            {
                'ʿ' or 'ʾ' or '\u2018' or '\u2019' or '`' or '´' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '_' => '-',
                'ı' => 'i',
                'ø' => 'o',
                'æ' => 'a',
                'œ' => 'o',
                'ß' => 's',
                'đ' => 'd',
                'ł' => 'l',
                var other => other,
            };
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Drops "(Syria)" and "[Iraq]": datasets qualify a name with its country or period.</summary>
    private static string StripQualifiers(string folded)
    {
        if (folded.IndexOfAny(['(', '[']) < 0)
        {
            return folded;
        }
        var builder = new StringBuilder(folded.Length);
        int depth = 0;
        foreach (char c in folded)
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Splits at white space and punctuation, keeping a hyphen as its own token so the article before it can be seen.</summary>
    private static List<string> Tokens(string folded)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < folded.Length)
        {
            char c = folded[i];
            if (c == '-')
            {
                tokens.Add("-");
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c) && c != '\'')
            {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] == '\''))
            {
                i++;
            }
            string token = folded[start..i].Trim('\'');
            // "l'armée", "d'Alep": the elided French article or preposition is not part of the name.
            if (token.Length > 2 && token[1] == '\'' && token[0] is 'l' or 'd')
            {
                token = token[2..];
            }
            if (token.Length > 0)
            {
                tokens.Add(token);
            }
        }
        return tokens;
    }

    private static readonly FrozenSet<string> Articles = new HashSet<string>(StringComparer.Ordinal) { "al", "el", "ul", "il" }.ToFrozenSet();

    // The article assimilated to a following "sun letter": "ad-Dana", "ar-Raqqa", "as-Sukhnah", "ash-Sham", "ez-Zor".
    private static readonly FrozenSet<string> SunArticles = new HashSet<string>(StringComparer.Ordinal)
    {
        "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez", "an", "en", "ath", "adh",
    }.ToFrozenSet();

    /// <summary>Drops the Arabic article ("al-", "el ", "ar-Raqqa", "Ezzor" keeps its letters), leaving the words and hyphens.</summary>
    private static List<string> WithoutArticles(List<string> tokens)
    {
        var kept = new List<string>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i];
            string? next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            string? afterHyphen = next == "-" && i + 2 < tokens.Count ? tokens[i + 2] : null;
            string? following = afterHyphen ?? next;
            bool isLast = following is null || following == "-";
            // "Albu Kamal", "Elbou Kamal": the article glued to "Bu" (البو), as in "Al-Bukamal" and "Boukamal".
            if (!isLast && t.Length is 4 or 5 && (t.StartsWith("al", StringComparison.Ordinal) || t.StartsWith("el", StringComparison.Ordinal))
                && t.AsSpan(2) is "bu" or "bou")
            {
                kept.Add(t[2..]);
                continue;
            }
            if (!isLast && Articles.Contains(t))
            {
                SkipHyphen(ref i, next);
                continue;
            }
            if (!isLast && SunArticles.Contains(t) && following!.Length > 0 && SunLetterAgrees(t, following))
            {
                SkipHyphen(ref i, next);
                continue;
            }
            if (t != "-")
            {
                kept.Add(t);
            }
        }
        return kept;
    }

    private static void SkipHyphen(ref int i, string? next)
    {
        if (next == "-")
        {
            i++;
        }
    }

    private static bool SunLetterAgrees(string article, string word)
    {
        // "as Sukhnah", "ash-Sham": the article's consonant(s) start the next word.
        return word.StartsWith(article.AsSpan(1), StringComparison.Ordinal);
    }

    // ---- key and skeleton ----

    private static readonly (string From, string To)[] Variants =
    [
        ("ou", "u"), ("dj", "j"), ("tch", "ch"), ("ch", "sh"), ("q", "k"), ("ck", "k"), ("ee", "i"), ("oo", "u"), ("ph", "f"),
    ];

    private static string KeyOf(List<string> words)
    {
        var builder = new StringBuilder();
        foreach (string word in words)
        {
            foreach (char c in word)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(c);
                }
            }
        }
        string key = builder.ToString();
        foreach ((string from, string to) in Variants)
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }
        return CollapseDoubles(key);
    }

    private static string SkeletonOf(string key)
    {
        string s = key.Replace("kh", "k", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal)
            .Replace("gh", "g", StringComparison.Ordinal).Replace("th", "t", StringComparison.Ordinal)
            .Replace("dh", "d", StringComparison.Ordinal);
        var builder = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y')
            {
                continue;
            }
            // A final "h" after a vowel is the feminine ending ("Raqqah" = "Raqqa").
            if (c == 'h' && i == s.Length - 1 && i > 0 && s[i - 1] is 'a' or 'e')
            {
                continue;
            }
            builder.Append(c);
        }
        string skeleton = CollapseDoubles(builder.ToString());
        return skeleton.Length >= 3 ? skeleton : string.Empty;
    }

    private static string CollapseDoubles(string s)
    {
        if (s.Length < 2)
        {
            return s;
        }
        var builder = new StringBuilder(s.Length);
        char previous = '\0';
        foreach (char c in s)
        {
            if (c != previous)
            {
                builder.Append(c);
            }
            previous = c;
        }
        return builder.ToString();
    }

    // ---- words ----

    private static readonly FrozenSet<string> Particles = new HashSet<string>(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "les", "of", "the", "and", "et", "for", "pour", "in", "en", "a", "au", "aux",
    }.ToFrozenSet();

    // French words of actor and place names, and their English form; English plurals are made singular afterwards.
    private static readonly FrozenDictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["etat"] = "state", ["islamique"] = "islamic", ["armee"] = "army", ["syrienne"] = "syrian", ["syrien"] = "syrian",
        ["syriens"] = "syrian", ["syriennes"] = "syrian", ["democratiques"] = "democratic", ["democratique"] = "democratic",
        ["gardiens"] = "guard", ["gardien"] = "guard", ["irakiennes"] = "iraqi", ["irakien"] = "iraqi", ["irakiens"] = "iraqi",
        ["irakienne"] = "iraqi", ["iraquien"] = "iraqi", ["russe"] = "russian", ["russes"] = "russian", ["internationale"] = "international",
        ["liberation"] = "liberation", ["milices"] = "militia", ["milice"] = "militia", ["miliciens"] = "militia",
        ["kurdes"] = "kurdish", ["kurde"] = "kurdish", ["unites"] = "unit", ["unite"] = "unit", ["peuple"] = "people",
        ["gouvernement"] = "government", ["gouvernementales"] = "government", ["gouvernementale"] = "government",
        ["regime"] = "regime", ["rebelles"] = "rebel", ["rebelle"] = "rebel", ["nationale"] = "national", ["national"] = "national",
        ["libre"] = "free", ["observatoire"] = "observatory", ["droits"] = "right", ["homme"] = "human", ["nations"] = "nation",
        ["unies"] = "united", ["forces"] = "force", ["force"] = "force", ["front"] = "front", ["coalition"] = "coalition",
        ["americaine"] = "american", ["americain"] = "american", ["iraniens"] = "iranian", ["iranienne"] = "iranian",
        ["iranien"] = "iranian", ["libanais"] = "lebanese", ["turque"] = "turkish", ["turc"] = "turkish", ["police"] = "police",
        ["mobilisation"] = "mobilization", ["populaire"] = "popular", ["paramilitaires"] = "paramilitary", ["revolution"] = "revolution",
        ["ville"] = "city", ["province"] = "province", ["camp"] = "camp", ["poste"] = "post", ["frontiere"] = "border",
        ["frontalier"] = "border", ["champ"] = "field", ["petrolier"] = "oil", ["fleuve"] = "river", ["nord"] = "north",
        ["sud"] = "south", ["est"] = "east", ["ouest"] = "west", ["aviation"] = "air", ["air"] = "air", ["militaire"] = "military",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static string[] Translate(List<string> words)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string raw in words)
        {
            if (Particles.Contains(raw) || raw.Length == 0)
            {
                continue;
            }
            string word = French.TryGetValue(raw, out string? english) ? english : raw;
            if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                word = word[..^1];
            }
            set.Add(word);
        }
        var result = new string[set.Count];
        set.CopyTo(result);
        return result;
    }

    // ---- similarity ----

    /// <summary>One minus the edit distance over the longer length, for keys of similar length; 0 when they differ too much to be worth computing.</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        int longer = Math.Max(a.Length, b.Length);
        if (Math.Abs(a.Length - b.Length) * 4 > longer || longer > 64)
        {
            return 0;
        }
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            current.CopyTo(previous);
        }
        return 1.0 - ((double)previous[b.Length] / longer);
    }
}
