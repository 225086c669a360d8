using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM7006: a claim graded confirmed that no claim from an independent origin backs.</summary>
/// <remarks>
/// Only claims of fact graded <see cref="Credibility.Confirmed"/> are looked up with
/// <see cref="Dossier.CorroborationOf"/>; forecasts and suppositions are never corroborated, so
/// grading them is left to other rules. A claim whose id is declared twice is skipped, since the
/// lookup would find the other one.
/// </remarks>
internal sealed class ConfirmedWithoutIndependentSourceRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ConfirmedWithoutIndependentSource;

    internal override PassItems Items => PassItems.Claims;

    internal override RulePass Start(ValidationContext context) => new Pass(this, context);

    /// <summary>The rule's pass: it keeps the corroboration of each subject, counted once for all its Confirmed claims.</summary>
    private sealed class Pass(ConfirmedWithoutIndependentSourceRule rule, ValidationContext context) : RulePass
    {
        private readonly Corroborations corroborations = new(context.Dossier, _ => true);

        internal override void Claim(int j, Claim claim)
        {
            var dossier = context.Dossier;
            if (claim.Credibility != Credibility.Confirmed || !claim.IsFactual || !dossier.IsFirstWithItsId(claim, j))
            {
                return;
            }
            // What Dossier.CorroborationOf gives, counted once per side of the claim's subject.
            var (claimOrigin, agreeing, dependentCount, _) = corroborations.Of(j);
            if (agreeing > dependentCount)
            {
                return;
            }
            string origin = dossier.Find(claimOrigin)?.Names.Primary.Text ?? claimOrigin.Value;
            string dependent = dependentCount == 0
                ? "no other claim in the dossier says the same"
                : string.Format(CultureInfo.InvariantCulture,
                    "the {0} other claim(s) that say the same come from the same origin ({1}), which is not independent",
                    dependentCount, origin);
            context.Report(rule.Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, j), "credibility"),
                string.Format(CultureInfo.InvariantCulture,
                    "Claim \"{0}\" ({1}) is graded Confirmed (1), which means confirmed by independent sources, but {2}. "
                    + "Add the independent claims that confirm it, or grade it ProbablyTrue (2) or lower.",
                    claim.Id, dossier.Find(claim.Source)?.Names.Primary.Text ?? claim.Source.Value, dependent),
                [claim.Id.Value, claim.Source.Value], nameof(Credibility.Confirmed));
        }
    }
}
