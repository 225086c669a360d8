using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM6004: claims of fact that cannot all be true, other than asserted figures (CM6003): a denial
/// of what other claims assert, two controllers of a place at once, two roles of one actor in
/// one event, or host assertions declared exclusive.
/// </summary>
/// <remarks>
/// One diagnostic per subject on which claims disagree, listing the sides involved (claims that
/// assert or deny the same thing) with the claims of each, the side with most claims first (see
/// <see cref="Disagreements"/>). It stands at the first claim of the second side listed.
/// </remarks>
internal sealed class ContradictoryClaimsRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ContradictoryClaims;

    public override void Check(ValidationContext context)
    {
        var disagreements = context.Disagreements;
        foreach (var (subject, involved) in disagreements.Others)
        {
            var ordered = Disagreements.Ordered(involved);
            var departing = ordered[1];
            var (claims, sources) = Disagreements.Count(subject, involved);
            // Why, in the words of the first contradiction between the largest side and another.
            string reason = string.Empty;
            foreach (var side in ordered)
            {
                if (side != ordered[0] && ClaimSides.Compare(ordered[0], side) == AssertionComparison.Contradicts)
                {
                    reason = Dossier.ContradictionReason(ordered[0].First, side.First) + ". ";
                    break;
                }
            }
            var ids = new List<string>();
            string sides = disagreements.Describe(subject, ordered, Says, ids);
            context.Report(Descriptor, DossierPaths.Item(DossierPaths.Claims, departing.Positions[0]) + ".assertion",
                string.Format(CultureInfo.InvariantCulture,
                    "{0} claims from {1} {2} cannot all be true: {3}The claims take {4} sides: {5}. Check them against their reports; "
                    + "if they stand as reported, keep them as attributed claims and let their credibility grades say which is more likely.",
                    claims, sources, sources == 1 ? "source" : "sources", reason, involved.Count, sides),
                ids);
        }
    }

    private static string Says(ClaimSides.Side side)
    {
        bool one = side.Positions.Count == 1;
        string verb = side.Negative ? (one ? "denies" : "deny") : (one ? "asserts" : "assert");
        return $"{verb} that {side.First.Assertion}";
    }
}
