namespace ConflictModel.Validation.Rules;

/// <summary>CM5007: a quote's span with no report text to check it against.</summary>
internal sealed class QuoteCannotBeLocatedRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.QuoteCannotBeLocated;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        if (!QuoteText.TryGetLocated(dossier, claim, out _, out var span, out var report))
        {
            return;
        }
        if (claim.Report is null)
        {
            context.Report(Descriptor, QuoteText.SpanPath(i),
                $"The quote of the claim \"{claim.Id}\" gives the span {span}, but the claim names no report, so the span points into nothing. " +
                "Name the report the words were quoted from, or drop the span.",
                [claim.Id.Value], span.ToString());
        }
        else if (report is { Text: null })
        {
            context.Report(Descriptor, QuoteText.SpanPath(i),
                $"The quote of the claim \"{claim.Id}\" gives the span {span}, but the report \"{report.Id}\" has no text, so the span cannot be checked. " +
                "Add the report's text if it may be kept, or drop the span.",
                [claim.Id.Value, report.Id.Value], span.ToString());
        }
    }
}
