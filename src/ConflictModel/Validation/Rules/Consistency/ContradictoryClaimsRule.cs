using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM6004: two claims of fact that cannot both be true, other than two figures (CM6003): a denial
/// of what another claim asserts, two controllers of a place at once, two roles of one actor in
/// one event, or host assertions declared exclusive.
/// </summary>
internal sealed class ContradictoryClaimsRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ContradictoryClaims;

    public override void Check(ValidationContext context)
    {
        foreach (var (a, b, j, contradiction, sites) in ContradictionSites.Pairs(context, betweenFigures: false))
        {
            context.Report(Descriptor, DossierPaths.Item(DossierPaths.Claims, j) + ".assertion",
                string.Format(CultureInfo.InvariantCulture,
                    "Claims \"{0}\" ({1}) and \"{2}\" ({3}) cannot both be true: {4}. Check both against their reports; if both stand as "
                    + "reported, keep them as attributed claims and let their credibility grades say which is more likely.",
                    a.Id, sites.NameOf(a.Source), b.Id, sites.NameOf(b.Source), contradiction.Reason),
                ContradictionSites.IdsOf(a, b));
        }
    }
}
