using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>Where country codes stand: actors' countries and the ISO codes of places of kind country.</summary>
internal static class CountryCodeSites
{
    internal static IEnumerable<(string Code, string Path, string Id)> All(Dossier dossier)
    {
        for (int i = 0; i < dossier.Actors.Count; i++)
        {
            if (dossier.Actors[i].Country is { } country)
            {
                yield return (country, DossierPaths.Item(DossierPaths.Actors, i) + ".country", dossier.Actors[i].Id.Value);
            }
        }
        for (int i = 0; i < dossier.Places.Count; i++)
        {
            var place = dossier.Places[i];
            if (place.Kind == PlaceKind.Country && place.Codes.Iso3166 is { } code)
            {
                yield return (code, DossierPaths.Item(DossierPaths.Places, i) + ".codes.iso3166", place.Id.Value);
            }
        }
    }
}
