namespace ConflictModel.Validation.Rules;

/// <summary>CM3004: a place whose parent's kind cannot contain the place's kind.</summary>
internal sealed class ParentPlaceNotLargerRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ParentPlaceNotLarger;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        for (int i = 0; i < dossier.Places.Count; i++)
        {
            var place = dossier.Places[i];
            // A place that is its own parent is a cycle, which CM3001 reports.
            if (place.Parent is not { } parentId || parentId == place.Id || dossier.Find(parentId) is not { } parent)
            {
                continue;
            }
            if (!PlaceHierarchy.CanContain(parent.Kind, place.Kind))
            {
                context.Report(Descriptor, DossierPaths.Property(DossierPaths.Item(DossierPaths.Places, i), "parent"),
                    $"The {place.Kind} \"{place.Id}\" has as parent the {parent.Kind} \"{parent.Id}\", but a {parent.Kind} is not larger than a {place.Kind}; " +
                    $"give \"{place.Id}\" a parent of a larger kind (country ▸ governorate ▸ district ▸ subdistrict ▸ city, town or village ▸ neighbourhood, camp, base…) or correct the kinds.",
                    [place.Id.Value, parent.Id.Value], parentId.Value);
            }
        }
    }
}
