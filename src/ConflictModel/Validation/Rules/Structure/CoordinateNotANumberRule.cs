namespace ConflictModel.Validation.Rules;

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
