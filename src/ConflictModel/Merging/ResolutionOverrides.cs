using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConflictModel.Merging;

/// <summary>
/// A person's decisions that the resolver follows over its own: "these two are the same",
/// "these two are never the same". Immutable: each method returns a new set.
/// </summary>
/// <remarks>
/// <para>An incoming entity with a "same" decision is resolved to its target whatever the scores
/// say; a "never" decision takes the target out of the incoming entity's choice (it is still
/// listed, with a score of 0 and the evidence <see cref="MatchEvidenceKind.UserNeverSame"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ResolutionOverrides
{
    /// <summary>No decisions.</summary>
    public static readonly ResolutionOverrides None = new(ImmutableDictionary<(string, string), string>.Empty, ImmutableHashSet<(string, string, string)>.Empty);

    // Keyed by (entity kind, incoming id): the target id. Never: (entity kind, incoming id, target id).
    private readonly ImmutableDictionary<(string Kind, string Incoming), string> same;
    private readonly ImmutableHashSet<(string Kind, string Incoming, string Target)> never;

    private ResolutionOverrides(ImmutableDictionary<(string, string), string> same, ImmutableHashSet<(string, string, string)> never)
    {
        this.same = same;
        this.never = never;
    }

    /// <summary>Gets how many decisions the set holds.</summary>
    public int Count => same.Count + never.Count;

    /// <summary>Returns a set where <paramref name="incoming"/> is <paramref name="target"/>, replacing any earlier "same" decision for it.</summary>
    /// <typeparam name="TId">The kind of id.</typeparam>
    /// <param name="incoming">The incoming entity.</param>
    /// <param name="target">The known entity it is.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public ResolutionOverrides Same<TId>(TId incoming, TId target)
        where TId : struct, IEntityId, IEquatable<TId> =>
        new(same.SetItem((incoming.EntityKind, Text(incoming, nameof(incoming))), Text(target, nameof(target))), never);

    /// <summary>Returns a set where <paramref name="incoming"/> is never <paramref name="target"/>.</summary>
    /// <typeparam name="TId">The kind of id.</typeparam>
    /// <param name="incoming">The incoming entity.</param>
    /// <param name="target">A known entity it is not.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">An id is the default value.</exception>
    public ResolutionOverrides Never<TId>(TId incoming, TId target)
        where TId : struct, IEntityId, IEquatable<TId> =>
        new(same, never.Add((incoming.EntityKind, Text(incoming, nameof(incoming)), Text(target, nameof(target)))));

    internal string? SameTarget(string kind, string incoming) => same.TryGetValue((kind, incoming), out string? target) ? target : null;

    internal bool IsNever(string kind, string incoming, string target) => never.Contains((kind, incoming, target));

    private static string Text<TId>(TId id, string paramName)
        where TId : struct, IEntityId
    {
        Preconditions.CheckArgument(!id.IsDefault, paramName, "The id is the default value, which identifies nothing.");
        return id.Value;
    }

    /// <summary>Lists the decisions for logs.</summary>
    /// <returns>For example <c>2 decisions (1 same, 1 never)</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Count} decision{(Count == 1 ? string.Empty : "s")} ({same.Count} same, {never.Count} never)");
}
