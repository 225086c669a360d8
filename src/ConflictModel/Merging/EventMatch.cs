using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>Two events, one from each input, taken as the same event, with the score and the evidence.</summary>
/// <remarks>Equality compares the evidence by content. This type is immutable and thread-safe.</remarks>
public sealed record EventMatch
{
    /// <summary>Initializes a match.</summary>
    /// <param name="left">The event of the first input.</param>
    /// <param name="right">The event of the second input.</param>
    /// <param name="score">The score, in [0-1].</param>
    /// <param name="evidence">The evidence, in the order it was weighed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0-1].</exception>
    public EventMatch(EventId left, EventId right, double score, IEnumerable<MatchEvidence> evidence)
    {
        if (!(score is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score is in [0-1].");
        }
        Left = left;
        Right = right;
        Score = score;
        Evidence = ValueList<MatchEvidence>.From(Preconditions.CheckNotNull(evidence), nameof(evidence));
    }

    /// <summary>Gets the event of the first input.</summary>
    public EventId Left { get; }

    /// <summary>Gets the event of the second input.</summary>
    public EventId Right { get; }

    /// <summary>Gets how likely the two are one event, from 0 to 1; see <see cref="EventMatchOptions"/>.</summary>
    public double Score { get; }

    /// <summary>Gets the evidence: dates, place or distance, types, actors.</summary>
    public IReadOnlyList<MatchEvidence> Evidence { get; }

    /// <summary>Describes the match for logs and reports.</summary>
    /// <returns>For example <c>acled-1 = ged-7 0.93 (SameDates +0.35: …; Nearby …)</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} = {1} {2:0.00} ({3})", Left, Right, Score, string.Join("; ", Evidence.Select(e => e.ToString())));
}
