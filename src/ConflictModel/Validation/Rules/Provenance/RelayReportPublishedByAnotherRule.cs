namespace ConflictModel.Validation.Rules;

/// <summary>CM5004: a relay's report published by another source than the relay.</summary>
internal sealed class RelayReportPublishedByAnotherRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.RelayReportPublishedByAnother;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        var relays = claim.Attribution.Relays;
        for (int r = 0; r < relays.Count; r++)
        {
            var relay = relays[r];
            if (relay.Report is not { } reportId || dossier.Find(reportId) is not { } report
                || report.Publisher == relay.Source || dossier.OriginOf(report.Publisher) == dossier.OriginOf(relay.Source))
            {
                continue;
            }
            var path = DossierPaths.Element(DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, i), "attribution"), "relays", r);
            context.Report(Descriptor, DossierPaths.Property(path, "report"),
                $"The relay \"{relay.Source}\" of the claim \"{claim.Id}\" names the report \"{report.Id}\", which is published by \"{report.Publisher}\", " +
                $"not by \"{relay.Source}\" or a source of its organisation. Name the report in which \"{relay.Source}\" relayed the claim, " +
                $"or make \"{report.Publisher}\" the relay.",
                [claim.Id.Value, relay.Source.Value, report.Id.Value, report.Publisher.Value], report.Id.Value);
        }
    }
}
