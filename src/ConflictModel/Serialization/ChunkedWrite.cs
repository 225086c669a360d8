using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Runs a writer that writes to a stream synchronously on a thread of its own, and hands what it writes, chunk by chunk,
/// to a stream written without blocking: at most a few chunks are held, whatever the size of the document.
/// </summary>
internal static class ChunkedWrite
{
    /// <summary>The most chunks written and not yet handed on; the writer waits for the stream beyond them.</summary>
    private const int ChunksInHand = 4;

    /// <summary>Writes to <paramref name="destination"/> what <paramref name="write"/> writes, then flushes it.</summary>
    /// <param name="write">Writes the document to the stream it is given, synchronously.</param>
    /// <param name="destination">The stream written to without blocking.</param>
    /// <param name="cancellationToken">Cancels the write; the writer then stops at its next chunk.</param>
    /// <returns>A task that ends with the writer's failure, else with the stream's, else once all is written and flushed.</returns>
    internal static async Task RunAsync(Action<Stream> write, Stream destination, CancellationToken cancellationToken)
    {
        var chunks = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(ChunksInHand)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Factory.StartNew(() =>
        {
            try
            {
                using var stream = new ChunkStream(chunks.Writer, stop.Token);
                write(stream);
            }
            finally
            {
                // The chunks written so far are handed on; a failure is the writer task's own.
                chunks.Writer.TryComplete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await destination.WriteAsync(chunk.Bytes.AsMemory(0, chunk.Length), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(chunk.Bytes);
                }
            }
        }
        catch
        {
            // The stream failed or the write was cancelled: the writer, perhaps waiting to hand over a chunk, stops there,
            // and the stream's failure is the one reported.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(writer).ConfigureAwait(false);
            _ = writer.Exception;
            throw;
        }
        await writer.ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private readonly record struct Chunk(byte[] Bytes, int Length);

    /// <summary>A write-only stream that copies each write into a chunk of its own and waits while the chunks in hand are full.</summary>
    private sealed class ChunkStream(ChannelWriter<Chunk> chunks, CancellationToken stop) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (buffer.IsEmpty)
            {
                return;
            }
            var bytes = ArrayPool<byte>.Shared.Rent(buffer.Length);
            buffer.CopyTo(bytes);
            var handed = chunks.WriteAsync(new Chunk(bytes, buffer.Length), stop);
            if (!handed.IsCompletedSuccessfully)
            {
                // This thread is the writer's own: it waits here for the stream to take a chunk.
                handed.AsTask().GetAwaiter().GetResult();
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
