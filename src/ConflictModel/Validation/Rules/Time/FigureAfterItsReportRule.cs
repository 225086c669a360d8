namespace ConflictModel.Validation.Rules;

/// <summary>CM4005: a figure of fact dated after the report that carries it was published.</summary>
internal sealed class FigureAfterItsReportRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.FigureAfterItsReport;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        // A projection ("200,000 could be displaced by December") may rightly be dated later.
        if (!claim.IsFactual || claim.Assertion is not FigureAssertion { Figure.AsOf: { } asOf } figure
            || context.Resolved.ReportOf(i) is not { } report
            || asOf.Start <= report.PublishedDate)
        {
            return;
        }
        context.Report(Descriptor, DossierPaths.Property(DossierPaths.Property(DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, i), "assertion"), "figure"), "asOf"),
            $"The figure of the claim \"{claim.Id}\" ({figure.Figure}) is dated {TimeText.From(asOf)}, but the report \"{report.Id}\" that carries it " +
            $"was published on {TimeText.Of(report.PublishedDate)}; a count reported as fact cannot be dated after its report. " +
            "Correct the figure's date (the day the count was made or last updated), or give the claim the modality Future if it is a projection.",
            [claim.Id.Value, report.Id.Value], asOf.ToString());
    }
}
