using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>Where figures stand: in events and in figure assertions.</summary>
internal static class FigureSites
{
    internal static IEnumerable<(Figure Figure, string Path, string Id)> All(Dossier dossier)
    {
        for (int i = 0; i < dossier.Events.Count; i++)
        {
            var ev = dossier.Events[i];
            for (int f = 0; f < ev.Figures.Count; f++)
            {
                yield return (ev.Figures[f], DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, i), "figures", f), ev.Id.Value);
            }
        }
        for (int i = 0; i < dossier.Claims.Count; i++)
        {
            if (dossier.Claims[i].Assertion is FigureAssertion assertion)
            {
                yield return (assertion.Figure, DossierPaths.Item(DossierPaths.Claims, i) + ".assertion.figure", dossier.Claims[i].Id.Value);
            }
        }
    }
}
