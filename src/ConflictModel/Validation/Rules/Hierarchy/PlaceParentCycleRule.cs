namespace ConflictModel.Validation.Rules;

/// <summary>CM3001: following <see cref="Place.Parent"/> comes back to the place.</summary>
internal sealed class PlaceParentCycleRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.PlaceParentCycle;

    public override void Check(ValidationContext context) =>
        ParentCycles.Report(context, Descriptor, DossierPaths.Places, context.Dossier.Places,
            p => p.Id.Value, p => p.Parent?.Value, "parent",
            "A place's parent is a larger place that contains it (town ▸ district ▸ governorate ▸ country); remove or correct one parent in the cycle.");
}
