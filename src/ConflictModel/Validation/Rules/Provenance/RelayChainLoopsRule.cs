using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM5002: a claim's original source among its relays, or a relay twice.</summary>
internal sealed class RelayChainLoopsRule : PassRule
{
    /// <summary>Up to this many relays, sources are compared in pairs instead of through a table: the result is the same.</summary>
    private const int FewRelays = 8;

    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.RelayChainLoops;

    internal override PassItems Items => PassItems.Claims;

    internal override RulePass Start(ValidationContext context) => new Pass(this, context);

    /// <summary>The rule's pass: it keeps one table of sources, used again for every long chain.</summary>
    private sealed class Pass(RelayChainLoopsRule rule, ValidationContext context) : RulePass
    {
        private Dictionary<SourceId, int>? seen;

        internal override void Claim(int i, Claim claim)
        {
            var relays = claim.Attribution.Relays;
            if (relays.Count == 0)
            {
                return;
            }
            bool few = relays.Count <= FewRelays;
            if (!few)
            {
                seen ??= [];
                seen.Clear();
                seen[claim.Source] = -1;
            }
            for (int r = 0; r < relays.Count; r++)
            {
                var source = relays[r].Source;
                int earlier = -2;
                if (few)
                {
                    // The one or two relays of nearly every chain are compared directly, without hashing an id.
                    if (source == claim.Source)
                    {
                        earlier = -1;
                    }
                    for (int q = 0; q < r && earlier == -2; q++)
                    {
                        if (relays[q].Source == source)
                        {
                            earlier = q;
                        }
                    }
                }
                else if (!seen!.TryGetValue(source, out earlier))
                {
                    seen[source] = r;
                    continue;
                }
                if (earlier == -2)
                {
                    continue;
                }
                var attribution = DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, i), "attribution");
                string where = earlier < 0
                    ? "is the claim's original source; a source does not relay what it says itself"
                    : $"already relays the claim at {DossierPaths.Element(attribution, "relays", earlier)}";
                context.Report(rule.Descriptor, DossierPaths.Property(DossierPaths.Element(attribution, "relays", r), "source"),
                    $"The relay \"{source}\" of the claim \"{claim.Id}\" {where}. " +
                    "List each source of the chain once, from the original source outwards (OSDH, then AFP that quotes it); remove the repeated relay.",
                    [claim.Id.Value, source.Value], source.Value);
            }
        }
    }
}
