namespace ConflictModel.Interop;

/// <summary>What a Parquet export of a merge wrote.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MergeParquetResult
{
    internal MergeParquetResult(int eventsWritten, int provenanceWritten)
    {
        EventsWritten = eventsWritten;
        ProvenanceWritten = provenanceWritten;
    }

    /// <summary>The number of rows of the events table: one for each event of the merged dossier.</summary>
    public int EventsWritten { get; }

    /// <summary>The number of rows of the provenance table: one for each entity of every input.</summary>
    public int ProvenanceWritten { get; }
}
