using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads and writes dossiers as NDJSON (newline-delimited JSON), a line at a time, for dossiers
/// with more events and claims than memory holds and for engines that read NDJSON (Spark, DuckDB and the like).
/// </summary>
/// <remarks>
/// <para>The format is UTF-8 text of one JSON value a line, lines separated by <c>'\n'</c>, never
/// indented. Line 1 is the header: an object with <c>"format": "conflictmodel-ndjson"</c>,
/// <c>"version": 2</c>, the arrays <c>actors</c>, <c>alliances</c>, <c>relations</c>,
/// <c>places</c>, <c>sources</c> and <c>reports</c> written exactly as <see cref="DossierJson"/>
/// writes them, optionally a <c>claims</c> array, and the dossier's top-level extension members;
/// it has no <c>events</c>. Every following line is either an event object, written exactly as
/// <see cref="DossierJson"/> writes an event, or a claim line <c>{"claim": {…}}</c> whose value is
/// a claim written exactly as <see cref="DossierJson"/> writes one. A line whose object's first
/// member is named <c>claim</c> is a claim line and may have no other member; any other line is an
/// event (an event's first member, as this library writes it, is its <c>id</c>).</para>
/// <para>Order: the header comes first, so that the entities events refer to are known before the
/// events; and every claim comes before the first event that lists it in its <c>claims</c>. The
/// writers of this type keep the dossier's order of claims and, before each event, write the claims
/// up to the last one it lists that are not written yet; claims that no event lists come after the
/// last event. In a dossier whose claims are in the order of the events that cite them (as importers
/// and <see cref="DossierJson"/> documents usually are) each event's claims are thus on the lines
/// just before it, and a claim listed by two events is written once, before the first.</para>
/// <para>Version 1, where every claim is in the header and every line after it an event, is still
/// read; a header with a later version than 2 is refused.</para>
/// <para>Reading skips empty lines, including the one after a final line break, and accepts
/// <c>"\r\n"</c> line endings. It checks each line as <see cref="DossierJson"/> checks a document,
/// with the limits of <see cref="DossierJsonOptions"/> and a line no longer than
/// <see cref="DossierJsonOptions.MaxNdjsonLineBytes"/>. A <see cref="DossierFormatException"/>
/// gives the line's number in the stream (counted from 1) as its
/// <see cref="DossierFormatException.LineNumber"/>, and the JSON path, column and byte position inside
/// that line (a claim line's paths start <c>$.claim</c>).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class DossierNdjson
{
    /// <summary>
    /// Writes a dossier as NDJSON: its header without claims, then its claims and events, one a
    /// line, every claim before the first event that lists it (see <see cref="DossierNdjson"/>).
    /// </summary>
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
        return WriteDossierAsync(dossier, utf8Ndjson, DossierJson.Use(options), cancellationToken);
    }

    /// <summary>
    /// Writes an NDJSON dossier from a header and a sequence of events that need not fit in memory:
    /// the header's line, then one line per event as the sequence yields it.
    /// </summary>
    /// <remarks>
    /// <para>Lines are handed to the stream in chunks of about 64 KiB, so memory stays bounded by one chunk
    /// and the largest event whatever the number of events; the stream is flushed at the end.</para>
    /// <para>The header's claims are written in the header line, as they are in memory already; to
    /// stream claims too, give them with the events through
    /// <see cref="WriteAsync(Dossier, IAsyncEnumerable{NdjsonRecord}, Stream, DossierJsonOptions?, CancellationToken)"/>.</para>
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
        return WriteLinesAsync(header, events, static e => e, static (lines, e) => lines.WriteEvent(e), nameof(events), "an event",
            utf8Ndjson, DossierJson.Use(options), cancellationToken);
    }

    /// <summary>
    /// Writes an NDJSON dossier from a header and a sequence of claims and events that need not fit
    /// in memory: the header's line, then one line per record as the sequence yields it.
    /// </summary>
    /// <remarks>
    /// <para>Memory stays bounded by a chunk of about 64 KiB and the largest record whatever the
    /// number of records; the stream is flushed at the end. The header's claims, if any, are
    /// written in the header line.</para>
    /// <para>The records are written in the order given, and their line numbers are ignored. The
    /// format wants every claim before the first event that lists it; the writer does not check
    /// this (it would have to remember every claim id), so give each event's claims before it, as
    /// <see cref="NdjsonDossierReader.ReadRecordsAsync"/> yields them from a stream written by this library.</para>
    /// </remarks>
    /// <param name="header">The dossier whose actors, alliances, relations, places, sources, reports, claims and extensions make the header; its events are ignored.</param>
    /// <param name="records">The claims and events, written in the order the sequence yields them.</param>
    /// <param name="utf8Ndjson">The stream to write to; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>; <see cref="DossierJsonOptions.WriteIndented"/> does not apply.</param>
    /// <param name="cancellationToken">Cancels the write; it is also passed to the sequence.</param>
    /// <returns>A task that completes when every line is written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The sequence yields a null record.</exception>
    /// <exception cref="InvalidOperationException">The header or a record holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static Task WriteAsync(Dossier header, IAsyncEnumerable<NdjsonRecord> records, Stream utf8Ndjson, DossierJsonOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(header);
        Preconditions.CheckNotNull(records);
        Preconditions.CheckNotNull(utf8Ndjson);
        return WriteLinesAsync(header, records, static r => r, static (lines, r) =>
        {
            if (r.Claim is { } claim)
            {
                lines.WriteClaim(claim);
            }
            else
            {
                lines.WriteEvent(r.Event!);
            }
        }, nameof(records), "a record", utf8Ndjson, DossierJson.Use(options), cancellationToken);
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
    /// Writes an NDJSON dossier from a header and a sequence of claims and events to a file
    /// atomically, as <see cref="WriteFileAsync(Dossier, string, DossierJsonOptions?, CancellationToken)"/> does:
    /// a failure or cancellation while the sequence is read leaves the previous file as it was.
    /// <see cref="WriteAsync(Dossier, IAsyncEnumerable{NdjsonRecord}, Stream, DossierJsonOptions?, CancellationToken)"/>
    /// says in which order to give the records.
    /// </summary>
    /// <param name="header">The dossier whose entities other than events make the header; its events are ignored.</param>
    /// <param name="records">The claims and events, written in the order the sequence yields them.</param>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>; <see cref="DossierJsonOptions.WriteIndented"/> does not apply.</param>
    /// <param name="cancellationToken">Cancels the write; it is also passed to the sequence.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank or names a folder, or the sequence yields a null record.</exception>
    /// <exception cref="InvalidOperationException">The header or a record holds a host type that <paramref name="options"/> does not register.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced, for example when the disk is full.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled; the previous file is unchanged.</exception>
    public static Task WriteFileAsync(Dossier header, IAsyncEnumerable<NdjsonRecord> records, string path, DossierJsonOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(header);
        Preconditions.CheckNotNull(records);
        return AtomicFile.WriteAsync(path, (stream, token) => WriteAsync(header, records, stream, options, token), cancellationToken);
    }

    /// <summary>
    /// Opens an NDJSON dossier for reading: reads its header line now, and its claims and events
    /// later, one line at a time, through <see cref="NdjsonDossierReader.ReadRecordsAsync"/> or
    /// <see cref="NdjsonDossierReader.ReadEventsAsync"/>.
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

    /// <summary>
    /// Reads a whole NDJSON dossier into memory: its header, and all its claims and events. The
    /// dossier's claims are those of the header followed by those of the claim lines, in the order of
    /// the stream; a claim id met twice gives two claims, as in a whole document (validation reports
    /// them as CM1001).
    /// </summary>
    /// <param name="utf8Ndjson">The stream to read, to its end; it is left open.</param>
    /// <param name="options">The options, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="DossierFormatException">A line is not what the format allows there, or there are more events or claims than <see cref="DossierJsonOptions.MaxArrayLength"/>.</exception>
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
            var h = reader.Header;
            var events = new List<ConflictEvent>();
            var claims = new List<Claim>(h.Claims);
            await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (record.Event is { } e)
                {
                    CheckCount(events.Count, "events", reader, options);
                    events.Add(e);
                }
                else
                {
                    CheckCount(claims.Count, "claims", reader, options);
                    claims.Add(record.Claim!);
                }
            }
            return new Dossier(h.Actors, h.Alliances, h.Relations, h.Places, h.Sources, h.Reports, claims, events, h.Extensions);
        }
    }

    private static void CheckCount(int count, string what, NdjsonDossierReader reader, DossierJsonOptions options)
    {
        if (count >= options.MaxArrayLength)
        {
            // Held in memory, the events and the claims are arrays as in the whole document, and under its limit.
            throw new DossierFormatException(string.Format(CultureInfo.InvariantCulture,
                "the stream has more than {0} {1}, the limit set by DossierJsonOptions.MaxArrayLength for a dossier read into memory; read it with OpenAsync and ReadRecordsAsync instead.",
                options.MaxArrayLength, what), "$", reader.LineNumber, 1, 1);
        }
    }

    private static async Task WriteDossierAsync(Dossier dossier, Stream stream, DossierJsonOptions options, CancellationToken cancellationToken)
    {
        using var lines = new NdjsonLineWriter(options);
        lines.WriteHeader(dossier, claims: false);
        var claims = dossier.Claims;
        // Where each claim id first is, so that an event's claims can be written before it.
        var positions = new Dictionary<ClaimId, int>(claims.Count);
        for (int i = 0; i < claims.Count; i++)
        {
            positions.TryAdd(claims[i].Id, i);
        }
        int written = 0;
        foreach (var e in dossier.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int last = -1;
            foreach (var id in e.Claims)
            {
                if (positions.TryGetValue(id, out int position) && position > last)
                {
                    last = position;
                }
            }
            // The dossier's order of claims is kept, so that reading gives back an equal dossier.
            while (written <= last)
            {
                lines.WriteClaim(claims[written++]);
                await DrainIfFullAsync(lines, stream, cancellationToken).ConfigureAwait(false);
            }
            lines.WriteEvent(e);
            await DrainIfFullAsync(lines, stream, cancellationToken).ConfigureAwait(false);
        }
        while (written < claims.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.WriteClaim(claims[written++]);
            await DrainIfFullAsync(lines, stream, cancellationToken).ConfigureAwait(false);
        }
        await lines.DrainAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteLinesAsync<T>(Dossier header, IAsyncEnumerable<T> items, Func<T, object?> check, Action<NdjsonLineWriter, T> write,
        string paramName, string what, Stream stream, DossierJsonOptions options, CancellationToken cancellationToken)
    {
        using var lines = new NdjsonLineWriter(options);
        lines.WriteHeader(header, claims: true);
        long index = 0;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (check(item) is null)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The sequence yielded null at position {0}; every element must be {1}.", index, what), paramName);
            }
            write(lines, item);
            await DrainIfFullAsync(lines, stream, cancellationToken).ConfigureAwait(false);
            index++;
        }
        await lines.DrainAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask DrainIfFullAsync(NdjsonLineWriter lines, Stream stream, CancellationToken cancellationToken) =>
        lines.IsFull ? lines.DrainAsync(stream, cancellationToken) : ValueTask.CompletedTask;
}
