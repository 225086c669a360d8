using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Merging;

/// <summary>The events of two inputs that were matched, and those that were not.</summary>
/// <remarks>Equality compares the lists by content. This type is immutable and thread-safe.</remarks>
public sealed record EventMatchResult
{
    internal EventMatchResult(IEnumerable<EventMatch> matches, IEnumerable<EventId> unmatchedLeft, IEnumerable<EventId> unmatchedRight)
    {
        Matches = ValueList<EventMatch>.From(matches, nameof(matches));
        UnmatchedLeft = ValueList<EventId>.From(unmatchedLeft, nameof(unmatchedLeft));
        UnmatchedRight = ValueList<EventId>.From(unmatchedRight, nameof(unmatchedRight));
    }

    /// <summary>Gets the matches, in the order of the first input's events (then the second's).</summary>
    public IReadOnlyList<EventMatch> Matches { get; }

    /// <summary>Gets the first input's events that no match took, in input order.</summary>
    public IReadOnlyList<EventId> UnmatchedLeft { get; }

    /// <summary>Gets the second input's events that no match took, in input order.</summary>
    public IReadOnlyList<EventId> UnmatchedRight { get; }

    /// <summary>Summarises the result.</summary>
    /// <returns>For example <c>12 matches; 3 and 5 events unmatched</c>.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} match{1}; {2} and {3} events unmatched",
        Matches.Count, Matches.Count == 1 ? string.Empty : "es", UnmatchedLeft.Count, UnmatchedRight.Count);
}
