using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Output;

/// <summary>
/// Standard output, made to fail once and clearly: the first write or flush that fails (a full disk such as
/// <c>/dev/full</c>, a closed descriptor) throws <see cref="StandardOutputException"/>, which the tool reports in one line
/// with exit code 2; later writes and flushes, such as those of disposing the writers, do nothing.
/// </summary>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    private bool failed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (failed)
        {
            return;
        }
        try
        {
            inner.Write(buffer);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            throw Fail(ex);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (failed)
        {
            return;
        }
        try
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            throw Fail(ex);
        }
    }

    public override void Flush()
    {
        if (!failed)
        {
            Guard(inner.Flush);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (failed)
        {
            return;
        }
        try
        {
            await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            throw Fail(ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            throw Fail(ex);
        }
    }

    private StandardOutputException Fail(Exception ex)
    {
        failed = true;
        return new StandardOutputException(ex);
    }
}

/// <summary>Standard output could not be written; not an <see cref="IOException"/>, so that no command takes it for a problem with a file.</summary>
internal sealed class StandardOutputException : Exception
{
    public StandardOutputException()
    {
    }

    public StandardOutputException(string message) : base(message)
    {
    }

    public StandardOutputException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StandardOutputException(Exception innerException) : base("cannot write to standard output: " + innerException.Message, innerException)
    {
    }
}
