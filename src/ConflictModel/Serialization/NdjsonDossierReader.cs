using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Reads an NDJSON dossier one line at a time: the header when it is opened, then the claims and
/// events as they are asked for, so that a stream larger than memory can be read. Open one with
/// <see cref="DossierNdjson.OpenAsync"/>; <see cref="DossierNdjson"/> describes the format.
/// </summary>
/// <remarks>
/// <para>The reader holds one line and a read buffer of about 64 KiB at a time; a line longer
/// than <see cref="DossierJsonOptions.MaxNdjsonLineBytes"/> is a <see cref="DossierFormatException"/>.
/// It reads the stream no further than the lines asked for, and leaves the stream open when
/// disposed.</para>
/// <para>This type is not thread-safe: one consumer reads the lines, once, through either
/// <see cref="ReadRecordsAsync"/> or <see cref="ReadEventsAsync"/>.</para>
/// </remarks>
public sealed class NdjsonDossierReader : IAsyncDisposable
{
    private const int ReadBufferBytes = 64 * 1024;

    /// <summary>The longest line read through a pooled array; longer lines get an array of their own.</summary>
    private const int LargestPooledLine = 1024 * 1024;

    private readonly PipeReader pipe;
    private readonly DossierJsonOptions options;
    private readonly Utf8StringCache strings;
    private Func<ReadOnlyMemory<byte>, long, NdjsonRecord>? readRecord;
    private Dossier? header;
    private int version;
    private long lineNumber;
    private long scanned;
    private bool linesRequested;
    private bool disposed;

    private NdjsonDossierReader(PipeReader pipe, DossierJsonOptions options)
    {
        this.pipe = pipe;
        this.options = options;
        // One cache for the whole stream: the lines name the same actors, places and terms.
        strings = new Utf8StringCache();
    }

    /// <summary>
    /// Gets the header: the dossier's entities other than events, and its top-level extension
    /// members; it has no events. Its claims are those of the header line only: in version 2 most
    /// claims have lines of their own, which <see cref="ReadRecordsAsync"/> yields.
    /// </summary>
    public Dossier Header => header!;

    /// <summary>Gets the format version the header declares: 1 (every claim in the header) or 2 (claim lines).</summary>
    public int Version => version;

    /// <summary>Gets the number of the last line read, counted from 1; empty lines count.</summary>
    public long LineNumber => lineNumber;

    /// <summary>
    /// Reads the lines after the header, one at a time, as they are asked for: each is an event or,
    /// in version 2, a claim. A writer of this library puts every claim before the first event that
    /// lists it, so a consumer meets a claim before the events that cite it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read; a token given to <c>WithCancellation</c> works as well.</param>
    /// <returns>The records, in the order of their lines, each with its line number.</returns>
    /// <exception cref="InvalidOperationException">The lines have already been asked for, through this method or <see cref="ReadEventsAsync"/>; a stream is read once.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="DossierFormatException">While enumerating: a line is neither an event object nor a claim line this library reads, or is longer than <see cref="DossierJsonOptions.MaxNdjsonLineBytes"/>.</exception>
    /// <exception cref="IOException">While enumerating: the stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: the read was cancelled.</exception>
    public IAsyncEnumerable<NdjsonRecord> ReadRecordsAsync(CancellationToken cancellationToken = default)
    {
        StartLines();
        return ReadLinesAsync(cancellationToken);
    }

    /// <summary>
    /// Reads the events, one line at a time, as they are asked for. Claim lines are read and
    /// checked, but skipped: use <see cref="ReadRecordsAsync"/> to get them too.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read; a token given to <c>WithCancellation</c> works as well.</param>
    /// <returns>The events, in the order of their lines.</returns>
    /// <exception cref="InvalidOperationException">The lines have already been asked for, through this method or <see cref="ReadRecordsAsync"/>; a stream is read once.</exception>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="DossierFormatException">While enumerating: a line is neither an event object nor a claim line this library reads, or is longer than <see cref="DossierJsonOptions.MaxNdjsonLineBytes"/>.</exception>
    /// <exception cref="IOException">While enumerating: the stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: the read was cancelled.</exception>
    public IAsyncEnumerable<ConflictEvent> ReadEventsAsync(CancellationToken cancellationToken = default)
    {
        StartLines();
        return ReadEventLinesAsync(cancellationToken);
    }

    /// <summary>Releases the read buffer; the stream is left open.</summary>
    /// <returns>A task that completes when the reader is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            await pipe.CompleteAsync().ConfigureAwait(false);
        }
    }

    internal static async Task<NdjsonDossierReader> OpenAsync(Stream stream, DossierJsonOptions options, CancellationToken cancellationToken)
    {
        var pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: ReadBufferBytes, leaveOpen: true));
        var reader = new NdjsonDossierReader(pipe, options);
        try
        {
            int version = 0;
            reader.header = await reader.NextAsync(
                (line, number) => JsonDossierReader.ReadHeader(line, options, JsonNames.NdjsonFormat, number, out version), cancellationToken).ConfigureAwait(false)
                ?? throw new DossierFormatException(
                    $"the stream is empty; an NDJSON dossier starts with a header line {{\"format\": \"{JsonNames.NdjsonFormat}\", \"version\": {JsonNames.NdjsonVersion}, …}}.",
                    "$", Math.Max(reader.lineNumber, 1), 1, 1);
            reader.version = version;
            var strings = reader.strings;
            // Version 1 knows no claim lines: there every line after the header is an event.
            reader.readRecord = version >= 2
                ? (line, number) => JsonDossierReader.ReadRecordLine(line, options, number, strings)
                : (line, number) => new NdjsonRecord(JsonDossierReader.ReadEventLine(line, options, number, strings), number);
            return reader;
        }
        catch
        {
            await reader.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void StartLines()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (linesRequested)
        {
            throw new InvalidOperationException("The lines of this reader have already been asked for; the stream is read once, so open it again to read them again.");
        }
        linesRequested = true;
    }

    private async IAsyncEnumerable<NdjsonRecord> ReadLinesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await NextAsync(readRecord!, cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    private async IAsyncEnumerable<ConflictEvent> ReadEventLinesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await NextAsync(readRecord!, cancellationToken).ConfigureAwait(false) is { } record)
        {
            if (record.Event is { } e)
            {
                yield return e;
            }
        }
    }

    /// <summary>Reads lines until one that is not empty, and parses it; null at the end of the stream.</summary>
    private async ValueTask<T?> NextAsync<T>(Func<ReadOnlyMemory<byte>, long, T> parse, CancellationToken cancellationToken)
        where T : class
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            var result = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            ReadOnlySequence<byte> line;
            SequencePosition consumed;
            // Only the bytes not yet searched are searched: a long line arrives in many reads.
            if (buffer.Slice(scanned).PositionOf((byte)'\n') is { } newLine)
            {
                line = buffer.Slice(0, newLine);
                consumed = buffer.GetPosition(1, newLine);
            }
            else if (result.IsCompleted && !buffer.IsEmpty)
            {
                line = buffer;
                consumed = buffer.End;
            }
            else if (result.IsCompleted)
            {
                pipe.AdvanceTo(buffer.End);
                return null;
            }
            else
            {
                scanned = buffer.Length;
                pipe.AdvanceTo(buffer.Start, buffer.End);
                CheckLength(scanned, lineNumber + 1);
                continue;
            }
            lineNumber++;
            scanned = 0;
            T? value;
            try
            {
                CheckLength(line.Length, lineNumber);
                value = Parse(line, lineNumber, parse);
            }
            finally
            {
                pipe.AdvanceTo(consumed);
            }
            if (value is not null)
            {
                return value;
            }
        }
    }

    private void CheckLength(long length, long number)
    {
        if (length > options.MaxNdjsonLineBytes)
        {
            throw new DossierFormatException(string.Format(CultureInfo.InvariantCulture,
                "the line is longer than {0} bytes, the limit set by DossierJsonOptions.MaxNdjsonLineBytes.", options.MaxNdjsonLineBytes),
                "$", number, options.MaxNdjsonLineBytes + 1L);
        }
    }

    /// <summary>Parses a line, or returns null when it holds nothing but white space.</summary>
    private static T? Parse<T>(ReadOnlySequence<byte> line, long number, Func<ReadOnlyMemory<byte>, long, T> parse)
        where T : class
    {
        if (IsBlank(line))
        {
            return null;
        }
        if (line.IsSingleSegment)
        {
            return parse(line.First, number);
        }
        int length = (int)line.Length;
        if (length > LargestPooledLine)
        {
            // A line this long (a large header) is read once: an array of its own goes with it,
            // where a pooled one would stay alive in the shared pool for the rest of the process.
            return parse(line.ToArray(), number);
        }
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            line.CopyTo(rented);
            return parse(rented.AsMemory(0, length), number);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                return false;
            }
        }
        return true;
    }
}
