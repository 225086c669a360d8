using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1002: an id declared by entities of different kinds.</summary>
internal sealed class IdSharedAcrossKindsRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.IdSharedAcrossKinds;

    public override void Check(ValidationContext context)
    {
        foreach (var (id, occurrences) in context.Ids.Repeated)
        {
            var kinds = occurrences.GroupBy(o => o.Kind).Select(g => g.First()).ToList();
            for (int i = 1; i < kinds.Count; i++)
            {
                context.Report(Descriptor, kinds[i].Path + ".id",
                    $"The id \"{id}\" of this {kinds[i].Kind} is also the id of the {kinds[0].Kind} at {kinds[0].Path}; ids must be unique across the dossier.",
                    [id], id);
            }
        }
    }
}
