using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1004: control characters, bidirectional overrides or surrounding white space in names, titles and quotes.</summary>
internal sealed class HiddenCharactersRule : PassRule
{
    /// <summary>
    /// The characters that hide in a text: controls other than line breaks and tabs (C0, DEL, C1),
    /// bidi embeddings, overrides and isolates, the zero-width space, the direction marks and the byte-order mark.
    /// </summary>
    private static readonly SearchValues<char> Hidden = SearchValues.Create(HiddenCharacters());

    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.HiddenCharactersInName;

    internal override PassItems Items => PassItems.Claims;

    /// <summary>Checks the names and titles of the entities other than claims and events, before the claims pass by.</summary>
    internal override RulePass Start(ValidationContext context)
    {
        var d = context.Dossier;
        // Paths are made only for the few texts that are reported.
        for (int i = 0; i < d.Actors.Count; i++)
        {
            CheckNames(context, d.Actors[i].Names, DossierPaths.Actors, i, d.Actors[i].Id.Value);
        }
        for (int i = 0; i < d.Alliances.Count; i++)
        {
            CheckNames(context, d.Alliances[i].Names, DossierPaths.Alliances, i, d.Alliances[i].Id.Value);
        }
        for (int i = 0; i < d.Places.Count; i++)
        {
            CheckNames(context, d.Places[i].Names, DossierPaths.Places, i, d.Places[i].Id.Value);
        }
        for (int i = 0; i < d.Sources.Count; i++)
        {
            CheckNames(context, d.Sources[i].Names, DossierPaths.Sources, i, d.Sources[i].Id.Value);
        }
        for (int i = 0; i < d.Reports.Count; i++)
        {
            if (Describe(d.Reports[i].Title) is { } problem)
            {
                Report(context, d.Reports[i].Title, problem, DossierPaths.Item(DossierPaths.Reports, i) + ".title", d.Reports[i].Id.Value);
            }
        }
        return base.Start(context);
    }

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        if (claim.Quote is { } quote && Describe(quote.Text) is { } problem)
        {
            Report(context, quote.Text, problem, DossierPaths.Item(DossierPaths.Claims, i) + ".quote.text", claim.Id.Value);
        }
    }

    private void CheckNames(ValidationContext context, NameSet names, string collection, int index, string id)
    {
        if (Describe(names.Primary.Text) is { } problem)
        {
            Report(context, names.Primary.Text, problem, DossierPaths.Item(collection, index) + ".names.primary.text", id);
        }
        for (int n = 0; n < names.Others.Count; n++)
        {
            if (Describe(names.Others[n].Text) is { } other)
            {
                Report(context, names.Others[n].Text, other, DossierPaths.Element(DossierPaths.Item(collection, index) + ".names", "others", n) + ".text", id);
            }
        }
    }

    private void Report(ValidationContext context, string text, string problem, string path, string id) =>
        context.Report(Descriptor, path, $"The text holds {problem}; remove it so that the text shows and matches as written.", [id], text);

    /// <summary>Says what is hidden in the text, or null. Joiners (U+200C, U+200D) are kept: Arabic and Persian need them.</summary>
    internal static string? Describe(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return "white space at its start or end";
        }
        // Printable ASCII hides nothing: one fast search skips it, and the search for hidden
        // characters (slower, since they lie far apart) starts at the first character beyond it.
        int from = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (from < 0)
        {
            return null;
        }
        int at = text.AsSpan(from).IndexOfAny(Hidden);
        if (at >= 0)
        {
            return string.Format(CultureInfo.InvariantCulture, "the hidden character U+{0:X4}", (int)text[from + at]);
        }
        return null;
    }

    private static string HiddenCharacters()
    {
        var hidden = new System.Text.StringBuilder();
        for (char c = '\0'; c < '\u00A0'; c++)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                hidden.Append(c);
            }
        }
        hidden.Append("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200E\u200F\uFEFF");
        return hidden.ToString();
    }
}
