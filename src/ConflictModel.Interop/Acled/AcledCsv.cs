using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop;

/// <summary>
/// Reads and writes ACLED CSV files (the columns of the ACLED codebook). An import turns each row into an event with its
/// actors, places, sources and one claim per source, and keeps every column value so that an export writes the row back.
/// </summary>
/// <remarks>This type is stateless and thread-safe; each call works on its own reader or writer.</remarks>
public static class AcledCsv
{
    /// <summary>Reads ACLED CSV text into a dossier.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="options">The options, or null for <see cref="AcledImportOptions.Default"/>.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="AcledFormatException">
    /// The header lacks a required column, names one twice or is missing, the CSV cannot be read past a line (a quoted cell that does not
    /// end with a quote, a row of more than 16 Mi characters), or <see cref="AcledImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    public static AcledImportResult Import(TextReader reader, AcledImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        return new AcledImporter(options).Import(reader);
    }

    /// <summary>
    /// Reads ACLED CSV bytes into a dossier: the encoding a byte-order mark names, else <see cref="AcledImportOptions.Encoding"/>,
    /// else UTF-8; bytes that are not valid there stop the import with an exception naming the line and byte.
    /// </summary>
    /// <param name="stream">The CSV bytes; left open.</param>
    /// <param name="options">The options, or null for <see cref="AcledImportOptions.Default"/>.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="AcledFormatException">
    /// The header lacks a required column, names one twice or is missing, the CSV cannot be read past a line (a quoted cell that does not
    /// end with a quote, a row of more than 16 Mi characters), or <see cref="AcledImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    public static AcledImportResult Import(Stream stream, AcledImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        return new AcledImporter(options).Import(stream, options?.Encoding);
    }

    /// <summary>
    /// Reads ACLED CSV bytes (the encoding a byte-order mark names, else <see cref="AcledImportOptions.Encoding"/>, else
    /// UTF-8) into a dossier without blocking on the stream.
    /// </summary>
    /// <param name="stream">The CSV bytes; left open.</param>
    /// <param name="options">The options, or null for <see cref="AcledImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read between rows.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="AcledFormatException">
    /// The header lacks a required column, names one twice or is missing, the bytes are not text in the encoding in use, the
    /// CSV cannot be read past a line, or <see cref="AcledImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public static async Task<AcledImportResult> ImportAsync(Stream stream, AcledImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        return await new AcledImporter(options).ImportAsync(stream, options?.Encoding, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads ACLED CSV text into a dossier without blocking on the reader.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="options">The options, or null for <see cref="AcledImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read between rows.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="AcledFormatException">
    /// The header lacks a required column, names one twice or is missing, the CSV cannot be read past a line (a quoted cell that does not
    /// end with a quote, a row of more than 16 Mi characters), or <see cref="AcledImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public static Task<AcledImportResult> ImportAsync(TextReader reader, AcledImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reader);
        return new AcledImporter(options).ImportAsync(reader, cancellationToken);
    }

    /// <summary>
    /// Writes every event of a dossier as an ACLED CSV row: the 31 codebook columns in codebook order, then any extra
    /// columns an import kept. Kept column values are written as they were read; other values are derived from the model.
    /// Text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe so that spreadsheets do
    /// not run them; numeric columns holding numbers are written as they are.
    /// </summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="writer">Where the CSV text goes; flushed, left open.</param>
    /// <param name="options">The options, or null for <see cref="AcledExportOptions.Default"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="dossier"/> or <paramref name="writer"/> is null.</exception>
    public static void Export(Dossier dossier, TextWriter writer, AcledExportOptions? options = null)
    {
        Preconditions.CheckNotNull(dossier);
        Preconditions.CheckNotNull(writer);
        AcledExporter.Export(dossier, writer, options ?? AcledExportOptions.Default);
    }

    /// <summary>Writes every event of a dossier as ACLED CSV rows in UTF-8 without a byte-order mark.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="stream">Where the bytes go; flushed, left open.</param>
    /// <param name="options">The options, or null for <see cref="AcledExportOptions.Default"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="dossier"/> or <paramref name="stream"/> is null.</exception>
    public static void Export(Dossier dossier, Stream stream, AcledExportOptions? options = null)
    {
        Preconditions.CheckNotNull(dossier);
        Preconditions.CheckNotNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true);
        AcledExporter.Export(dossier, writer, options ?? AcledExportOptions.Default);
    }
}
