using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>CM2002: a reference names an id that belongs to an entity of another kind.</summary>
internal sealed class WrongKindReferenceRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.WrongKindReference;

    public override void Check(ValidationContext context)
    {
        foreach (var (target, owner, at) in context.DanglingReferences)
        {
            var other = context.Ids.All(target.Value).FirstOrDefault();
            if (other.Kind is not null)
            {
                context.Report(Descriptor, at.Path,
                    $"\"{target.Value}\" is the id of the {other.Kind} at {other.Path}, but a {target.EntityKind} is expected here.",
                    [owner, target.Value], target.Value);
            }
        }
    }
}
