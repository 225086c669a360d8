using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>
/// Text as reports carry it: Latin with French accents, Arabic script, mixed directions, quotes
/// and backslashes that JSON must escape, control characters and astral-plane characters.
/// Every string is well-formed UTF-16 (no lone surrogates), since those cannot be UTF-8.
/// </summary>
internal static class TextGen
{
    private static readonly string[] Fragments =
    [
        "Boukamal", "Deir ez-Zor", "Raqqa", "État islamique", "Forces démocratiques syriennes", "l'armée",
        "البوكمال", "دير الزور", "الدولة الإسلامية", "قوات سوريا الديمقراطية", "الرقة",
        "«\u00a0entre guillemets\u00a0»", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "\u0001ctl",
        "\u202Eright-to-left override", "emoji 🙂", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ωμέγα", "Ürümqi", "İdlib", "a", "0", " padded ",
        "</script>", "&amp;", "+", "\u200Bzero-width",
    ];

    private static readonly char[] IdChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/".ToCharArray();

    private static readonly char[] TermChars = "abcdefghijklmnopqrstuvwxyz0123456789-_.:/".ToCharArray();

    /// <summary>Text that is not blank: one to four fragments.</summary>
    internal static Gen<string> NonBlank { get; } =
        Gen.Choose(1, 4).SelectMany(n => Gen.Elements(Fragments).ListOf(n)).Select(l => string.Join(" ", l));

    /// <summary>Text that may be empty or white space, for members the model does not check.</summary>
    internal static Gen<string> Any { get; } = Gen.Frequency(
        (8, NonBlank),
        (1, Gen.Elements("", " ", "\t\n")));

    internal static Gen<string?> Optional(Gen<string> text) => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, text.Select(s => (string?)s)));

    internal static Gen<LanguageTag> Language { get; } =
        Gen.Elements("fr", "en", "ar", "und", "EN-gb", "ar-SY", "ar-Latn", "fr-CA", "zh-Hant-TW", "ku-Arab-IQ", "en-x-private", "es-419", "ckb")
            .Select(t => new LanguageTag(t));

    /// <summary>An entity id: ASCII letter or digit, then letters, digits and - _ . : /.</summary>
    internal static Gen<string> Id { get; } =
        from first in Gen.Elements(IdChars.Where(char.IsAsciiLetterOrDigit).ToArray())
        from length in Gen.Choose(0, 12)
        from rest in Gen.Elements(IdChars).ListOf(length)
        select first + string.Concat(rest);

    /// <summary>A vocabulary term outside the well-known ones, as host applications add them.</summary>
    internal static Gen<string> Term { get; } =
        from first in Gen.Elements(TermChars.Where(char.IsAsciiLetterOrDigit).ToArray())
        from length in Gen.Choose(0, 10)
        from rest in Gen.Elements(TermChars).ListOf(length)
        select first + string.Concat(rest);

    /// <summary>A well-known term most of the time, sometimes a host one.</summary>
    internal static Gen<T> Vocabulary<T>(IReadOnlyList<T> wellKnown, Func<string, T> create) =>
        Gen.Frequency((4, Gen.Elements(wellKnown.ToArray())), (1, Term.Select(create)));
}
