namespace ConflictModel.Validation.Rules;

/// <summary>CM5005: a quote's span that does not fit in the text of the claim's report.</summary>
internal sealed class QuoteOutsideReportTextRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.QuoteOutsideReportText;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        if (!QuoteText.TryGetLocated(dossier, claim, out _, out var span, out var report)
            || report?.Text is not { } text || span.FitsIn(text.Length))
        {
            return;
        }
        context.Report(Descriptor, QuoteText.SpanPath(i),
            $"The quote of the claim \"{claim.Id}\" stands at {span} (characters {span.Start} to {span.End}), but the text of the report \"{report.Id}\" " +
            $"has only {text.Length} characters. Give the span of the quoted words in that text (Quote.Locate finds it), or the claim's right report.",
            [claim.Id.Value, report.Id.Value], span.ToString());
    }
}
