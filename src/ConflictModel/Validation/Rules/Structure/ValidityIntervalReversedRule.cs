using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1011: a membership's or relation's validity that starts after it ends.</summary>
internal sealed class ValidityIntervalReversedRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ValidityIntervalReversed;

    public override void Check(ValidationContext context)
    {
        var d = context.Dossier;
        for (int i = 0; i < d.Alliances.Count; i++)
        {
            var alliance = d.Alliances[i];
            for (int m = 0; m < alliance.Memberships.Count; m++)
            {
                Check(context, alliance.Memberships[m].Validity,
                    DossierPaths.Element(DossierPaths.Item(DossierPaths.Alliances, i), "memberships", m) + ".validity",
                    [alliance.Id.Value, alliance.Memberships[m].Actor.Value]);
            }
        }
        for (int i = 0; i < d.Relations.Count; i++)
        {
            Check(context, d.Relations[i].Validity, DossierPaths.Item(DossierPaths.Relations, i) + ".validity", [d.Relations[i].Id.Value]);
        }
    }

    private void Check(ValidationContext context, ValidityInterval validity, string path, IReadOnlyList<string> ids)
    {
        if (!validity.IsOrdered)
        {
            context.Report(Descriptor, path,
                $"The validity {validity} starts after it ends; swap the dates, or leave an end open if it is unknown.", ids, validity.ToString());
        }
    }
}
