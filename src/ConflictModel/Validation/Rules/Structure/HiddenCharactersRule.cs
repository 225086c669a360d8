using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1004: control characters, bidirectional overrides or surrounding white space in names, titles and quotes.</summary>
internal sealed class HiddenCharactersRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.HiddenCharactersInName;

    public override void Check(ValidationContext context)
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
        for (int i = 0; i < d.Claims.Count; i++)
        {
            if (d.Claims[i].Quote is { } quote && Describe(quote.Text) is { } problem)
            {
                Report(context, quote.Text, problem, DossierPaths.Item(DossierPaths.Claims, i) + ".quote.text", d.Claims[i].Id.Value);
            }
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
        foreach (char c in text)
        {
            bool hidden = (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                || c is >= '\u202A' and <= '\u202E'
                || c is >= '\u2066' and <= '\u2069'
                || c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF';
            if (hidden)
            {
                return string.Format(CultureInfo.InvariantCulture, "the hidden character U+{0:X4}", (int)c);
            }
        }
        return null;
    }
}
