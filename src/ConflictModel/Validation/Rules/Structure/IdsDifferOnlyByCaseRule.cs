using System;
using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1003: two distinct ids that differ only by letter case.</summary>
internal sealed class IdsDifferOnlyByCaseRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.IdsDifferOnlyByCase;

    public override void Check(ValidationContext context)
    {
        // Ids are ASCII (EntityIdSyntax), so ordinal case folding is exact.
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in context.Ids.Ids)
        {
            if (!seen.TryAdd(id, id))
            {
                var other = seen[id];
                var first = context.Ids.First(other);
                var here = context.Ids.First(id);
                context.Report(Descriptor, here.Path + ".id",
                    $"The id \"{id}\" differs only by case from \"{other}\" (the {first.Kind} at {first.Path}); rename one so that they differ by more than case.",
                    [other, id], id);
            }
        }
    }
}
