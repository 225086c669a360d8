using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>CM2001: a reference names an id that no entity has.</summary>
internal sealed class UnresolvedReferenceRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.UnresolvedReference;

    public override void Check(ValidationContext context)
    {
        foreach (var (target, owner, at) in context.DanglingReferences)
        {
            if (!context.Ids.All(target.Value).Any())
            {
                context.Report(Descriptor, at.Path,
                    $"No {target.EntityKind} has the id \"{target.Value}\"; add the {target.EntityKind} to the dossier or correct the reference.",
                    [owner, target.Value], target.Value);
            }
        }
    }
}
