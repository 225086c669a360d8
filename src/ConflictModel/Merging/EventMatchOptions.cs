using System;

namespace ConflictModel.Merging;

/// <summary>How the <see cref="EventMatcher"/> finds and scores pairs of events.</summary>
/// <remarks>
/// <para>Two events are candidates when their dates are at most <see cref="Days"/> days apart
/// (dates of week, month or year precision are ranges, so they reach further by themselves),
/// their types are compatible in <see cref="Types"/>, and their places are resolved as one or
/// their points lie within <see cref="Kilometres"/> once each point's imprecision is taken off
/// (5 km for "near", 25 km for a district centroid or a line, 100 km for a province centroid;
/// country centroids and places without a point are compared by place only), or one event's place is
/// a district or province that the other's place lies in, once places are resolved.</para>
/// <para>The score is 0.35 × dates (1 for the same day, 0.8 for overlapping ranges, 0.5 within
/// the tolerance) + 0.35 × place (1 for the same place; otherwise 1 − 0.5 × the distance over the tolerance
/// plus both points' imprecision, so that the nearer of two candidates scores higher; 0.3 when no
/// place can be compared; 0.5 for a place inside the other's district or province) + 0.2 × the
/// types' weight + 0.1 × actors (1 when they share a resolved actor or neither names one, 0.5 when
/// actors were not resolved, 0 when both name actors and share none), and 0.05 more when both give
/// tolls of killed that can both be true. Pairs from <see cref="MinScore"/> up are matched, best first.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record EventMatchOptions
{
    /// <summary>The options used when none are given.</summary>
    public static readonly EventMatchOptions Default = new();

    /// <summary>Gets how many days apart two dates may be. Default 1.</summary>
    public int Days { get; init; } = 1;

    /// <summary>Gets how far apart two points may be once their imprecision is taken off. Default 10 km.</summary>
    public double Kilometres { get; init; } = 10;

    /// <summary>Gets which event types may describe the same event. Default <see cref="EventTypeCompatibility.Default"/>.</summary>
    public EventTypeCompatibility Types { get; init; } = EventTypeCompatibility.Default;

    /// <summary>Gets how many events one event may be matched with. Default one to one.</summary>
    public EventMatchPolicy Policy { get; init; } = EventMatchPolicy.OneToOne;

    /// <summary>Gets the lowest score of a match. Default 0.6.</summary>
    public double MinScore { get; init; } = 0.6;

    internal EventMatchOptions Checked()
    {
        Preconditions.CheckArgument(Days is >= 0 and <= 366, nameof(Days), FormattableString.Invariant($"Days must be in [0-366]; it is {Days}."));
        Preconditions.CheckArgument(Kilometres is >= 0 and <= 1000, nameof(Kilometres), FormattableString.Invariant($"Kilometres must be in [0-1000]; it is {Kilometres}."));
        Preconditions.CheckArgument(MinScore is >= 0 and <= 1, nameof(MinScore), FormattableString.Invariant($"MinScore must be in [0-1]; it is {MinScore}."));
        Preconditions.CheckNotNull(Types);
        Preconditions.CheckDefined(Policy);
        return this;
    }
}
