
namespace ConflictModel.Validation.Rules;

/// <summary>CM5003: a claim's report published by a source outside the claim's chain.</summary>
internal sealed class PublisherNotInChainRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.PublisherNotInChain;

    internal override PassItems Items => PassItems.Claims;

    internal override void CheckClaim(ValidationContext context, int i, Claim claim)
    {
        var dossier = context.Dossier;
        if (context.Resolved.ReportOf(i) is not { } report || InChain(dossier, claim, report.Publisher))
        {
            return;
        }
        context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, i), "report"),
            $"The claim \"{claim.Id}\" is carried by the report \"{report.Id}\", published by \"{report.Publisher}\", but its chain is {claim.Attribution}, " +
            $"which neither names \"{report.Publisher}\" nor a source of the same organisation. " +
            $"Add \"{report.Publisher}\" as the last relay (the source that quotes the original), or correct the claim's source or report.",
            [claim.Id.Value, report.Id.Value, report.Publisher.Value], report.Publisher.Value);
    }

    private static bool InChain(Dossier dossier, Claim claim, SourceId publisher)
    {
        // Loops rather than LINQ: no closure for every claim.
        var relays = claim.Attribution.Relays;
        if (publisher == claim.Source)
        {
            return true;
        }
        for (int r = 0; r < relays.Count; r++)
        {
            if (relays[r].Source == publisher)
            {
                return true;
            }
        }
        var origin = dossier.OriginOf(publisher);
        if (origin == dossier.OriginOf(claim.Source))
        {
            return true;
        }
        for (int r = 0; r < relays.Count; r++)
        {
            if (dossier.OriginOf(relays[r].Source) == origin)
            {
                return true;
            }
        }
        return false;
    }
}
