using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Interop;

/// <summary>
/// Turns cell values into the JSON strings that extension data keeps, for one import at a time. Short values repeat from
/// row to row (codes, years, conflict names) and are made once; a file of unique values fills the cache only up to a bound.
/// </summary>
internal sealed class JsonStrings
{
    private const int MaxCachedLength = 64;
    private const int MaxCachedValues = 1 << 16;

    private readonly Dictionary<string, JsonElement> cache = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> buffer = new(256);

    private readonly Dictionary<string, JsonElement>.AlternateLookup<ReadOnlySpan<char>> lookup;

    internal JsonStrings() => lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();

    internal JsonElement Get(string value) => Get(value.AsSpan(), value);

    /// <summary>The JSON string of a value; a cached value is found without making a string of it.</summary>
    internal JsonElement Get(ReadOnlySpan<char> value) => Get(value, null);

    private JsonElement Get(ReadOnlySpan<char> value, string? text)
    {
        if (lookup.TryGetValue(value, out var element))
        {
            return element;
        }
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }
        element = JsonElement.Parse(buffer.WrittenSpan);
        if (value.Length <= MaxCachedLength && cache.Count < MaxCachedValues)
        {
            cache.Add(text ?? value.ToString(), element);
        }
        return element;
    }
}
