using System;
using System.Collections.Generic;
using System.Text;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// Finds the cycles in a list of entities linked each to at most one parent by id, in time
/// linear in the list, and reports each cycle once at its first member in dossier order.
/// </summary>
internal static class ParentCycles
{
    /// <summary>The most members a message names before it shortens the cycle.</summary>
    private const int MaxNamed = 12;

    /// <summary>Reports each cycle of parent links among <paramref name="items"/>.</summary>
    /// <param name="context">The validation.</param>
    /// <param name="descriptor">The code to report.</param>
    /// <param name="collection">The name of the items' array, such as <see cref="DossierPaths.Places"/>.</param>
    /// <param name="items">The entities, in dossier order.</param>
    /// <param name="id">The id text of an entity.</param>
    /// <param name="parent">The id text an entity's link names, or null.</param>
    /// <param name="property">The link's property in the document format, such as <c>parent</c>.</param>
    /// <param name="explain">The sentences that follow the cycle: why it is wrong and how to fix it.</param>
    internal static void Report<T>(ValidationContext context, DiagnosticDescriptor descriptor, string collection, IReadOnlyList<T> items,
        Func<T, string> id, Func<T, string?> parent, string property, string explain)
    {
        foreach (var cycle in Find(items, id, parent))
        {
            var ids = new string[cycle.Count];
            for (int k = 0; k < cycle.Count; k++)
            {
                ids[k] = id(items[cycle[k]]);
            }
            context.Report(descriptor, DossierPaths.Property(DossierPaths.Item(collection, cycle[0]), property),
                $"\"{ids[0]}\" comes back to itself through {property} links: {Describe(ids)}. {explain}",
                ids, parent(items[cycle[0]]));
        }
    }

    /// <summary>
    /// Returns the cycles, each as the indexes of its members in link order starting with its
    /// smallest index, ordered by that index. A link resolves to the first item with the id; a
    /// link that does not resolve ends the chain.
    /// </summary>
    internal static List<List<int>> Find<T>(IReadOnlyList<T> items, Func<T, string> id, Func<T, string?> parent)
    {
        var firstIndex = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            firstIndex.TryAdd(id(items[i]), i);
        }

        // walk[i] is 1 + the index of the walk that first reached item i, 0 when none has; every
        // item is reached once, so the whole search is linear.
        var walk = new int[items.Count];
        var positionInWalk = new int[items.Count];
        var chain = new List<int>();
        var cycles = new List<List<int>>();
        for (int start = 0; start < items.Count; start++)
        {
            if (walk[start] != 0)
            {
                continue;
            }
            chain.Clear();
            int node = start;
            while (true)
            {
                walk[node] = start + 1;
                positionInWalk[node] = chain.Count;
                chain.Add(node);
                if (parent(items[node]) is not { } link || !firstIndex.TryGetValue(link, out int next))
                {
                    break;
                }
                if (walk[next] == start + 1)
                {
                    cycles.Add(Rotate(chain, positionInWalk[next]));
                    break;
                }
                if (walk[next] != 0)
                {
                    break;
                }
                node = next;
            }
        }
        cycles.Sort((a, b) => a[0].CompareTo(b[0]));
        return cycles;
    }

    /// <summary>Takes the cycle at the end of a chain and starts it at its smallest index.</summary>
    private static List<int> Rotate(List<int> chain, int from)
    {
        int length = chain.Count - from;
        int smallest = from;
        for (int k = from + 1; k < chain.Count; k++)
        {
            if (chain[k] < chain[smallest])
            {
                smallest = k;
            }
        }
        var cycle = new List<int>(length);
        for (int k = 0; k < length; k++)
        {
            cycle.Add(chain[from + ((smallest - from + k) % length)]);
        }
        return cycle;
    }

    /// <summary>Writes a cycle as <c>a ▸ b ▸ a</c>, shortened in the middle when it is long.</summary>
    private static string Describe(string[] ids)
    {
        var text = new StringBuilder();
        if (ids.Length <= MaxNamed)
        {
            foreach (var member in ids)
            {
                text.Append(member).Append(" ▸ ");
            }
        }
        else
        {
            for (int k = 0; k < MaxNamed - 1; k++)
            {
                text.Append(ids[k]).Append(" ▸ ");
            }
            text.Append("… ▸ ").Append(ids[^1]).Append(" ▸ ");
        }
        text.Append(ids[0]);
        if (ids.Length > MaxNamed)
        {
            text.Append(" (").Append(ids.Length).Append(" members)");
        }
        return text.ToString();
    }
}
