using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM7006: a claim graded confirmed that no claim from an independent origin backs.</summary>
/// <remarks>
/// Only claims of fact graded <see cref="Credibility.Confirmed"/> are looked up with
/// <see cref="Dossier.CorroborationOf"/>; forecasts and suppositions are never corroborated, so
/// grading them is left to other rules. A claim whose id is declared twice is skipped, since the
/// lookup would find the other one.
/// </remarks>
internal sealed class ConfirmedWithoutIndependentSourceRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ConfirmedWithoutIndependentSource;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        var corroborations = new Corroborations(dossier, _ => true);
        for (int j = 0; j < dossier.Claims.Count; j++)
        {
            var claim = dossier.Claims[j];
            if (claim.Credibility != Credibility.Confirmed || !claim.IsFactual || !dossier.IsFirstWithItsId(claim, j))
            {
                continue;
            }
            // What Dossier.CorroborationOf gives, counted once per side of the claim's subject.
            var (claimOrigin, agreeing, dependentCount, _) = corroborations.Of(j);
            if (agreeing > dependentCount)
            {
                continue;
            }
            string origin = dossier.Find(claimOrigin)?.Names.Primary.Text ?? claimOrigin.Value;
            string dependent = dependentCount == 0
                ? "no other claim in the dossier says the same"
                : string.Format(CultureInfo.InvariantCulture,
                    "the {0} other claim(s) that say the same come from the same origin ({1}), which is not independent",
                    dependentCount, origin);
            context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, j), "credibility"),
                string.Format(CultureInfo.InvariantCulture,
                    "Claim \"{0}\" ({1}) is graded Confirmed (1), which means confirmed by independent sources, but {2}. "
                    + "Add the independent claims that confirm it, or grade it ProbablyTrue (2) or lower.",
                    claim.Id, dossier.Find(claim.Source)?.Names.Primary.Text ?? claim.Source.Value, dependent),
                [claim.Id.Value, claim.Source.Value], nameof(Credibility.Confirmed));
        }
    }
}
