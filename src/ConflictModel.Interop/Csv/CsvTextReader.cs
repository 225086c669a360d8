using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop;

/// <summary>
/// The text of a CSV file from its bytes. A byte-order mark (UTF-8, UTF-16 or UTF-32, either byte order) chooses the
/// encoding; without one the bytes are read as the encoding the caller named, or else as UTF-8. Bytes that are not valid in
/// that encoding stop the read with a <see cref="CsvTextException"/> naming the line, the byte within it and the offset in
/// the file: nothing is replaced by U+FFFD, so two names that differ only in bytes a wrong encoding cannot read never merge.
/// </summary>
/// <remarks>The stream is left open. Not thread-safe: one reader per import.</remarks>
internal sealed class CsvTextReader : TextReader
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly Encoding? named;
    private readonly byte[] bytes = new byte[BufferSize];
    private readonly char[] chars = new char[BufferSize];
    private int byteStart;
    private int byteEnd;
    private int charStart;
    private int charEnd;
    private bool endOfStream;
    private bool detected;

    // Null while the text is read as UTF-8 by the checked fast path; otherwise the decoder of the encoding in use.
    private Decoder? decoder;
    private Encoding encoding = Encoding.UTF8;
    private string origin = string.Empty;

    // Where the reading stands: the file offset of bytes[byteStart], the line, and the offset where that line starts.
    private long consumed;
    private int line = 1;
    private long lineStart;
    private bool pendingCr;

    /// <param name="stream">The bytes; left open.</param>
    /// <param name="named">The encoding of a file without a byte-order mark, or null for UTF-8.</param>
    internal CsvTextReader(Stream stream, Encoding? named)
    {
        this.stream = stream;
        this.named = named;
    }

    /// <summary>The name of the encoding in use, once the first bytes are read.</summary>
    internal string EncodingName => encoding.WebName;

    public override int Peek() => Fill() ? chars[charStart] : -1;

    public override int Read() => Fill() ? chars[charStart++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }
        return Take(buffer);
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        while (charStart == charEnd)
        {
            if (TryDecode())
            {
                break;
            }
            if (endOfStream)
            {
                return 0;
            }
            Compact();
            int n = await stream.ReadAsync(bytes.AsMemory(byteEnd), cancellationToken).ConfigureAwait(false);
            Received(n);
        }
        return Take(buffer.Span);
    }

    private int Take(Span<char> buffer)
    {
        int n = Math.Min(buffer.Length, charEnd - charStart);
        chars.AsSpan(charStart, n).CopyTo(buffer);
        charStart += n;
        return n;
    }

    private bool Fill()
    {
        while (charStart == charEnd)
        {
            if (TryDecode())
            {
                return true;
            }
            if (endOfStream)
            {
                return false;
            }
            Compact();
            Received(stream.Read(bytes, byteEnd, bytes.Length - byteEnd));
        }
        return true;
    }

    private void Compact()
    {
        if (byteStart > 0)
        {
            bytes.AsSpan(byteStart, byteEnd - byteStart).CopyTo(bytes);
            byteEnd -= byteStart;
            byteStart = 0;
        }
    }

    private void Received(int count)
    {
        if (count == 0)
        {
            endOfStream = true;
        }
        byteEnd += count;
    }

    /// <summary>Decodes the bytes at hand into the empty character buffer; false when more bytes are needed first.</summary>
    private bool TryDecode()
    {
        if (!detected)
        {
            if (byteEnd - byteStart < 4 && !endOfStream)
            {
                return false;
            }
            Detect();
        }
        int available = byteEnd - byteStart;
        if (available == 0 && (decoder is null || !endOfStream))
        {
            return false;
        }
        charStart = 0;
        charEnd = 0;
        return decoder is null ? DecodeUtf8(available) : DecodeOther(available);
    }

    private bool DecodeUtf8(int available)
    {
        var status = Utf8.ToUtf16(bytes.AsSpan(byteStart, available), chars, out int read, out int written,
            replaceInvalidSequences: false, isFinalBlock: endOfStream);
        Advance(written, read);
        if (status == OperationStatus.InvalidData)
        {
            throw Invalid();
        }
        return written > 0;
    }

    private bool DecodeOther(int available)
    {
        int read;
        int written;
        try
        {
            decoder!.Convert(bytes, byteStart, available, chars, 0, chars.Length, endOfStream, out read, out written, out _);
        }
        catch (DecoderFallbackException e)
        {
            // The decoder says only where in the bytes it was given; the good text before that point is counted for the line.
            int bad = Math.Clamp(e.Index, 0, available);
            int good = 0;
            try
            {
                good = encoding.GetChars(bytes, byteStart, bad, chars, 0);
            }
            catch (DecoderFallbackException)
            {
                // A character cut by the bad byte: its line is still the line counted so far.
            }
            Advance(good, bad);
            throw Invalid();
        }
        Advance(written, read);
        return written > 0;
    }

    private void Detect()
    {
        detected = true;
        var head = bytes.AsSpan(byteStart, byteEnd - byteStart);
        (Encoding? bom, int length) =
            head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? (Encoding.UTF8, 3)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? (new UTF32Encoding(false, false, true), 4)
            : head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) ? (new UTF32Encoding(true, false, true), 4)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? (new UnicodeEncoding(false, false, true), 2)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? (new UnicodeEncoding(true, false, true), 2)
            : ((Encoding?)null, 0);
        byteStart += length;
        consumed = length;
        lineStart = length;
        if (bom is not null)
        {
            origin = "its byte-order mark says " + bom.WebName;
            Use(bom);
        }
        else if (named is not null)
        {
            origin = "it was named as " + named.WebName;
            Use(named);
        }
        else
        {
            origin = "it has no byte-order mark and no encoding was named";
        }
    }

    private void Use(Encoding chosen)
    {
        if (chosen.CodePage == Encoding.UTF8.CodePage)
        {
            return;
        }
        // The caller's encoding may replace what it cannot read; a copy of it refuses instead.
        var strict = (Encoding)chosen.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        encoding = strict;
        decoder = strict.GetDecoder();
    }

    /// <summary>Moves past decoded text: counts its lines and where the last one starts.</summary>
    private void Advance(int written, int read)
    {
        var text = chars.AsSpan(0, written);
        long chunkStart = consumed;
        byteStart += read;
        consumed += read;
        charEnd = written;
        if (text.IsEmpty)
        {
            return;
        }
        if (pendingCr)
        {
            pendingCr = false;
            if (text[0] != '\n')
            {
                line++;
            }
        }
        line += text.Count('\n');
        int cr = text.IndexOf('\r');
        if (cr >= 0)
        {
            for (int i = cr; i < text.Length; i++)
            {
                if (text[i] != '\r')
                {
                    continue;
                }
                if (i + 1 == text.Length)
                {
                    pendingCr = true;
                }
                else if (text[i + 1] != '\n')
                {
                    line++;
                }
            }
        }
        int last = text.LastIndexOfAny('\n', '\r');
        if (last >= 0)
        {
            lineStart = chunkStart + encoding.GetByteCount(text[..(last + 1)]);
        }
    }

    private CsvTextException Invalid()
    {
        long offset = consumed;
        if (pendingCr)
        {
            // A carriage return just before the bad byte ended its line.
            line++;
            pendingCr = false;
        }
        var bad = bytes.AsSpan(byteStart, Math.Min(4, byteEnd - byteStart));
        string shown = bad.IsEmpty ? "the end of the file" : "0x" + Convert.ToHexString(bad[..1]);
        string what = decoder is null ? $"the byte {shown} is not UTF-8" : $"the byte {shown} is not {encoding.WebName}";
        string advice = decoder is null && named is null
            ? " If the file is written in another encoding, name it: the import options' Encoding (such as Encoding.Latin1, or Encoding.GetEncoding(\"windows-1256\") once CodePagesEncodingProvider is registered), or --encoding latin1, --encoding windows-1256 on the command line."
            : " Check the encoding the file is read with.";
        string message = string.Create(CultureInfo.InvariantCulture,
            $"Line {line}, byte {offset - lineStart + 1}: {what} (offset {offset} in the file); the file is read as {encoding.WebName} because {origin}. The import stops there.{advice}");
        return new CsvTextException(message, line, offset);
    }
}
