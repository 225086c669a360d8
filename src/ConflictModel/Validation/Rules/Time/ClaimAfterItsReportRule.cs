namespace ConflictModel.Validation.Rules;

/// <summary>CM4004: a claim stated after the report that carries it was published.</summary>
internal sealed class ClaimAfterItsReportRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ClaimAfterItsReport;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        if (claim.Attribution.StatedOn is not { } stated
            || context.Resolved.ReportOf(i) is not { } report || stated.Start <= report.PublishedDate)
        {
            return;
        }
        context.Report(Descriptor, DossierPaths.Property(DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, i), "attribution"), "statedOn"),
            $"The claim \"{claim.Id}\" was stated {TimeText.From(stated)}, but the report \"{report.Id}\" that carries it " +
            $"was published on {TimeText.Of(report.PublishedDate)}; a report carries only what was said by the time it was published. " +
            "Correct the date of the statement (resolve a relative day such as \"jeudi\" against the report's date, into the past) or the claim's report.",
            [claim.Id.Value, report.Id.Value], stated.ToString());
    }
}
