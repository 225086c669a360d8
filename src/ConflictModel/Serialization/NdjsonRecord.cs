using System;

namespace ConflictModel.Serialization;

/// <summary>
/// One line after the header of an NDJSON dossier: an event or a claim, and the number of its line.
/// <see cref="NdjsonDossierReader.ReadRecordsAsync"/> yields them in the order of the stream, and
/// <see cref="DossierNdjson.WriteAsync(Dossier, System.Collections.Generic.IAsyncEnumerable{NdjsonRecord}, System.IO.Stream, DossierJsonOptions?, System.Threading.CancellationToken)"/>
/// writes them.
/// </summary>
/// <remarks>
/// <para>Exactly one of <see cref="Event"/> and <see cref="Claim"/> is set. Equality compares the
/// entity and the line number.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NdjsonRecord
{
    /// <summary>Initializes a record that holds an event.</summary>
    /// <param name="event">The event.</param>
    /// <param name="lineNumber">The number of the event's line in a stream, counted from 1, or 0 for a record not read from a stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is negative.</exception>
    public NdjsonRecord(ConflictEvent @event, long lineNumber = 0)
    {
        Event = Preconditions.CheckNotNull(@event);
        LineNumber = CheckLineNumber(lineNumber);
    }

    /// <summary>Initializes a record that holds a claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="lineNumber">The number of the claim's line in a stream, counted from 1, or 0 for a record not read from a stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is negative.</exception>
    public NdjsonRecord(Claim claim, long lineNumber = 0)
    {
        Claim = Preconditions.CheckNotNull(claim);
        LineNumber = CheckLineNumber(lineNumber);
    }

    /// <summary>Gets the event of an event line, or null for a claim line.</summary>
    public ConflictEvent? Event { get; }

    /// <summary>Gets the claim of a claim line, or null for an event line.</summary>
    public Claim? Claim { get; }

    /// <summary>Gets the number of the line in the stream, counted from 1 with the header as line 1; 0 for a record made to be written.</summary>
    public long LineNumber { get; }

    private static long CheckLineNumber(long lineNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        return lineNumber;
    }
}
