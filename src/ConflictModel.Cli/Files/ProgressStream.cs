using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Files;

/// <summary>A read-only view of a stream that reports how many bytes have been read, whatever reads it.</summary>
/// <param name="inner">The stream read.</param>
/// <param name="progress">Told the bytes read.</param>
/// <param name="owns">True to dispose <paramref name="inner"/> and erase the bar when this stream is disposed.</param>
internal sealed class ProgressStream(Stream inner, ProgressReporter progress, bool owns = false) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException("The input is read from start to end.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Advance(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Advance(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The input is read from start to end.");

    public override void SetLength(long value) => throw new NotSupportedException("The input is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The input is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing && owns)
        {
            progress.Complete();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (owns)
        {
            progress.Complete();
            await inner.DisposeAsync().ConfigureAwait(false);
        }
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Advance(int count)
    {
        read += count;
        progress.Report(read);
        return count;
    }
}
