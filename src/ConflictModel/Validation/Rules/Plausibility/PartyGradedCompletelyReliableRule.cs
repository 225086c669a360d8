using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM7007: a source that is a party to the conflict, graded A (completely reliable).</summary>
internal sealed class PartyGradedCompletelyReliableRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.PartyGradedCompletelyReliable;

    public override void Check(ValidationContext context)
    {
        var sources = context.Dossier.Sources;
        for (int i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (!source.IsPartyToConflict || source.Reliability != Reliability.A)
            {
                continue;
            }
            context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Sources, i), "reliability"),
                string.Format(CultureInfo.InvariantCulture,
                    "Source \"{0}\" ({1}) is a party to the conflict but graded A (completely reliable); a side speaking of its own war "
                    + "is rarely beyond doubt. Grade it on its record (B to E), or F when there is no basis to judge.",
                    source.Id, source.Names.Primary.Text),
                [source.Id.Value], nameof(Reliability.A));
        }
    }
}
