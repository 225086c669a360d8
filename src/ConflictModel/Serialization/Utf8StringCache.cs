using System;

namespace ConflictModel.Serialization;

/// <summary>
/// Gives the same string for the same short UTF-8 text while a document is read, so that member
/// names, vocabulary terms, language tags and the ids of shared entities (the actor or place that
/// thousands of events name) are one string each rather than one per occurrence: less to allocate
/// while reading, and less memory for the dossier read.
/// </summary>
/// <remarks>
/// The cache is direct-mapped with a fixed number of slots: a text whose slot holds another is
/// simply made again and takes the slot. Memory stays bounded whatever the input, and a hostile
/// document can at worst make every lookup a miss. One instance serves one reader on one thread.
/// </remarks>
internal sealed class Utf8StringCache
{
    /// <summary>Texts longer than this are not cached: long texts rarely repeat.</summary>
    internal const int MaxBytes = 64;

    private readonly byte[]?[] keys;
    private readonly string?[] values;
    private readonly int mask;
    /// <summary>What the text of each slot was made into (a date, a term, an id, a language tag), boxed; made on first use.</summary>
    private object?[]? parsed;

    internal Utf8StringCache(int slots = 1 << 14)
    {
        keys = new byte[slots][];
        values = new string[slots];
        mask = slots - 1;
    }

    /// <summary>Finds the string of a UTF-8 text; on a miss, gives the slot to <see cref="Add"/> it to.</summary>
    internal bool TryGet(ReadOnlySpan<byte> utf8, out string value, out int slot)
    {
        var hash = new HashCode();
        hash.AddBytes(utf8);
        slot = hash.ToHashCode() & mask;
        if (keys[slot] is { } key && utf8.SequenceEqual(key))
        {
            value = values[slot]!;
            return true;
        }
        value = string.Empty;
        return false;
    }

    /// <summary>Keeps the string of a UTF-8 text in the slot <see cref="TryGet"/> gave.</summary>
    internal void Add(int slot, ReadOnlySpan<byte> utf8, string value)
    {
        keys[slot] = utf8.ToArray();
        values[slot] = value;
        if (parsed is not null)
        {
            parsed[slot] = null;
        }
    }

    /// <summary>
    /// Gets what the text in a slot was last made into, or null: the text of a date, a term or an id
    /// is checked and converted once, not at every occurrence.
    /// </summary>
    internal object? Parsed(int slot) => parsed?[slot];

    /// <summary>Keeps what the text in a slot was made into; a negative slot (a text not cached) is ignored.</summary>
    internal void SetParsed(int slot, object value)
    {
        if (slot >= 0)
        {
            (parsed ??= new object?[values.Length])[slot] = value;
        }
    }
}
