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
