using System;
using System.Collections.Generic;

namespace ConflictModel.Validation;

/// <summary>Where an id is declared: the kind of entity and the entity's place in its array.</summary>
internal readonly record struct IdOccurrence(string Kind, string Collection, int Index)
{
    internal string Path => DossierPaths.Item(Collection, Index);
}

/// <summary>
/// Every id declared in a dossier and where: the first declaration of each id text, and the
/// later ones for the few ids declared more than once. Built once per validation.
/// </summary>
internal sealed class IdTable
{
    private readonly Dictionary<string, IdOccurrence> first;
    private readonly Dictionary<string, List<IdOccurrence>> repeated = new(StringComparer.Ordinal);

    internal IdTable(Dossier dossier)
    {
        first = new(dossier.Actors.Count + dossier.Alliances.Count + dossier.Relations.Count + dossier.Places.Count
            + dossier.Sources.Count + dossier.Reports.Count + dossier.Claims.Count + dossier.Events.Count, StringComparer.Ordinal);
        Add(dossier.Actors, "actor", DossierPaths.Actors, a => a.Id.Value);
        Add(dossier.Alliances, "alliance", DossierPaths.Alliances, a => a.Id.Value);
        Add(dossier.Relations, "relation", DossierPaths.Relations, r => r.Id.Value);
        Add(dossier.Places, "place", DossierPaths.Places, p => p.Id.Value);
        Add(dossier.Sources, "source", DossierPaths.Sources, s => s.Id.Value);
        Add(dossier.Reports, "report", DossierPaths.Reports, r => r.Id.Value);
        Add(dossier.Claims, "claim", DossierPaths.Claims, c => c.Id.Value);
        Add(dossier.Events, "event", DossierPaths.Events, e => e.Id.Value);
    }

    /// <summary>Gets the ids declared more than once, each with all its declarations in dossier order.</summary>
    internal IEnumerable<KeyValuePair<string, List<IdOccurrence>>> Repeated => repeated;

    /// <summary>Gets every distinct id text.</summary>
    internal IEnumerable<string> Ids => first.Keys;

    /// <summary>Returns the first declaration of an id text that the dossier declares.</summary>
    internal IdOccurrence First(string id) => first[id];

    /// <summary>Returns every declaration of an id text, in dossier order.</summary>
    internal IEnumerable<IdOccurrence> All(string id)
    {
        if (!first.TryGetValue(id, out var head))
        {
            yield break;
        }
        yield return head;
        if (repeated.TryGetValue(id, out var rest))
        {
            for (int i = 1; i < rest.Count; i++)
            {
                yield return rest[i];
            }
        }
    }

    private void Add<T>(IReadOnlyList<T> items, string kind, string collection, Func<T, string> id)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            var occurrence = new IdOccurrence(kind, collection, i);
            if (first.TryAdd(key, occurrence))
            {
                continue;
            }
            if (!repeated.TryGetValue(key, out var list))
            {
                repeated[key] = list = [first[key]];
            }
            list.Add(occurrence);
        }
    }
}
