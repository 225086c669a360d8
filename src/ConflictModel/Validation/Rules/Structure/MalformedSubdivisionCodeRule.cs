using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

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
