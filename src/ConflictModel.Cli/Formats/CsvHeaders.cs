using System;
using System.IO;
using System.Text;
using ConflictModel.Cli.Files;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// Tells an ACLED CSV from a UCDP GED CSV by its header, so that files of both kinds with the same <c>.csv</c> extension
/// can be given in one run. Only regular files are looked at: a pipe or a FIFO read here would lose what it gave.
/// </summary>
internal static class CsvHeaders
{
    /// <summary>How much of the file is read to find the header: its first line, which real files keep short.</summary>
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>Returns the CSV format whose header a file has, or null when it is not a regular file or its header names neither.</summary>
    /// <param name="path">A path given on the command line.</param>
    /// <param name="encoding">The encoding the user named for CSV input, or null.</param>
    public static DossierFormat? Detect(string path, Encoding? encoding)
    {
        if (FileNames.IsStandardStream(path) || FileTypes.Of(path) is not (FileType.Regular or FileType.Unknown))
        {
            return null;
        }
        string header;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            var buffer = new byte[MaxHeaderBytes];
            int length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            header = FirstLine(buffer.AsSpan(0, length), encoding);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reading it for real says what is wrong, with the path.
            return null;
        }
        return Of(header);
    }

    /// <summary>Returns the format a header line names: ACLED's <c>event_id_cnty</c>, GED's <c>type_of_violence</c> or <c>where_prec</c>.</summary>
    internal static DossierFormat? Of(string header)
    {
        bool acled = false;
        bool ucdp = false;
        foreach (string cell in header.Split(','))
        {
            string name = cell.Trim().Trim('"').Trim();
            acled |= name.Equals("event_id_cnty", StringComparison.OrdinalIgnoreCase);
            ucdp |= name.Equals("type_of_violence", StringComparison.OrdinalIgnoreCase) || name.Equals("where_prec", StringComparison.OrdinalIgnoreCase);
        }
        return acled == ucdp ? null : acled ? DossierFormats.AcledCsv : DossierFormats.UcdpCsv;
    }

    private static string FirstLine(ReadOnlySpan<byte> bytes, Encoding? encoding)
    {
        // A byte-order mark wins, as it does for the import.
        var (decoder, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0, 0, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (encoding ?? Encoding.UTF8, 0),
        };
        string text = decoder.GetString(bytes[skip..]);
        int end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }
}
