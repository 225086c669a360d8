using System.IO;
using System.Text;

namespace ConflictModel.Tests.Interop;

/// <summary>
/// A read-only stream that makes a CSV file as it is read: the header, then row 1, row 2… up to a count, each made only
/// when the reader gets to it. The file never exists in memory as a whole, so an import of it can only stream.
/// </summary>
internal sealed class GeneratedCsvStream(string header, Func<int, string> row, int count) : Stream
{
    private byte[] pending = Encoding.UTF8.GetBytes(header + "\n");
    private int offset;
    private int next = 1;

    /// <summary>The bytes handed out so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The most bytes one read asked for.</summary>
    public int LargestRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        LargestRead = Math.Max(LargestRead, buffer.Length);
        while (this.offset == pending.Length)
        {
            if (next > count)
            {
                return 0;
            }
            pending = Encoding.UTF8.GetBytes(row(next++) + "\n");
            this.offset = 0;
        }
        int n = Math.Min(buffer.Length, pending.Length - this.offset);
        pending.AsSpan(this.offset, n).CopyTo(buffer);
        this.offset += n;
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
