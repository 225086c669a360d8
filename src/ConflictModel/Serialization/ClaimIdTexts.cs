using System;
using System.Collections.Generic;
using System.Text;

namespace ConflictModel.Serialization;

/// <summary>
/// The claim and event ids a reader has met in a document, each as the one string that the entity
/// and everything that names it hold.
/// </summary>
/// <remarks>
/// A document names a claim's event next to the claims about the same event, and lists an event's
/// claims in the order they were met; so the id sought is most often one of those met just before
/// or after the last one found. Those few are compared first, from the bytes, which spares most
/// lookups in a table too large to stay in the processor's cache. Each text is added once, so the
/// string found either way is the same.
/// </remarks>
internal sealed class ClaimIdTexts
{
    /// <summary>How far before and after the last id found the ids met are compared first.</summary>
    private const int Before = 2;
    private const int After = 3;

    /// <summary>The most ids the table is first made for, whatever the length of the document (about 36 MB).</summary>
    private const int MaxCapacity = 1 << 20;

    private readonly Dictionary<string, int> positions;
    private readonly List<string> order;
    private int last = -1;

    /// <summary>
    /// Makes the table for a document of the given length: room for one id in every 256 bytes, which a document of
    /// short claims comes near, so that the table is rarely grown (and copied) while it is read.
    /// </summary>
    internal ClaimIdTexts(int documentBytes)
    {
        int capacity = Math.Clamp(documentBytes / 256, 0, MaxCapacity);
        positions = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        order = new List<string>(capacity);
    }

    /// <summary>Returns the string of an id met before, from its ASCII bytes; null when it was not met.</summary>
    /// <param name="ascii">The id's bytes, all ASCII.</param>
    internal string? Find(ReadOnlySpan<byte> ascii)
    {
        int end = Math.Min(last + After, order.Count - 1);
        for (int at = Math.Max(last - Before, 0); at <= end; at++)
        {
            string candidate = order[at];
            if (candidate.Length == ascii.Length && Ascii.Equals(ascii, candidate))
            {
                last = at;
                return candidate;
            }
        }
        Span<char> chars = stackalloc char[EntityIdSyntax.MaxLength];
        if (ascii.Length > chars.Length)
        {
            return null;
        }
        Ascii.ToUtf16(ascii, chars, out int length);
        if (positions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..length], out string? same, out int position))
        {
            last = position;
            return same;
        }
        return null;
    }

    /// <summary>Keeps an id text not met before.</summary>
    internal void Add(string text)
    {
        if (positions.TryAdd(text, order.Count))
        {
            last = order.Count;
            order.Add(text);
        }
    }
}
