using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>CM2001: a reference names an id that no entity has.</summary>
internal sealed class UnresolvedReferenceRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.UnresolvedReference;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        var ids = context.Ids;
        ReferenceWalker.Walk(dossier, (IEntityId target, string owner, in ReferenceLocation at) =>
        {
            if (!dossier.Contains(target) && !ids.All(target.Value).Any())
            {
                context.Report(Descriptor, at.Path,
                    $"No {target.EntityKind} has the id \"{target.Value}\"; add the {target.EntityKind} to the dossier or correct the reference.",
                    [owner, target.Value], target.Value);
            }
        });
    }
}
