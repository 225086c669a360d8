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
/// The hash and the comparison look only at the members that make the value (its strings compare
/// by reference first: the reader gives equal ids and terms one string), not at the whole record.
/// Values with extension data are not shared.
/// </remarks>
internal sealed class SharedValues
{
    private const int MinSlots = 1 << 6;
    private const int MaxSlots = 1 << 21;

    private readonly object?[] slots;
    private readonly int mask;

    /// <summary>Makes the slots for a document of the given length: about one for every 32 bytes, at most 2^21 (16 MB).</summary>
    internal SharedValues(int documentBytes)
    {
        int wanted = Math.Clamp(documentBytes / 32, MinSlots, MaxSlots);
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)wanted);
        slots = new object?[size];
        mask = size - 2;
    }

    internal Participant Share(Participant value)
    {
        if (!value.Extensions.IsEmpty)
        {
            return value;
        }
        int set = Set(HashCode.Combine(1, Ref(value.Actor.Value), Ref(value.Role.Value)));
        for (int i = set; i < set + 2; i++)
        {
            if (slots[i] is Participant known && Same(known.Actor.Value, value.Actor.Value)
                && Same(known.Role.Value, value.Role.Value) && known.Extensions.IsEmpty)
            {
                return known;
            }
        }
        Keep(set, value);
        return value;
    }

    internal Relay Share(Relay value)
    {
        if (!value.Extensions.IsEmpty)
        {
            return value;
        }
        string? report = value.Report?.Value;
        int set = Set(HashCode.Combine(2, Ref(value.Source.Value), Ref(report)));
        for (int i = set; i < set + 2; i++)
        {
            if (slots[i] is Relay known && Same(known.Source.Value, value.Source.Value)
                && Same(known.Report?.Value, report) && known.Extensions.IsEmpty)
            {
                return known;
            }
        }
        Keep(set, value);
        return value;
    }

    internal Wording Share(Wording value)
    {
        if (!value.Extensions.IsEmpty)
        {
            return value;
        }
        int set = Set(HashCode.Combine(3, Ref(value.SourceTerm), Ref(value.NeutralTerm)));
        for (int i = set; i < set + 2; i++)
        {
            if (slots[i] is Wording known && Same(known.SourceTerm, value.SourceTerm)
                && Same(known.NeutralTerm, value.NeutralTerm) && known.Extensions.IsEmpty)
            {
                return known;
            }
        }
        Keep(set, value);
        return value;
    }

    internal Attribution Share(Attribution value)
    {
        if (!value.Extensions.IsEmpty)
        {
            return value;
        }
        var relays = value.Relays;
        var hash = new HashCode();
        hash.Add(4);
        hash.Add(Ref(value.Source.Value));
        hash.Add(Ref(value.Mode.Value));
        hash.Add(value.StatedOn);
        for (int i = 0; i < relays.Count; i++)
        {
            hash.Add(Ref(relays[i].Source.Value));
        }
        int set = Set(hash.ToHashCode());
        for (int i = set; i < set + 2; i++)
        {
            if (slots[i] is Attribution known && Same(known.Source.Value, value.Source.Value)
                && Same(known.Mode.Value, value.Mode.Value) && known.StatedOn == value.StatedOn
                && known.Extensions.IsEmpty && SameItems(known.Relays, relays))
            {
                return known;
            }
        }
        Keep(set, value);
        return value;
    }

    internal Figure Share(Figure value)
    {
        if (!value.Extensions.IsEmpty || !value.Value.Extensions.IsEmpty)
        {
            return value;
        }
        int set = Set(HashCode.Combine(5, Ref(value.Kind.Value), value.Value.GetType(), value.Value.Best, value.AsOf, Ref(value.Text)));
        for (int i = set; i < set + 2; i++)
        {
            if (slots[i] is Figure known && Same(known.Kind.Value, value.Kind.Value)
                && known.AsOf == value.AsOf && Same(known.Text, value.Text)
                && known.Extensions.IsEmpty && known.Value.Equals(value.Value))
            {
                return known;
            }
        }
        Keep(set, value);
        return value;
    }

    /// <summary>The first slot of the set of two a hash falls in.</summary>
    private int Set(int hash) => hash & mask;

    /// <summary>Keeps a value first in its set; the value that was first moves second, the second is dropped.</summary>
    private void Keep(int set, object value)
    {
        slots[set + 1] = slots[set];
        slots[set] = value;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static int Ref(string? text) => text is null ? 0 : text.GetHashCode(StringComparison.Ordinal);

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
