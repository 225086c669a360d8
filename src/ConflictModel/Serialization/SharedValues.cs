using System;
using System.Collections.Generic;

namespace ConflictModel.Serialization;

/// <summary>
/// The small immutable values a reader met last (participants, attributions, relays, figures,
/// wordings), so that the many events and claims of a document that repeat one hold one instance.
/// </summary>
/// <remarks>
/// A fixed number of slots in sets of two, each set holding the last two values whose hash fell in
/// it: a value met again while it is still in its set is shared, and not even made (the reader asks
/// for it by its members), one pushed out by others is made again. Memory stays bounded whatever the
/// document holds, and finding a value costs one hash and at most two comparisons.
/// The hash and the comparison look at every member that makes the value (a figure's subject and
/// period included: figures that differ only in whose people or which days they count are not
/// equal), with its strings compared by reference first (the reader gives equal ids and terms one
/// string), not through the record's own equality.
/// Values with extension data are not shared.
/// </remarks>
internal sealed class SharedValues
{
    private const int MinSlots = 1 << 6;

    // 512 KB of slots, which stay in the processor's cache: a larger table (up to 2^21 slots, 16 MB)
    // shared a little more (1,117 bytes an event at 1,000,000 events against 1,128) but made every
    // look a miss of the cache, and reading 50,000 events took about 8% longer.
    private const int MaxSlots = 1 << 16;

    private readonly object?[] slots;
    private readonly int mask;

    /// <summary>Makes the slots for a document of the given length: about one for every 32 bytes, at most 2^16 (512 KB).</summary>
    internal SharedValues(int documentBytes)
    {
        int wanted = Math.Clamp(documentBytes / 32, MinSlots, MaxSlots);
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)wanted);
        slots = new object?[size];
        mask = size - 2;
    }

    /// <summary>The participant of an actor in a role, the one met before when it is still known.</summary>
    internal Participant Participant(ActorId actor, ParticipantRole role) =>
        Shared((actor, role), HashCode.Combine(1, Hash(actor.Value), Hash(role.Value)),
            static (known, key) => Same(known.Actor.Value, key.actor.Value) && Same(known.Role.Value, key.role.Value),
            static key => new Participant(key.actor, key.role));

    /// <summary>The relay by a source, the one met before when it is still known.</summary>
    internal Relay Relay(SourceId source, ReportId? report) =>
        Shared((source, report), HashCode.Combine(2, Hash(source.Value), Hash(report?.Value)),
            static (known, key) => Same(known.Source.Value, key.source.Value) && Same(known.Report?.Value, key.report?.Value),
            static key => new Relay(key.source, key.report));

    /// <summary>The wording of a source's term, the one met before when it is still known.</summary>
    internal Wording Wording(string sourceTerm, string neutralTerm) =>
        Shared((sourceTerm, neutralTerm), HashCode.Combine(3, Hash(sourceTerm), Hash(neutralTerm)),
            static (known, key) => Same(known.SourceTerm, key.sourceTerm) && Same(known.NeutralTerm, key.neutralTerm),
            static key => new Wording(key.sourceTerm, key.neutralTerm));

    /// <summary>
    /// The attribution to a source with its relays, the one met before when it is still known. The relays are a list the
    /// reader goes on using: the attribution copies them.
    /// </summary>
    internal Attribution Attribution(SourceId source, AttributionMode mode, List<Relay>? relays, FuzzyDate? statedOn)
    {
        var hash = new HashCode();
        hash.Add(4);
        hash.Add(Hash(source.Value));
        hash.Add(Hash(mode.Value));
        hash.Add(statedOn);
        int count = relays?.Count ?? 0;
        for (int i = 0; i < count; i++)
        {
            hash.Add(Hash(relays![i].Source.Value));
        }
        return Shared((source, mode, relays, statedOn), hash.ToHashCode(),
            static (known, key) => Same(known.Source.Value, key.source.Value) && Same(known.Mode.Value, key.mode.Value)
                && known.StatedOn == key.statedOn && SameItems(known.Relays, key.relays),
            static key => new Attribution(key.source, key.mode, key.relays, key.statedOn));
    }

    /// <summary>
    /// The figure of these members, the one met before when it is still known. Figures that differ only in whose people
    /// (the subject) or which days (the period) they count are different figures.
    /// </summary>
    internal Figure Figure(FigureKind kind, FigureValue value, FuzzyDate? asOf, string? text, FigureSubject? subject, ValidityInterval? period)
    {
        if (!value.Extensions.IsEmpty)
        {
            return new Figure(kind, value, asOf, text, subject, period);
        }
        return Shared((kind, value, asOf, text, subject, period),
            HashCode.Combine(5, Hash(kind.Value), value.GetType(), value.Best, asOf, Hash(text), period),
            static (known, key) => Same(known.Kind.Value, key.kind.Value) && known.AsOf == key.asOf && Same(known.Text, key.text)
                && known.Value.Equals(key.value) && EqualityComparer<ValidityInterval?>.Default.Equals(known.Period, key.period)
                && Equals(known.Subject, key.subject),
            static key => new Figure(key.kind, key.value, key.asOf, key.text, key.subject, key.period));
    }

    /// <summary>
    /// Gives the value of the hash's set that <paramref name="same"/> finds equal to the members in
    /// <paramref name="key"/>; otherwise makes the value (<paramref name="make"/>, whose checks may throw), keeps it first in
    /// its set (the value that was first moves second, the second is dropped) and gives it. A value met again is therefore
    /// not made at all. Only values without extension data are ever kept, so the comparison need not look at it.
    /// </summary>
    private T Shared<T, TKey>(TKey key, int hash, Func<T, TKey, bool> same, Func<TKey, T> make)
        where T : class
    {
        int set = hash & mask;
        for (int i = set; i < set + 2; i++)
        {
            if (slots[i] is T known && same(known, key))
            {
                return known;
            }
        }
        var value = make(key);
        slots[set + 1] = slots[set];
        slots[set] = value;
        return value;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static int Hash(string? text) => text is null ? 0 : text.GetHashCode(StringComparison.Ordinal);

    private static bool SameItems<T>(IReadOnlyList<T> a, List<T>? b)
        where T : class
    {
        if (a.Count != (b?.Count ?? 0))
        {
            return false;
        }
        for (int i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b![i]) && !a[i].Equals(b[i]))
            {
                return false;
            }
        }
        return true;
    }
}
