using System.Globalization;

namespace ConflictModel.Validation.Rules;

/// <summary>CM7005: a place's point at latitude 0, longitude 0, almost always a missing value written as zero.</summary>
internal sealed class PointAtZeroRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.PointAtZero;

    public override void Check(ValidationContext context)
    {
        var places = context.Dossier.Places;
        for (int i = 0; i < places.Count; i++)
        {
            var place = places[i];
            if (place.Location is not { Latitude: 0, Longitude: 0 } point)
            {
                continue;
            }
            context.Report(Descriptor, DossierPaths.Item(DossierPaths.Places, i),
                string.Format(CultureInfo.InvariantCulture,
                    "Place \"{0}\" ({1}) has its point at latitude 0, longitude 0, in the open sea off West Africa; this is almost always "
                    + "a missing value written as zero. Give the real coordinates, or remove the point and its precision if they are unknown.",
                    place.Id, place.Names.Primary.Text),
                [place.Id.Value], point.ToString());
        }
    }
}
