using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM6005: a claim of fact from a party to the conflict that no claim from an independent,
/// non-party origin backs.
/// </summary>
/// <remarks>
/// <para>A source counts as a party when it, or the organisation at the root of its chain
/// (<see cref="Dossier.OriginOf"/>), is a party to the conflict. The claim must be asserted, not
/// denied, forecast or supposed; statements (<see cref="StatementAssertion"/>) are kept as what a
/// source said, not as facts, and are left out.</para>
/// <para>Only those claims are looked up with <see cref="Dossier.CorroborationOf"/>. A claim whose
/// id is declared twice is skipped, since the lookup would find the other one.</para>
/// </remarks>
internal sealed class SelfReportedClaimRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.SelfReportedClaim;

    internal override PassItems Items => PassItems.Claims;

    internal override RulePass Start(ValidationContext context) => new Pass(this, context);

    /// <summary>The rule's pass: it keeps which sources are parties and the corroboration of each subject, found once.</summary>
    private sealed class Pass : RulePass
    {
        private readonly SelfReportedClaimRule rule;
        private readonly ValidationContext context;
        private readonly Dictionary<SourceId, bool> party = [];
        private readonly Dictionary<SourceId, SourceId> origins = [];
        private readonly Corroborations corroborations;

        internal Pass(SelfReportedClaimRule rule, ValidationContext context)
        {
            this.rule = rule;
            this.context = context;
            var dossier = context.Dossier;
            corroborations = new Corroborations(dossier, other => dossier.Find(other.Id) is { } agreeing && !IsParty(dossier, party, origins, agreeing.Source));
        }

        internal override void Claim(int j, Claim claim)
        {
            var dossier = context.Dossier;
            if (!claim.IsFactual || claim.IsNegative || claim.Assertion is StatementAssertion
                || !IsParty(dossier, party, origins, claim.Source) || !dossier.IsFirstWithItsId(claim, j))
            {
                return;
            }
            // What Dossier.CorroborationOf gives, counted once per side of the claim's subject.
            var (_, agreeingCount, _, backing) = corroborations.Of(j);
            if (backing > 0)
            {
                return;
            }
            string others = agreeingCount == 0
                ? "no other claim says the same"
                : string.Format(CultureInfo.InvariantCulture,
                    "the {0} other claim(s) that say the same come from the same origin or from parties", agreeingCount);
            string source = dossier.Find(claim.Source)?.Names.Primary.Text ?? claim.Source.Value;
            string words = claim.Quote is { } quote ? string.Format(CultureInfo.InvariantCulture, " (« {0} »)", quote.Text) : string.Empty;
            context.Report(rule.Descriptor, DossierPaths.Item(DossierPaths.Claims, j),
                string.Format(CultureInfo.InvariantCulture,
                    "Claim \"{0}\"{1} is self-reported by a party to the conflict ({2}) and uncorroborated: {3}. "
                    + "Look for an independent source (a monitor, an agency's own correspondent, an intergovernmental body) and add its claim; "
                    + "until then, present it as the party's claim, not as an established fact.",
                    claim.Id, words, source, others),
                [claim.Id.Value, claim.Source.Value]);
        }
    }

    private static bool IsParty(Dossier dossier, Dictionary<SourceId, bool> cache, Dictionary<SourceId, SourceId> origins, SourceId source)
    {
        if (!cache.TryGetValue(source, out bool party))
        {
            party = dossier.Find(source)?.IsPartyToConflict == true
                || dossier.Find(dossier.CachedOriginOf(source, origins))?.IsPartyToConflict == true;
            cache[source] = party;
        }
        return party;
    }
}
