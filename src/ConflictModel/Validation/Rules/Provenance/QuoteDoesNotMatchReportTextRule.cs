using System;

namespace ConflictModel.Validation.Rules;

/// <summary>CM5006: the text of the claim's report at the quote's span is not the quote.</summary>
internal sealed class QuoteDoesNotMatchReportTextRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.QuoteDoesNotMatchReportText;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        for (int i = 0; i < dossier.Claims.Count; i++)
        {
            var claim = dossier.Claims[i];
            if (!QuoteText.TryGetLocated(dossier, claim, out var quote, out var span, out var report)
                || report?.Text is not { } text || !span.FitsIn(text.Length))
            {
                continue;
            }
            var atSpan = text.AsSpan(span.Start, span.Length);
            if (atSpan.SequenceEqual(quote.Text.AsSpan()))
            {
                continue;
            }
            var found = atSpan.ToString();
            context.Report(Descriptor, QuoteText.SpanPath(i),
                $"The quote of the claim \"{claim.Id}\" is {QuoteText.Show(quote.Text)}, but the text of the report \"{report.Id}\" at {span} says {QuoteText.Show(found)}. " +
                "Copy the quote character for character from the report and give its span there (Quote.Locate does both checks), or correct the span.",
                [claim.Id.Value, report.Id.Value], found);
        }
    }
}
