using System;
using System.Collections.Generic;

namespace ConflictModel.Serialization;

/// <summary>
/// The small immutable values a reader met last (participants, attributions, relays, figures,
/// wordings), so that the many events and claims of a document that repeat one hold one instance.
/// </summary>
/// <remarks>
/// A fixed number of slots in sets of two, each set holding the last two values whose hash fell in
/// it: a value met again while it is still in its set is shared, one pushed out by others is made
/// again. Memory stays bounded whatever the document holds, and finding a value costs one hash and
/// at most two comparisons.
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

    internal Participant Share(Participant value) =>
        !value.Extensions.IsEmpty ? value
        : Share(HashCode.Combine(1, Hash(value.Actor.Value), Hash(value.Role.Value)), value,
            static (known, value) => Same(known.Actor.Value, value.Actor.Value) && Same(known.Role.Value, value.Role.Value));

    internal Relay Share(Relay value) =>
        !value.Extensions.IsEmpty ? value
        : Share(HashCode.Combine(2, Hash(value.Source.Value), Hash(value.Report?.Value)), value,
            static (known, value) => Same(known.Source.Value, value.Source.Value) && Same(known.Report?.Value, value.Report?.Value));

    internal Wording Share(Wording value) =>
        !value.Extensions.IsEmpty ? value
        : Share(HashCode.Combine(3, Hash(value.SourceTerm), Hash(value.NeutralTerm)), value,
            static (known, value) => Same(known.SourceTerm, value.SourceTerm) && Same(known.NeutralTerm, value.NeutralTerm));

    internal Attribution Share(Attribution value)
    {
        if (!value.Extensions.IsEmpty)
        {
            return value;
        }
        var relays = value.Relays;
        var hash = new HashCode();
        hash.Add(4);
        hash.Add(Hash(value.Source.Value));
        hash.Add(Hash(value.Mode.Value));
        hash.Add(value.StatedOn);
        for (int i = 0; i < relays.Count; i++)
        {
            hash.Add(Hash(relays[i].Source.Value));
        }
        return Share(hash.ToHashCode(), value,
            static (known, value) => Same(known.Source.Value, value.Source.Value) && Same(known.Mode.Value, value.Mode.Value)
                && known.StatedOn == value.StatedOn && SameItems(known.Relays, value.Relays));
    }

    internal Figure Share(Figure value) =>
        !value.Extensions.IsEmpty || !value.Value.Extensions.IsEmpty ? value
        : Share(HashCode.Combine(5, Hash(value.Kind.Value), value.Value.GetType(), value.Value.Best, value.AsOf, Hash(value.Text), value.Period), value,
            static (known, value) => Same(known.Kind.Value, value.Kind.Value) && known.AsOf == value.AsOf && Same(known.Text, value.Text)
                && known.Value.Equals(value.Value) && EqualityComparer<ValidityInterval?>.Default.Equals(known.Period, value.Period)
                && Equals(known.Subject, value.Subject));

    /// <summary>
    /// Gives the value of the hash's set that <paramref name="same"/> finds equal to
    /// <paramref name="value"/>; otherwise keeps <paramref name="value"/> first in its set (the value
    /// that was first moves second, the second is dropped) and gives it. Only values without
    /// extension data are ever kept, so the comparison need not look at it.
    /// </summary>
    private T Share<T>(int hash, T value, Func<T, T, bool> same)
        where T : class
    {
        int set = hash & mask;
        for (int i = set; i < set + 2; i++)
        {
            if (slots[i] is T known && same(known, value))
            {
                return known;
            }
        }
        slots[set + 1] = slots[set];
        slots[set] = value;
        return value;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static int Hash(string? text) => text is null ? 0 : text.GetHashCode(StringComparison.Ordinal);

    private static bool SameItems<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : class
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (int i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !a[i].Equals(b[i]))
            {
                return false;
            }
        }
        return true;
    }
}
