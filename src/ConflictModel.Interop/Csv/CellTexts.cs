using System;
using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>
/// The strings of the cells an import keeps, for one import at a time. Cells repeat from row to row (codes, years, names,
/// an empty cell), and each repeat shares one string: a column's last value is recognised by comparing the text, others by
/// a lookup of short values; a file of unique values fills the lookup only up to a bound.
/// </summary>
internal sealed class CellTexts
{
    private const int MaxCachedLength = 64;
    private const int MaxCachedValues = 1 << 16;

    private readonly Dictionary<string, string> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private string?[] last = [];

    internal CellTexts() => lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of a cell's text, shared with the cells that held the same text before.</summary>
    /// <param name="value">The text.</param>
    /// <param name="ordinal">The cell's column, whose last value is remembered; -1 for none.</param>
    internal string Get(ReadOnlySpan<char> value, int ordinal)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }
        if (ordinal >= 0 && ordinal < last.Length && last[ordinal] is { } previous && value.SequenceEqual(previous))
        {
            return previous;
        }
        string text;
        if (value.Length > MaxCachedLength)
        {
            text = value.ToString();
        }
        else if (!lookup.TryGetValue(value, out text!))
        {
            text = value.ToString();
            if (cache.Count < MaxCachedValues)
            {
                cache.Add(text, text);
            }
        }
        if (ordinal >= 0)
        {
            if (ordinal >= last.Length)
            {
                Array.Resize(ref last, Math.Max(ordinal + 1, last.Length * 2));
            }
            last[ordinal] = text;
        }
        return text;
    }
}
