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
    private static readonly (string Kind, string Collection)[] Kinds =
    [
        (EntityKinds.Actor, DossierPaths.Actors), (EntityKinds.Alliance, DossierPaths.Alliances), (EntityKinds.Relation, DossierPaths.Relations),
        (EntityKinds.Place, DossierPaths.Places), (EntityKinds.Source, DossierPaths.Sources), (EntityKinds.Report, DossierPaths.Reports),
        (EntityKinds.Claim, DossierPaths.Claims), (EntityKinds.Event, DossierPaths.Events),
    ];

    // The first declaration of each id as its kind's place in Kinds (high half) and the entity's
    // index (low half): an entry of the table is then 24 bytes instead of 40. Null when every id
    // is distinct: the dossier's own lookups then answer.
    private readonly Dictionary<string, long>? first;
    private readonly Dictionary<string, List<IdOccurrence>> repeated = new(StringComparer.Ordinal);
    private readonly Dossier dossier;

    internal IdTable(Dossier dossier)
    {
        this.dossier = dossier;
        // Most dossiers declare each id once; telling so costs fewer lookups than the table of
        // every id, which is made only for the others.
        if (dossier.IdsAreDistinct())
        {
            return;
        }
        first = new(dossier.Actors.Count + dossier.Alliances.Count + dossier.Relations.Count + dossier.Places.Count
            + dossier.Sources.Count + dossier.Reports.Count + dossier.Claims.Count + dossier.Events.Count, StringComparer.Ordinal);
        Add(dossier.Actors, 0, a => a.Id.Value);
        Add(dossier.Alliances, 1, a => a.Id.Value);
        Add(dossier.Relations, 2, r => r.Id.Value);
        Add(dossier.Places, 3, p => p.Id.Value);
        Add(dossier.Sources, 4, s => s.Id.Value);
        Add(dossier.Reports, 5, r => r.Id.Value);
        Add(dossier.Claims, 6, c => c.Id.Value);
        Add(dossier.Events, 7, e => e.Id.Value);
    }

    /// <summary>Gets the ids declared more than once, each with all its declarations in dossier order.</summary>
    internal IEnumerable<KeyValuePair<string, List<IdOccurrence>>> Repeated => repeated;

    /// <summary>Gets every distinct id text.</summary>
    internal IEnumerable<string> Ids => first?.Keys ?? DistinctIds();

    /// <summary>Returns the first declaration of an id text that the dossier declares.</summary>
    internal IdOccurrence First(string id) => Unpack(first is null ? Find(id) : first[id]);

    /// <summary>Returns every declaration of an id text, in dossier order.</summary>
    internal IEnumerable<IdOccurrence> All(string id)
    {
        long head = -1;
        if (first is null ? (head = Find(id)) < 0 : !first.TryGetValue(id, out head))
        {
            yield break;
        }
        yield return Unpack(head);
        if (repeated.TryGetValue(id, out var rest))
        {
            for (int i = 1; i < rest.Count; i++)
            {
                yield return rest[i];
            }
        }
    }

    private IEnumerable<string> DistinctIds()
    {
        for (int kind = 0; kind < Kinds.Length; kind++)
        {
            foreach (string id in dossier.IdsOf(kind))
            {
                yield return id;
            }
        }
    }

    /// <summary>Returns the packed declaration of an id text in a dossier whose ids are distinct, or -1.</summary>
    private long Find(string id)
    {
        int kind = dossier.KindOf(id);
        return kind < 0 ? -1 : ((long)kind << 32) | (uint)dossier.PositionOf(kind, id);
    }

    private static IdOccurrence Unpack(long packed)
    {
        var (kind, collection) = Kinds[(int)(packed >> 32)];
        return new IdOccurrence(kind, collection, (int)(packed & 0xFFFF_FFFF));
    }

    private void Add<T>(IReadOnlyList<T> items, int kind, Func<T, string> id)
    {
        for (int i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (first!.TryAdd(key, ((long)kind << 32) | (uint)i))
            {
                continue;
            }
            if (!repeated.TryGetValue(key, out var list))
            {
                repeated[key] = list = [Unpack(first[key])];
            }
            list.Add(new IdOccurrence(Kinds[kind].Kind, Kinds[kind].Collection, i));
        }
    }
}
