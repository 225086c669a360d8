using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Text;

namespace ConflictModel.Tests.Hostile;

/// <summary>
/// A read-only stream that serves a sequence of byte segments, each repeated a given number of
/// times, without ever holding more than one segment: a 100 MB input costs a few bytes of memory.
/// </summary>
internal sealed class SegmentStream : Stream
{
    private readonly List<(byte[] Bytes, long Repeat)> segments;
    private int segment;
    private long repeat;
    private int offsetInSegment;
    private long position;

    internal SegmentStream(IEnumerable<(byte[] Bytes, long Repeat)> segments)
    {
        this.segments = segments.Where(s => s.Bytes.Length > 0 && s.Repeat > 0).ToList();
        Length = this.segments.Sum(s => s.Bytes.Length * s.Repeat);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length { get; }

    public override long Position { get => position; set => throw new NotSupportedException(); }

    /// <summary>A segment of UTF-8 text, repeated.</summary>
    internal static (byte[] Bytes, long Repeat) Text(string text, long repeat = 1) => (Encoding.UTF8.GetBytes(text), repeat);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        while (written < buffer.Length && segment < segments.Count)
        {
            var (bytes, times) = segments[segment];
            int n = Math.Min(buffer.Length - written, bytes.Length - offsetInSegment);
            bytes.AsSpan(offsetInSegment, n).CopyTo(buffer[written..]);
            written += n;
            offsetInSegment += n;
            if (offsetInSegment == bytes.Length)
            {
                offsetInSegment = 0;
                if (++repeat == times)
                {
                    repeat = 0;
                    segment++;
                }
            }
        }
        position += written;
        return written;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
