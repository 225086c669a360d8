using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1001 and, through <see cref="IdSharedAcrossKindsRule"/>, CM1002: ids unique across the dossier.</summary>
internal sealed class DuplicateIdRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.DuplicateId;

    public override void Check(ValidationContext context)
    {
        foreach (var (id, occurrences) in context.Ids.Repeated)
        {
            foreach (var group in occurrences.GroupBy(o => o.Kind).Where(g => g.Count() > 1))
            {
                var firstPath = group.First().Path;
                foreach (var later in group.Skip(1))
                {
                    context.Report(Descriptor, later.Path + ".id",
                        $"The {group.Key} id \"{id}\" is already declared at {firstPath}; give each {group.Key} its own id.",
                        [id], id);
                }
            }
        }
    }
}
