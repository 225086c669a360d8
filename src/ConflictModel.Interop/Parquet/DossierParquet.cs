using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop;

/// <summary>
/// Writes the events of a dossier as a flat Parquet table, one row per event, for engines that take over when the data
/// outgrows one machine (Spark, DuckDB, Polars, pandas and the like). The columns are listed in <see cref="ParquetColumns"/>.
/// </summary>
/// <remarks>
/// <para>
/// Events are written in dossier order, in row groups of <see cref="ParquetExportOptions.RowGroupSize"/> events, so the
/// export holds one row group's values at a time besides the dossier. Strings are UTF-8, dates are Parquet <c>DATE</c>,
/// coordinates and figures are doubles, counts are 32-bit integers; the file is compressed with Snappy.
/// </para>
/// <para>This type is stateless and thread-safe; a dossier is immutable and may be written from several threads at once.</para>
/// </remarks>
public static class DossierParquet
{
    /// <summary>Writes the events of a dossier as Parquet to a stream.</summary>
    /// <param name="dossier">The dossier to write.</param>
    /// <param name="stream">A writable stream; it is flushed, not closed.</param>
    /// <param name="options">The export settings; null for <see cref="ParquetExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the export between row groups and columns.</param>
    /// <returns>How many events and row groups were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ParquetExportResult> WriteAsync(Dossier dossier, Stream stream, ParquetExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable; Parquet export needs a stream it can write to.", nameof(stream));
        }
        var result = await new ParquetEventWriter(dossier, options ?? ParquetExportOptions.Default).WriteAsync(stream, cancellationToken)
            .ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Writes the events of a dossier as a Parquet file, replacing any file at that path.</summary>
    /// <param name="dossier">The dossier to write.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The export settings; null for <see cref="ParquetExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the export between row groups and columns.</param>
    /// <returns>How many events and row groups were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ParquetExportResult> WriteAsync(Dossier dossier, string path, ParquetExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            return await WriteAsync(dossier, file, options, cancellationToken).ConfigureAwait(false);
        }
    }
}
