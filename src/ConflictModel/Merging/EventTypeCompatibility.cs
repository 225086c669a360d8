using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>
/// Which event types of two inputs may describe the same event, and how strongly: the taxonomy
/// mapping between datasets, given as data. Immutable: <see cref="With"/> returns a new mapping.
/// </summary>
/// <remarks>
/// <para>A type is always compatible with itself (weight 1). <see cref="Default"/> adds the pairs
/// that ACLED and UCDP GED, imported into this model, are known to code differently: UCDP's
/// state-based and non-state violence is imported as <see cref="EventType.Battles"/> and its
/// one-sided violence as <see cref="EventType.ViolenceAgainstCivilians"/>, while ACLED calls an
/// air strike or shelling <see cref="EventType.ExplosionsRemoteViolence"/>; and a town taken
/// without a fight (<see cref="EventType.StrategicDevelopments"/>) is often reported as a battle.</para>
/// <para>Pairs are symmetric. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class EventTypeCompatibility
{
    /// <summary>Only identical types are compatible.</summary>
    public static readonly EventTypeCompatibility Identical = new(ImmutableDictionary<(EventType, EventType), double>.Empty);

    /// <summary>Identical types, and the pairs ACLED and UCDP GED code differently (weight 0.7; 0.5 for a strategic development and a battle).</summary>
    public static readonly EventTypeCompatibility Default = Identical
        .With(EventType.Battles, EventType.ExplosionsRemoteViolence, 0.7)
        .With(EventType.ExplosionsRemoteViolence, EventType.ViolenceAgainstCivilians, 0.7)
        .With(EventType.Battles, EventType.ViolenceAgainstCivilians, 0.5)
        .With(EventType.Battles, EventType.StrategicDevelopments, 0.5);

    private readonly ImmutableDictionary<(EventType, EventType), double> pairs;

    private EventTypeCompatibility(ImmutableDictionary<(EventType, EventType), double> pairs) => this.pairs = pairs;

    /// <summary>Returns a mapping where <paramref name="a"/> and <paramref name="b"/> are compatible with <paramref name="weight"/>, replacing an earlier weight for the pair; a weight of 0 makes them incompatible.</summary>
    /// <param name="a">One type.</param>
    /// <param name="b">The other type.</param>
    /// <param name="weight">How strongly the pair supports a match, in [0-1].</param>
    /// <returns>The new mapping.</returns>
    /// <exception cref="ArgumentException">A type is the default value, or <paramref name="a"/> equals <paramref name="b"/> (a type is always compatible with itself).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is outside [0-1].</exception>
    public EventTypeCompatibility With(EventType a, EventType b, double weight)
    {
        Preconditions.CheckArgument(a.Value is not null && b.Value is not null, nameof(a), "An event type is the default value.");
        Preconditions.CheckArgument(a != b, nameof(b), "A type is always compatible with itself.");
        if (!(weight is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is in [0-1].");
        }
        return weight == 0
            ? new(pairs.Remove((a, b)).Remove((b, a)))
            : new(pairs.SetItem((a, b), weight).SetItem((b, a), weight));
    }

    /// <summary>Tells how strongly two types support a match.</summary>
    /// <param name="a">One type.</param>
    /// <param name="b">The other type.</param>
    /// <returns>1 for the same type; the pair's weight; 0 when they are not compatible.</returns>
    public double Weight(EventType a, EventType b) => a == b ? 1 : pairs.GetValueOrDefault((a, b));

    /// <summary>Lists the pairs, for logs.</summary>
    /// <returns>For example <c>battles~explosions-remote-violence 0.7; …</c>, or <c>identical types only</c>.</returns>
    public override string ToString()
    {
        var listed = pairs.Where(p => string.CompareOrdinal(p.Key.Item1.Value, p.Key.Item2.Value) < 0)
            .OrderBy(p => p.Key.Item1.Value, StringComparer.Ordinal).ThenBy(p => p.Key.Item2.Value, StringComparer.Ordinal)
            .Select(p => FormattableString.Invariant($"{p.Key.Item1}~{p.Key.Item2} {p.Value}"));
        string text = string.Join("; ", listed);
        return text.Length == 0 ? "identical types only" : text;
    }
}
