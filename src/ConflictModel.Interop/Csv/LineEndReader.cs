using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop;

/// <summary>
/// Hands the CSV reader text whose record ends are all line feeds: a carriage return and line feed, or a lone carriage
/// return (old Mac and some spreadsheet exports), outside quotes becomes one line feed. The CSV reader guesses one style of
/// line end from the start of the file and would glue a row ended otherwise to the row before it; here every style ends a
/// row, mixed as they come. Line breaks inside quoted cells are the cell's text and are left as they are.
/// </summary>
/// <remarks>
/// Quotes are followed by their count: a stray quote in the middle of an unquoted cell would make later lone carriage
/// returns look quoted, and those (only those) would then stay as they are. Not thread-safe: one reader per import.
/// </remarks>
internal sealed class LineEndReader(TextReader inner) : TextReader
{
    /// <summary>
    /// The most columns a header may name. The codebooks have 31 (ACLED) and 49 (GED) columns; a header far wider is
    /// refused while it is scanned, in time linear in its length, before the CSV reader (whose work grows with the square of
    /// the number of cells in a record) sees it.
    /// </summary>
    internal const int MaxColumns = 16_384;

    private bool inQuotes;
    private bool skipLineFeed;

    // The header's scan: done once its first line end outside quotes is met.
    private bool headerDone;
    private bool headerQuotes;
    private int headerColumns = 1;

    public override int Peek() => throw new NotSupportedException();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            int read = inner.Read(buffer);
            if (read == 0)
            {
                return 0;
            }
            int kept = Normalize(buffer[..read]);
            if (kept > 0)
            {
                return kept;
            }
        }
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            int read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return 0;
            }
            int kept = Normalize(buffer.Span[..read]);
            if (kept > 0)
            {
                return kept;
            }
        }
    }

    /// <summary>Counts the header's columns up to its first line end outside quotes, refusing a header that names too many.</summary>
    private void ScanHeader(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAny("\",\r\n");
            if (next < 0)
            {
                return;
            }
            i += next;
            char c = text[i++];
            if (c == '"')
            {
                headerQuotes = !headerQuotes;
            }
            else if (!headerQuotes && c == ',' && ++headerColumns > MaxColumns)
            {
                throw new CsvTextException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Line 1: the header names more than {MaxColumns} columns, the most a file may have; this is not a CSV file of the format, or not with ',' between cells."),
                    1, -1);
            }
            else if (!headerQuotes && c is '\r' or '\n')
            {
                headerDone = true;
                return;
            }
        }
    }

    /// <summary>Rewrites the line ends of a chunk in place and returns its new length.</summary>
    private int Normalize(Span<char> text)
    {
        if (!headerDone)
        {
            ScanHeader(text);
        }
        int i = 0;
        if (skipLineFeed)
        {
            // The chunk before ended with a carriage return outside quotes, already written as a line feed.
            skipLineFeed = false;
            if (text[0] == '\n')
            {
                i = 1;
            }
        }
        if (i == 0 && text.IndexOf('\r') < 0)
        {
            if ((text.Count('"') & 1) == 1)
            {
                inQuotes = !inQuotes;
            }
            return text.Length;
        }
        int written = 0;
        while (i < text.Length)
        {
            int next = text[i..].IndexOfAny('"', '\r');
            int run = next < 0 ? text.Length - i : next;
            if (written != i)
            {
                text.Slice(i, run).CopyTo(text[written..]);
            }
            written += run;
            i += run;
            if (next < 0)
            {
                break;
            }
            char c = text[i++];
            if (c == '"')
            {
                inQuotes = !inQuotes;
                text[written++] = c;
            }
            else if (inQuotes)
            {
                text[written++] = c;
            }
            else if (i == text.Length)
            {
                text[written++] = '\n';
                skipLineFeed = true;
            }
            else if (text[i] != '\n')
            {
                text[written++] = '\n';
            }
            // A carriage return before a line feed is dropped; the line feed follows in the next run.
        }
        return written;
    }
}
