using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>A known entity that an incoming one may be, with its score and the evidence behind it.</summary>
/// <typeparam name="TId">The kind of id: <see cref="ActorId"/> or <see cref="PlaceId"/>.</typeparam>
/// <remarks>Equality compares the evidence by content. This type is immutable and thread-safe.</remarks>
public sealed record ResolutionCandidate<TId>
    where TId : struct, IEntityId, IEquatable<TId>
{
    /// <summary>Initializes a candidate.</summary>
    /// <param name="target">The known entity's id.</param>
    /// <param name="score">The score, in [0-1].</param>
    /// <param name="evidence">The evidence, in the order it was weighed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0-1].</exception>
    public ResolutionCandidate(TId target, double score, IEnumerable<MatchEvidence> evidence)
    {
        if (!(score is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score is in [0-1].");
        }
        Target = target;
        Score = score;
        Evidence = ValueList<MatchEvidence>.From(Preconditions.CheckNotNull(evidence), nameof(evidence));
    }

    /// <summary>Gets the known entity's id.</summary>
    public TId Target { get; }

    /// <summary>Gets how likely the two are one, from 0 to 1; see <see cref="EntityResolverOptions"/> for what decides.</summary>
    public double Score { get; }

    /// <summary>Gets the evidence for and against, in the order it was weighed.</summary>
    public IReadOnlyList<MatchEvidence> Evidence { get; }

    /// <summary>Describes the candidate for logs and reports.</summary>
    /// <returns>For example <c>boukamal 0.90 (SameKey +0.90: …; Nearby +0.10: 1.2 km apart)</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1:0.00} ({2})", Target.Value, Score, string.Join("; ", Evidence.Select(e => e.ToString())));
}
