using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Merging;

namespace ConflictModel.Cli.Merging;

/// <summary>
/// Turns a <see cref="MergeMapping"/> into the merger's <see cref="ResolutionOverrides"/>, given the inputs in order.
/// </summary>
/// <remarks>
/// The merger's decisions are directed: the incoming entity is one of a later input, its target one an earlier input
/// brought. A person writes pairs in either order and chains them (a is b, b is c), so the pairs of "same" are joined
/// into groups, and every member of a group is sent to the member of the earliest input. "Never" holds both ways.
/// What the mapping asks for and cannot happen (an id no input has; two entities of one input, which are never merged
/// with each other) is told as a warning, not an error: a mapping may serve many merges.
/// </remarks>
internal sealed class MappingOverrides
{
    private readonly MergeMapping mapping;
    private readonly Dictionary<(string Kind, string Id), int> firstInput = [];

    private MappingOverrides(MergeMapping mapping, IReadOnlyList<Dossier> inputs)
    {
        this.mapping = mapping;
        for (int k = 0; k < inputs.Count; k++)
        {
            foreach (var actor in inputs[k].Actors)
            {
                firstInput.TryAdd(("actor", actor.Id.Value), k);
            }
            foreach (var place in inputs[k].Places)
            {
                firstInput.TryAdd(("place", place.Id.Value), k);
            }
        }
    }

    /// <summary>Gets the overrides for the merger.</summary>
    public ResolutionOverrides Overrides { get; private set; } = ResolutionOverrides.None;

    /// <summary>Gets what the mapping asks for that cannot happen, one sentence each, naming the pair.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Builds the overrides of a mapping for these inputs.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="inputs">The inputs, in the order they are merged.</param>
    /// <param name="inputName">The name of an input by its position, for warnings.</param>
    public static MappingOverrides Build(MergeMapping mapping, IReadOnlyList<Dossier> inputs, Func<int, string> inputName)
    {
        var built = new MappingOverrides(mapping, inputs);
        built.AddSame(inputName);
        built.AddNever();
        return built;
    }

    /// <summary>Tells, after the merge, the pairs whose decision the result does not show.</summary>
    /// <param name="result">The merge.</param>
    /// <returns>One sentence per pair: "same" pairs kept apart, "never" pairs merged.</returns>
    public IEnumerable<string> Unfollowed(DossierMergeResult result)
    {
        foreach (var pair in mapping.Same.Where(Known))
        {
            string? a = MergedId(result, pair.First), b = MergedId(result, pair.Second);
            if (a is not null && b is not null && a != b)
            {
                yield return $"{pair.Path}: {pair.First} and {pair.Second} were kept apart (as {a} and {b}); see the ambiguities and the entities' ids.";
            }
        }
        foreach (var pair in mapping.Never.Where(Known))
        {
            string? a = MergedId(result, pair.First), b = MergedId(result, pair.Second);
            if (a is not null && a == b)
            {
                yield return $"{pair.Path}: {pair.First} and {pair.Second} were merged as {a} (the same id and content in the inputs is one entity).";
            }
        }
    }

    private bool Known(MappedPair pair) => firstInput.ContainsKey(Key(pair.First)) && firstInput.ContainsKey(Key(pair.Second));

    private string? MergedId(DossierMergeResult result, MappedEntity entity) =>
        firstInput.TryGetValue(Key(entity), out int k)
            ? entity.Kind == "actor" ? result.MergedId(k, new ActorId(entity.Id)) : result.MergedId(k, new PlaceId(entity.Id))
            : null;

    private static (string, string) Key(MappedEntity entity) => (entity.Kind, entity.Id);

    private void AddSame(Func<int, string> inputName)
    {
        // Groups of pairs joined by a shared member; each group's root is its member of the earliest input.
        var parent = new Dictionary<(string, string), (string, string)>();
        (string, string) Find((string, string) x)
        {
            while (parent.TryGetValue(x, out var up) && up != x)
            {
                x = up;
            }
            return x;
        }
        var order = new List<(string, string)>();
        foreach (var pair in mapping.Same)
        {
            if (!CheckKnown(pair))
            {
                continue;
            }
            foreach (var member in new[] { Key(pair.First), Key(pair.Second) })
            {
                if (parent.TryAdd(member, member))
                {
                    order.Add(member);
                }
            }
            var a = Find(Key(pair.First));
            var b = Find(Key(pair.Second));
            if (a != b)
            {
                // The root stays the member of the earlier input; of one input, the one named first.
                if (firstInput[b] < firstInput[a])
                {
                    (a, b) = (b, a);
                }
                parent[b] = a;
            }
        }
        foreach (var member in order)
        {
            var root = Find(member);
            if (member == root)
            {
                continue;
            }
            if (firstInput[member] == firstInput[root])
            {
                Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{member.Item1}:{member.Item2} and {root.Item1}:{root.Item2} are both in input {firstInput[root] + 1} ({inputName(firstInput[root])}); entities of one input are not merged with each other, so they stay apart."));
                continue;
            }
            Overrides = member.Item1 == "actor"
                ? Overrides.Same(new ActorId(member.Item2), new ActorId(root.Item2))
                : Overrides.Same(new PlaceId(member.Item2), new PlaceId(root.Item2));
        }
    }

    private void AddNever()
    {
        foreach (var pair in mapping.Never)
        {
            if (!CheckKnown(pair))
            {
                continue;
            }
            string a = pair.First.Id, b = pair.Second.Id;
            Overrides = pair.First.Kind == "actor"
                ? Overrides.Never(new ActorId(a), new ActorId(b)).Never(new ActorId(b), new ActorId(a))
                : Overrides.Never(new PlaceId(a), new PlaceId(b)).Never(new PlaceId(b), new PlaceId(a));
        }
    }

    private bool CheckKnown(MappedPair pair)
    {
        var missing = new[] { pair.First, pair.Second }.Where(e => !firstInput.ContainsKey(Key(e))).ToList();
        if (missing.Count == 0)
        {
            return true;
        }
        Warnings.Add($"{pair.Path}: no input has {string.Join(" or ", missing)}; the pair is left out.");
        return false;
    }
}
