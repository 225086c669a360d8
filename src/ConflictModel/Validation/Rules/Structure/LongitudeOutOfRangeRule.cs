namespace ConflictModel.Validation.Rules;

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
