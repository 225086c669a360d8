using System;
using System.Globalization;

namespace ConflictModel.Interop;

/// <summary>Settings for <see cref="DossierParquet"/>: how many events go in one row group.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ParquetExportOptions
{
    /// <summary>The largest row group the export accepts.</summary>
    public const int MaxRowGroupSize = 1 << 20;

    private readonly int rowGroupSize = 65536;

    /// <summary>The default settings: row groups of 65,536 events.</summary>
    public static ParquetExportOptions Default { get; } = new();

    /// <summary>
    /// The number of events in each row group (the last may hold fewer), in [1-1048576]; 65,536 by default. The export holds
    /// one row group's values in memory at a time, so this bounds what it needs beyond the dossier itself.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [1-1048576].</exception>
    public int RowGroupSize
    {
        get => rowGroupSize;
        init => rowGroupSize = value is >= 1 and <= MaxRowGroupSize ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value,
                string.Create(CultureInfo.InvariantCulture, $"A row group holds [1-{MaxRowGroupSize}] events."));
    }
}
