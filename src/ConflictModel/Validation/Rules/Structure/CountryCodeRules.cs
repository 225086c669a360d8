using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1008: a country code that is not two upper-case letters.</summary>
internal sealed class MalformedCountryCodeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.MalformedCountryCode;

    public override void Check(ValidationContext context)
    {
        foreach (var (code, path, id) in CountryCodeSites.All(context.Dossier))
        {
            if (!CountryCodes.IsWellFormed(code))
            {
                string hint = code.Length == 2 ? $" (did you mean \"{code.ToUpperInvariant()}\"?)" : string.Empty;
                context.Report(Descriptor, path,
                    $"\"{code}\" is not an ISO 3166-1 alpha-2 country code; use two upper-case letters such as \"SY\" or \"IQ\"{hint}.",
                    [id], code);
            }
        }
    }
}

/// <summary>CM1009: a well-formed country code that no country has.</summary>
internal sealed class UnknownCountryCodeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.UnknownCountryCode;

    public override void Check(ValidationContext context)
    {
        foreach (var (code, path, id) in CountryCodeSites.All(context.Dossier))
        {
            if (CountryCodes.IsWellFormed(code) && !CountryCodes.IsAssigned(code))
            {
                context.Report(Descriptor, path,
                    $"\"{code}\" is not an assigned ISO 3166-1 alpha-2 code; check the code (Syria is SY, Iraq IQ, Lebanon LB).",
                    [id], code);
            }
        }
    }
}

/// <summary>CM1010: the ISO code of a place that is not a country is not ISO 3166-2.</summary>
internal sealed class MalformedSubdivisionCodeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.MalformedSubdivisionCode;

    public override void Check(ValidationContext context)
    {
        var places = context.Dossier.Places;
        for (int i = 0; i < places.Count; i++)
        {
            var place = places[i];
            if (place.Kind != PlaceKind.Country && place.Codes.Iso3166 is { } code && !CountryCodes.IsWellFormedSubdivision(code))
            {
                context.Report(Descriptor, DossierPaths.Item(DossierPaths.Places, i) + ".codes.iso3166",
                    $"\"{code}\" is not an ISO 3166-2 code; a {place.Kind} takes its country's code, a hyphen and 1 to 3 letters or digits, such as \"SY-DY\".",
                    [place.Id.Value], code);
            }
        }
    }
}

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
