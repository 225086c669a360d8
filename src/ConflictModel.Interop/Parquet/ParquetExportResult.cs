namespace ConflictModel.Interop;

/// <summary>What a Parquet export wrote.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ParquetExportResult
{
    internal ParquetExportResult(int eventsWritten, int rowGroups)
    {
        EventsWritten = eventsWritten;
        RowGroups = rowGroups;
    }

    /// <summary>The number of rows written: one for each event of the dossier.</summary>
    public int EventsWritten { get; }

    /// <summary>The number of row groups written (none for a dossier without events).</summary>
    public int RowGroups { get; }
}
