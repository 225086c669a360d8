using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes dossiers as NDJSON (newline-delimited JSON), a line at a time, for dossiers
/// with more events than memory holds and for engines that read NDJSON (Spark, DuckDB and the like).
/// </summary>
/// <remarks>
/// <para>The format is UTF-8 text of one JSON value a line, lines separated by <c>'\n'</c>, never
/// indented. Line 1 is the header: an object with <c>"format": "conflictmodel-ndjson"</c>,
/// <c>"version": 1</c>, the arrays <c>actors</c>, <c>alliances</c>, <c>relations</c>,
/// <c>places</c>, <c>sources</c>, <c>reports</c> and <c>claims</c> written exactly as
/// <see cref="DossierJson"/> writes them, and the dossier's top-level extension members; it has no
/// <c>events</c>. Every following line is one event object, written exactly as
/// <see cref="DossierJson"/> writes an event. The header comes first so that the entities events
/// refer to are known before the events.</para>
/// <para>Reading skips empty lines, including the one after a final line break, and accepts
/// <c>"\r\n"</c> line endings. It checks each line as <see cref="DossierJson"/> checks a document,
/// with the limits of <see cref="DossierJsonOptions"/> and a line no longer than
/// <see cref="DossierJsonOptions.MaxNdjsonLineBytes"/>. A <see cref="DossierFormatException"/>
/// gives the line's number in the stream (counted from 1) as its
/// <see cref="DossierFormatException.LineNumber"/>, and the JSON path and byte position inside
/// that line.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class DossierNdjson
{
    /// <summary>Writes a dossier as NDJSON: its header, then its events, one a line.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="utf8Ndjson">The stream to write to; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>; <see cref="DossierJsonOptions.WriteIndented"/> does not apply.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every line is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Dossier dossier, Stream utf8Ndjson, DossierJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(dossier);
        Preconditions.CheckNotNull(utf8Ndjson);
        return WriteLinesAsync(dossier, dossier.Events, null, utf8Ndjson, DossierJson.Use(options), cancellationToken);
    }

    /// <summary>
    /// Writes an NDJSON dossier from a header and a sequence of events that need not fit in memory:
    /// the header's line, then one line per event as the sequence yields it.
    /// </summary>
    /// <remarks>
    /// Lines are handed to the stream in chunks of about 64 KiB, so memory stays bounded by one chunk
    /// and the largest event whatever the number of events; the stream is flushed at the end.
    /// </remarks>
    /// <param name="header">The dossier whose actors, alliances, relations, places, sources, reports, claims and extensions make the header; its events are ignored.</param>
    /// <param name="events">The events, written in the order the sequence yields them.</param>
    /// <param name="utf8Ndjson">The stream to write to; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>; <see cref="DossierJsonOptions.WriteIndented"/> does not apply.</param>
    /// <param name="cancellationToken">Cancels the write; it is also passed to the sequence.</param>
    /// <returns>A task that completes when every line is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The sequence yields a null event.</exception>
    /// <exception cref="InvalidOperationException">The header or an event holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Dossier header, IAsyncEnumerable<ConflictEvent> events, Stream utf8Ndjson, DossierJsonOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(header);
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(utf8Ndjson);
        return WriteLinesAsync(header, null, events, utf8Ndjson, DossierJson.Use(options), cancellationToken);
    }

    /// <summary>
    /// Writes a dossier as NDJSON to a file atomically: the lines go to a temporary file in the same
    /// folder, which then replaces <paramref name="path"/> in one rename. If writing fails or is
    /// cancelled before the rename, the previous file at <paramref name="path"/>, if any, is left as
    /// it was and the temporary file is deleted.
    /// </summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>; <see cref="DossierJsonOptions.WriteIndented"/> does not apply.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names a folder.</exception>
    /// <exception cref="InvalidOperationException">The dossier holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced, for example when the disk is full.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled; the previous file is unchanged.</exception>
    public static Task WriteFileAsync(Dossier dossier, string path, DossierJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(dossier);
        return AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(dossier, stream, options, token), cancellationToken);
    }

    /// <summary>
    /// Writes an NDJSON dossier from a header and a sequence of events to a file atomically, as
    /// <see cref="WriteFileAsync(Dossier, string, DossierJsonOptions?, CancellationToken)"/> does: a
    /// failure or cancellation while the sequence is read leaves the previous file as it was.
    /// </summary>
    /// <param name="header">The dossier whose entities other than events make the header; its events are ignored.</param>
    /// <param name="events">The events, written in the order the sequence yields them.</param>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>; <see cref="DossierJsonOptions.WriteIndented"/> does not apply.</param>
    /// <param name="cancellationToken">Cancels the write; it is also passed to the sequence.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names a folder, or the sequence yields a null event.</exception>
    /// <exception cref="InvalidOperationException">The header or an event holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced, for example when the disk is full.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled; the previous file is unchanged.</exception>
    public static Task WriteFileAsync(Dossier header, IAsyncEnumerable<ConflictEvent> events, string path, DossierJsonOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(header);
        Preconditions.CheckNotNull(events);
        return AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(header, events, stream, options, token), cancellationToken);
    }

    /// <summary>
    /// Opens an NDJSON dossier for reading: reads its header line now, and its events later, one
    /// line at a time, through <see cref="NdjsonDossierReader.ReadEventsAsync"/>.
    /// </summary>
    /// <param name="utf8Ndjson">The stream to read; it is read no further than needed and left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read of the header.</param>
    /// <returns>A reader positioned after the header; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="DossierFormatException">The stream is empty or its header is not one this library reads.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static Task<NdjsonDossierReader> OpenAsync(Stream utf8Ndjson, DossierJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Ndjson);
        return NdjsonDossierReader.OpenAsync(utf8Ndjson, DossierJson.Use(options), cancellationToken);
    }

    /// <summary>Reads a whole NDJSON dossier, its header and all its events, into memory.</summary>
    /// <param name="utf8Ndjson">The stream to read, to its end; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="DossierFormatException">A line is not what the format allows there, or there are more events than <see cref="DossierJsonOptions.MaxArrayLength"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static Task<Dossier> ReadAsync(Stream utf8Ndjson, DossierJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Ndjson);
        return ReadAllAsync(utf8Ndjson, DossierJson.Use(options), cancellationToken);
    }

    private static async Task<Dossier> ReadAllAsync(Stream stream, DossierJsonOptions options, CancellationToken cancellationToken)
    {
        var reader = await NdjsonDossierReader.OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var events = new List<ConflictEvent>();
            await foreach (var e in reader.ReadEventsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (events.Count >= options.MaxArrayLength)
                {
                    // Held in memory, the events are one array as in the whole document, and under its limit.
                    throw new DossierFormatException(string.Format(CultureInfo.InvariantCulture,
                        "the stream has more than {0} events, the limit set by DossierJsonOptions.MaxArrayLength for a dossier read into memory; read it with OpenAsync and ReadEventsAsync instead.",
                        options.MaxArrayLength), "$", reader.LineNumber, 1);
                }
                events.Add(e);
            }
            var h = reader.Header;
            return new Dossier(h.Actors, h.Alliances, h.Relations, h.Places, h.Sources, h.Reports, h.Claims, events, h.Extensions);
        }
    }

    private static async Task WriteLinesAsync(Dossier header, IReadOnlyList<ConflictEvent>? events, IAsyncEnumerable<ConflictEvent>? eventSequence,
        Stream stream, DossierJsonOptions options, CancellationToken cancellationToken)
    {
        using var lines = new NdjsonLineWriter(options);
        lines.WriteHeader(header);
        if (events is not null)
        {
            foreach (var e in events)
            {
                cancellationToken.ThrowIfCancellationRequested();
                lines.WriteEvent(e);
                if (lines.IsFull)
                {
                    await lines.DrainAsync(stream, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        else
        {
            long index = 0;
            await foreach (var e in eventSequence!.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (e is null)
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                        "The sequence of events yielded null at position {0}; every element must be an event.", index), nameof(events));
                }
                lines.WriteEvent(e);
                if (lines.IsFull)
                {
                    await lines.DrainAsync(stream, cancellationToken).ConfigureAwait(false);
                }
                index++;
            }
        }
        await lines.DrainAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
