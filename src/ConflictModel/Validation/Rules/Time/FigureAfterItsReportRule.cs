namespace ConflictModel.Validation.Rules;

/// <summary>CM4005: a figure of fact dated after the report that carries it was published.</summary>
internal sealed class FigureAfterItsReportRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.FigureAfterItsReport;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        for (int i = 0; i < dossier.Claims.Count; i++)
        {
            var claim = dossier.Claims[i];
            // A projection ("200,000 could be displaced by December") may rightly be dated later.
            if (!claim.IsFactual || claim.Assertion is not FigureAssertion { Figure.AsOf: { } asOf } figure
                || context.Resolved.ReportOf(i) is not { } report
                || asOf.Start <= report.PublishedDate)
            {
                continue;
            }
            context.Report(Descriptor, DossierPaths.Property(DossierPaths.Property(DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, i), "assertion"), "figure"), "asOf"),
                $"The figure of the claim \"{claim.Id}\" ({figure.Figure}) is dated {TimeText.From(asOf)}, but the report \"{report.Id}\" that carries it " +
                $"was published on {TimeText.Of(report.PublishedDate)}; a count reported as fact cannot be dated after its report. " +
                "Correct the figure's date (the day the count was made or last updated), or give the claim the modality Future if it is a projection.",
                [claim.Id.Value, report.Id.Value], asOf.ToString());
        }
    }
}
