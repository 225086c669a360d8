using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Writes the lines of an NDJSON dossier into a buffer of its own and hands them to the stream in
/// chunks, so that memory holds at most one chunk and one line whatever the number of events.
/// </summary>
internal sealed class NdjsonLineWriter : IDisposable
{
    /// <summary>The size from which buffered lines are written to the stream.</summary>
    internal const int ChunkBytes = 64 * 1024;

    private readonly ArrayBufferWriter<byte> buffer = new(ChunkBytes + 4096);
    private readonly Utf8JsonWriter writer;
    private readonly DossierJsonOptions options;

    internal NdjsonLineWriter(DossierJsonOptions options)
    {
        this.options = options;
        var writerOptions = DossierJson.WriterOptions(options);
        writerOptions.Indented = false;
        writer = new Utf8JsonWriter(buffer, writerOptions);
    }

    /// <summary>Gets a value indicating whether enough is buffered to be worth a write to the stream.</summary>
    internal bool IsFull => buffer.WrittenCount >= ChunkBytes;

    /// <summary>Writes the header line, with the header's claims in it or without them (they then get lines of their own).</summary>
    internal void WriteHeader(Dossier header, bool claims)
    {
        JsonDossierWriter.Header(writer, header, options, JsonNames.NdjsonFormat, claims);
        EndLine();
    }

    internal void WriteClaim(Claim claim)
    {
        JsonDossierWriter.ClaimLine(writer, claim, options);
        EndLine();
    }

    internal void WriteEvent(ConflictEvent @event)
    {
        JsonDossierWriter.Event(writer, @event, options);
        EndLine();
    }

    /// <summary>Writes what is buffered to the stream and empties the buffer.</summary>
    internal async ValueTask DrainAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (buffer.WrittenCount > 0)
        {
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }
    }

    public void Dispose() => writer.Dispose();

    private void EndLine()
    {
        writer.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        // Each line is a JSON document of its own; the writer would refuse a second root value.
        writer.Reset();
    }
}
