using System;
using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1003: two distinct ids that differ only by letter case.</summary>
internal sealed class IdsDifferOnlyByCaseRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.IdsDifferOnlyByCase;

    public override void Check(ValidationContext context)
    {
        // Ids are ASCII (EntityIdSyntax), so ordinal case folding is exact, and two distinct ids
        // without a capital letter (or any letter beyond ASCII) cannot differ only by case: most dossiers need no second table.
        // The dossier's lookups of entities by id noted it when they were made, with each text at hand.
        if (!context.Dossier.AnyIdWithCapital || !AnyCapital(context.Ids.Ids))
        {
            return;
        }
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

    private static bool AnyCapital(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            // Vectorized: a capital, or any character beyond ASCII.
            var text = id.AsSpan();
            if (text.IndexOfAnyInRange('A', 'Z') >= 0 || !System.Text.Ascii.IsValid(text))
            {
                return true;
            }
        }
        return false;
    }
}
