using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>What the resolver decided for one incoming entity, and the candidates it weighed.</summary>
/// <typeparam name="TId">The kind of id: <see cref="ActorId"/> or <see cref="PlaceId"/>.</typeparam>
/// <remarks>Equality compares the candidates by content. This type is immutable and thread-safe.</remarks>
public sealed record Resolution<TId>
    where TId : struct, IEntityId, IEquatable<TId>
{
    /// <summary>Initializes a resolution.</summary>
    /// <param name="incoming">The incoming entity's id.</param>
    /// <param name="decision">What was decided.</param>
    /// <param name="target">The known entity it is, when <paramref name="decision"/> is <see cref="ResolutionDecision.Same"/>; otherwise null.</param>
    /// <param name="candidates">The candidates, best first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is given without the decision <see cref="ResolutionDecision.Same"/>, or missing with it.</exception>
    public Resolution(TId incoming, ResolutionDecision decision, TId? target, IEnumerable<ResolutionCandidate<TId>> candidates)
    {
        Preconditions.CheckDefined(decision);
        Preconditions.CheckArgument(target.HasValue == (decision == ResolutionDecision.Same), nameof(target),
            "A target is given exactly when the decision is Same.");
        Incoming = incoming;
        Decision = decision;
        Target = target;
        Candidates = ValueList<ResolutionCandidate<TId>>.From(Preconditions.CheckNotNull(candidates), nameof(candidates));
    }

    /// <summary>Gets the incoming entity's id.</summary>
    public TId Incoming { get; }

    /// <summary>Gets what was decided.</summary>
    public ResolutionDecision Decision { get; }

    /// <summary>Gets the known entity the incoming one is, when <see cref="Decision"/> is <see cref="ResolutionDecision.Same"/>.</summary>
    public TId? Target { get; }

    /// <summary>Gets the candidates that scored at least <see cref="EntityResolverOptions.ListedScore"/>, best first (ties by id).</summary>
    public IReadOnlyList<ResolutionCandidate<TId>> Candidates { get; }

    /// <summary>Describes the resolution for logs and reports.</summary>
    /// <returns>For example <c>abu-kamal: Same boukamal [boukamal 0.80 (…)]</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1}{2} [{3}]", Incoming.Value, Decision,
            Target is { } t ? " " + t.Value : string.Empty, string.Join(" | ", Candidates.Select(c => c.ToString())));
}
