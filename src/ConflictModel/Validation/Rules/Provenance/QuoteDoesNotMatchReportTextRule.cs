using System;

namespace ConflictModel.Validation.Rules;

/// <summary>CM5006: the text of the claim's report at the quote's span is not the quote.</summary>
internal sealed class QuoteDoesNotMatchReportTextRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.QuoteDoesNotMatchReportText;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        if (!QuoteText.TryGetLocated(dossier, claim, out var quote, out var span, out var report)
            || report?.Text is not { } text || !span.FitsIn(text.Length))
        {
            return;
        }
        var atSpan = text.AsSpan(span.Start, span.Length);
        if (atSpan.SequenceEqual(quote.Text.AsSpan()))
        {
            return;
        }
        var found = atSpan.ToString();
        context.Report(Descriptor, QuoteText.SpanPath(i),
            $"The quote of the claim \"{claim.Id}\" is {QuoteText.Show(quote.Text)}, but the text of the report \"{report.Id}\" at {span} says {QuoteText.Show(found)}. " +
            "Copy the quote character for character from the report and give its span there (Quote.Locate does both checks), or correct the span.",
            [claim.Id.Value, report.Id.Value], found);
    }
}
