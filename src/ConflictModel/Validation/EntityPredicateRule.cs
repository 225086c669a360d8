using System;
using System.Collections.Generic;

namespace ConflictModel.Validation;

/// <summary>A rule made of a predicate on one kind of entity: every entity for which it is false is reported.</summary>
internal sealed class EntityPredicateRule<TEntity>(DiagnosticDescriptor descriptor, Func<TEntity, bool> isValid, Func<TEntity, string> message)
    : DossierRule
    where TEntity : class
{
    public override DiagnosticDescriptor Descriptor { get; } = descriptor;

    public override void Check(ValidationContext context)
    {
        var (collection, items) = DossierPaths.CollectionOf<TEntity>(context.Dossier);
        for (int i = 0; i < items.Count; i++)
        {
            var entity = items[i];
            if (!isValid(entity))
            {
                context.Report(Descriptor, DossierPaths.Item(collection, i), message(entity), [DossierPaths.IdOf(entity)]);
            }
        }
    }
}
