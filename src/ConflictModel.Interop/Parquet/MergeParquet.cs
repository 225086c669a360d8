using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Merging;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Interop;

/// <summary>
/// Writes a merge as two Parquet tables, for engines that take over when the data outgrows one machine: the merged events,
/// with the input events merged into each, and the provenance of every input entity.
/// </summary>
/// <remarks>
/// <para>
/// The events table has the columns of <see cref="DossierParquet"/>, one row per event of the merged dossier, then
/// <see cref="MergeParquetColumns.EventsAdded"/>: how many inputs an event came from, which input events they were, and the
/// lowest score of the matches that joined them. The provenance table has one row per entity of every input, in the order
/// of <see cref="DossierMergeResult.Provenance"/>: input, entity kind, input id and merged id, so that any input id can be
/// joined to the merged events (<c>entity_kind = 'event'</c> and <c>merged_id = event_id</c>) or followed to its merged
/// actor, place or claim. Both are written in row groups of <see cref="ParquetExportOptions.RowGroupSize"/> rows,
/// Snappy-compressed.
/// </para>
/// <para>This type is stateless and thread-safe; a merge result is immutable and may be written from several threads at once.</para>
/// </remarks>
public static class MergeParquet
{
    /// <summary>The name of the events table's file in the directory <see cref="WriteAsync"/> writes.</summary>
    public const string EventsFileName = "events.parquet";

    /// <summary>The name of the provenance table's file in the directory <see cref="WriteAsync"/> writes.</summary>
    public const string ProvenanceFileName = "provenance.parquet";

    private const string Separator = "; ";

    /// <summary>Writes the merged events, with the input events merged into each, as Parquet to a stream.</summary>
    /// <param name="result">The merge to write.</param>
    /// <param name="stream">A writable stream; it is flushed, not closed.</param>
    /// <param name="options">The export settings; null for <see cref="ParquetExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the export between row groups and columns.</param>
    /// <returns>How many events and row groups were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<ParquetExportResult> WriteEventsAsync(DossierMergeResult result, Stream stream, ParquetExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        CheckWritable(stream);
        var sources = Sources(result);
        ParquetEventWriter.Column[] more =
        [
            new ParquetEventWriter.ValueColumn<int>(MergeParquetColumns.MergedInputs,
                r => sources.TryGetValue(r.Event.Id.Value, out var s) ? s.Inputs : 0, nullable: false),
            new ParquetEventWriter.StringColumn(MergeParquetColumns.InputEvents,
                r => sources.TryGetValue(r.Event.Id.Value, out var s) ? string.Join(Separator, s.Events) : null),
            new ParquetEventWriter.ValueColumn<double>(MergeParquetColumns.MatchScore,
                r => sources.TryGetValue(r.Event.Id.Value, out var s) ? s.Score : null),
        ];
        var written = await new ParquetEventWriter(result.Dossier, options ?? ParquetExportOptions.Default, more)
            .WriteAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>Writes the provenance of every input entity as Parquet to a stream: one row per entity of every input.</summary>
    /// <param name="result">The merge to write.</param>
    /// <param name="stream">A writable stream; it is flushed, not closed.</param>
    /// <param name="options">The export settings; null for <see cref="ParquetExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the export between row groups.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<int> WriteProvenanceAsync(DossierMergeResult result, Stream stream, ParquetExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        CheckWritable(stream);
        int groupSize = (options ?? ParquetExportOptions.Default).RowGroupSize;
        var input = new DataField<int>(MergeParquetColumns.Input, false);
        var kind = new DataField<string>(MergeParquetColumns.EntityKind, false);
        var inputId = new DataField<string>(MergeParquetColumns.InputId, false);
        var mergedId = new DataField<string>(MergeParquetColumns.MergedId, false);
        var rows = result.Provenance;
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(input, kind, inputId, mergedId), stream,
            new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var inputs = new int[Math.Min(groupSize, rows.Count)];
            var kinds = new List<string>(inputs.Length);
            var inputIds = new List<string>(inputs.Length);
            var mergedIds = new List<string>(inputs.Length);
            for (int written = 0; written < rows.Count;)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int count = Math.Min(groupSize, rows.Count - written);
                kinds.Clear();
                inputIds.Clear();
                mergedIds.Clear();
                for (int i = 0; i < count; i++)
                {
                    var row = rows[written + i];
                    inputs[i] = row.Input;
                    kinds.Add(row.EntityKind);
                    inputIds.Add(row.InputId);
                    mergedIds.Add(row.MergedId);
                }
                using (var group = writer.CreateRowGroup())
                {
                    await group.WriteAsync(input, new ReadOnlyMemory<int>(inputs, 0, count), cancellationToken: cancellationToken).ConfigureAwait(false);
                    await group.WriteAsync(kind, kinds).ConfigureAwait(false);
                    await group.WriteAsync(inputId, inputIds).ConfigureAwait(false);
                    await group.WriteAsync(mergedId, mergedIds).ConfigureAwait(false);
                }
                written += count;
            }
        }
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>
    /// Writes both tables into a directory, as <see cref="EventsFileName"/> and <see cref="ProvenanceFileName"/>, creating
    /// the directory if need be and replacing those files.
    /// </summary>
    /// <param name="result">The merge to write.</param>
    /// <param name="directory">The directory's path.</param>
    /// <param name="options">The export settings; null for <see cref="ParquetExportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the export between row groups.</param>
    /// <returns>How many rows each table got.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="IOException">The directory or a file cannot be created.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<MergeParquetResult> WriteAsync(DossierMergeResult result, string directory, ParquetExportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        ParquetExportResult events;
        var file = Create(Path.Combine(directory, EventsFileName));
        await using (file.ConfigureAwait(false))
        {
            events = await WriteEventsAsync(result, file, options, cancellationToken).ConfigureAwait(false);
        }
        int provenance;
        file = Create(Path.Combine(directory, ProvenanceFileName));
        await using (file.ConfigureAwait(false))
        {
            provenance = await WriteProvenanceAsync(result, file, options, cancellationToken).ConfigureAwait(false);
        }
        return new MergeParquetResult(events.EventsWritten, provenance);
    }

    private static FileStream Create(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, useAsync: true);

    private static void CheckWritable(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable; Parquet export needs a stream it can write to.", nameof(stream));
        }
    }

    /// <summary>For each merged event, the input events merged into it and the lowest score of the matches that joined them.</summary>
    private static Dictionary<string, EventSources> Sources(DossierMergeResult result)
    {
        var sources = new Dictionary<string, EventSources>(StringComparer.Ordinal);
        var lastInput = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in result.Provenance)
        {
            if (entry.EntityKind != "event")
            {
                continue;
            }
            if (!sources.TryGetValue(entry.MergedId, out var s))
            {
                sources[entry.MergedId] = s = new EventSources();
            }
            s.Events.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{entry.Input}:{entry.InputId}"));
            // Provenance is in input order, so a new input shows as a change from the last one seen for the event.
            if (!lastInput.TryGetValue(entry.MergedId, out int last) || last != entry.Input)
            {
                s.Inputs++;
                lastInput[entry.MergedId] = entry.Input;
            }
        }
        foreach (var step in result.Steps)
        {
            foreach (var match in step.Events.Matches)
            {
                if (sources.TryGetValue(match.Left.Value, out var s))
                {
                    s.Score = s.Score is { } score ? Math.Min(score, match.Score) : match.Score;
                }
            }
        }
        return sources;
    }

    private sealed class EventSources
    {
        public List<string> Events { get; } = new(2);

        public int Inputs { get; set; }

        public double? Score { get; set; }
    }
}
