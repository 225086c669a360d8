using System;
using System.Collections.Generic;

namespace ConflictModel.Merging;

/// <summary>What the merger decided for one input: how its actors and places resolved, and which of its events matched.</summary>
/// <remarks>
/// Incoming ids are the input's; targets and the matches' left events are merged ids. An entity or
/// event that is the same id with the same content as one an earlier input brought is taken as it,
/// with the evidence <see cref="MatchEvidenceKind.SameRecord"/>. Equality compares the lists by
/// content. This type is immutable and thread-safe.
/// </remarks>
public sealed record DossierMergeStep
{
    /// <summary>Initializes a step.</summary>
    /// <param name="input">The input's position, from 0.</param>
    /// <param name="actors">How the input's actors resolved.</param>
    /// <param name="places">How the input's places resolved.</param>
    /// <param name="events">Which of the input's events matched merged events.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is negative.</exception>
    public DossierMergeStep(int input, IEnumerable<Resolution<ActorId>> actors, IEnumerable<Resolution<PlaceId>> places, EventMatchResult events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(input);
        Input = input;
        Actors = ValueList<Resolution<ActorId>>.From(Preconditions.CheckNotNull(actors), nameof(actors));
        Places = ValueList<Resolution<PlaceId>>.From(Preconditions.CheckNotNull(places), nameof(places));
        Events = Preconditions.CheckNotNull(events);
    }

    /// <summary>Gets the input's position, from 0.</summary>
    public int Input { get; }

    /// <summary>Gets how the input's actors resolved against those already merged.</summary>
    public IReadOnlyList<Resolution<ActorId>> Actors { get; }

    /// <summary>Gets how the input's places resolved against those already merged.</summary>
    public IReadOnlyList<Resolution<PlaceId>> Places { get; }

    /// <summary>Gets the matches of the input's events (right) with merged events (left), and the events left unmatched.</summary>
    public EventMatchResult Events { get; }

    /// <summary>Summarises the step.</summary>
    /// <returns>For example <c>input 1: 12 matches; 0 and 3 events unmatched</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"input {Input}: {Events}");
}
