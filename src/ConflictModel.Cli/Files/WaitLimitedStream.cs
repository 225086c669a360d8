using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Files;

/// <summary>
/// A read-only view of a FIFO or pipe in which every read gives up when no byte comes within a time: a writer that
/// opens the FIFO and then writes nothing, or stops halfway, would otherwise keep the tool waiting for ever. A read that
/// gives up throws <see cref="CliProblemException"/> naming the input; the read still pending is left to end, or not, on
/// its own, as the tool exits.
/// </summary>
internal sealed class WaitLimitedStream(Stream inner, string path, TimeSpan wait) : Stream
{
    /// <summary>The most one read asks of the pipe; a stream may always return less than asked.</summary>
    private const int MaxReadBytes = 1 << 20;

    /// <summary>
    /// The pending read's own buffer: the caller's cannot outlive a read that gives up. After a read gives up, the
    /// stream is not read again.
    /// </summary>
    private byte[] own = [];

    /// <summary>Whether a read gave up while the pipe's read was still pending.</summary>
    private bool abandoned;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("A FIFO or pipe has no length.");

    public override long Position
    {
        get => throw new NotSupportedException("A FIFO or pipe has no position.");
        set => throw new NotSupportedException("A FIFO or pipe has no position.");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var reading = inner.ReadAsync(Own(buffer.Length), 0, Math.Min(buffer.Length, MaxReadBytes));
        if (!reading.Wait(wait))
        {
            throw TimedOut();
        }
        int count = reading.GetAwaiter().GetResult();
        own.AsSpan(0, count).CopyTo(buffer);
        return count;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var reading = inner.ReadAsync(Own(buffer.Length), 0, Math.Min(buffer.Length, MaxReadBytes), cancellationToken);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var waited = Task.Delay(wait, timer.Token);
        if (await Task.WhenAny(reading, waited).ConfigureAwait(false) != reading)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw TimedOut();
        }
        await timer.CancelAsync().ConfigureAwait(false);
        int count = await reading.ConfigureAwait(false);
        own.AsMemory(0, count).CopyTo(buffer);
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A FIFO or pipe is read from start to end.");

    public override void SetLength(long value) => throw new NotSupportedException("The input is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The input is read-only.");

    protected override void Dispose(bool disposing)
    {
        // Closing a stream with a read pending waits for that read, which may never end: after a read gave up,
        // the pipe is left open, and closes as the tool exits.
        if (disposing && !abandoned)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private byte[] Own(int asked)
    {
        int size = Math.Min(asked, MaxReadBytes);
        if (own.Length < size)
        {
            own = new byte[size];
        }
        return own;
    }

    private CliProblemException TimedOut()
    {
        abandoned = true;
        return Problem();
    }

    private CliProblemException Problem() => new(path, string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"no data came for {wait.TotalSeconds:0} s; a FIFO or pipe is read only while its writer writes. Check that the writer runs and writes the whole dossier, or save the dossier to a file first."));
}
