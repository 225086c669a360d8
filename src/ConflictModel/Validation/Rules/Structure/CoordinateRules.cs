namespace ConflictModel.Validation.Rules;

/// <summary>CM1005: a latitude outside [-90, 90].</summary>
internal sealed class LatitudeOutOfRangeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.LatitudeOutOfRange;

    public override void Check(ValidationContext context) =>
        PlacePoints.Check(context, (p, path, id) =>
        {
            if (double.IsFinite(p.Latitude) && p.Latitude is < -90 or > 90)
            {
                context.Report(Descriptor, path + ".latitude",
                    $"Latitude {p.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside [-90, 90]; check that latitude and longitude are not swapped.",
                    [id], p.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        });
}

/// <summary>CM1006: a longitude outside [-180, 180].</summary>
internal sealed class LongitudeOutOfRangeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.LongitudeOutOfRange;

    public override void Check(ValidationContext context) =>
        PlacePoints.Check(context, (p, path, id) =>
        {
            if (double.IsFinite(p.Longitude) && p.Longitude is < -180 or > 180)
            {
                context.Report(Descriptor, path + ".longitude",
                    $"Longitude {p.Longitude.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside [-180, 180] decimal degrees.",
                    [id], p.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        });
}

/// <summary>CM1007: a coordinate that is NaN or infinite.</summary>
internal sealed class CoordinateNotANumberRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.CoordinateNotANumber;

    public override void Check(ValidationContext context) =>
        PlacePoints.Check(context, (p, path, id) =>
        {
            foreach (var (name, value) in new[] { ("latitude", p.Latitude), ("longitude", p.Longitude) })
            {
                if (!double.IsFinite(value))
                {
                    context.Report(Descriptor, path + "." + name,
                        $"The {name} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; give a number in decimal degrees, or no point at all.",
                        [id], value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        });
}

/// <summary>Visits the point of every place that has one, with the place's path: the document format keeps latitude and longitude on the place.</summary>
internal static class PlacePoints
{
    internal static void Check(ValidationContext context, System.Action<GeoPoint, string, string> check)
    {
        var places = context.Dossier.Places;
        for (int i = 0; i < places.Count; i++)
        {
            if (places[i].Location is { } point)
            {
                check(point, DossierPaths.Item(DossierPaths.Places, i), places[i].Id.Value);
            }
        }
    }
}
