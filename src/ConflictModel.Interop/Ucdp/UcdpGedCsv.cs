using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Interop;

/// <summary>
/// Reads UCDP Georeferenced Event Dataset (GED) CSV files (the columns of the GED codebook, in any order, with any extra
/// columns). Each row becomes an event with its two sides, its place from the country down, its interval of dates, its
/// low / best / high death toll and deaths by side, and one claim for each original source as relayed by each office
/// that published it. Codebook columns the model has no field for are kept on the event under <see cref="UcdpGedColumns.KeyPrefix"/>.
/// </summary>
/// <remarks>
/// <para>The file is read one row at a time: memory grows with the dossier being built, not with the file.</para>
/// <para>This type is stateless and thread-safe; each call works on its own reader.</para>
/// </remarks>
public static class UcdpGedCsv
{
    /// <summary>Reads GED CSV text into a dossier.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="options">The options, or null for <see cref="UcdpImportOptions.Default"/>.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="UcdpFormatException">
    /// The header lacks a required column, or <see cref="UcdpImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    public static UcdpImportResult Import(TextReader reader, UcdpImportOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        return new UcdpImporter(options).Import(reader);
    }

    /// <summary>Reads GED CSV bytes (the encoding a byte-order mark names, else <see cref="UcdpImportOptions.Encoding"/>, else UTF-8) into a dossier.</summary>
    /// <param name="stream">The CSV bytes; left open.</param>
    /// <param name="options">The options, or null for <see cref="UcdpImportOptions.Default"/>.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="UcdpFormatException">
    /// The header lacks a required column, or <see cref="UcdpImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    public static UcdpImportResult Import(Stream stream, UcdpImportOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        return new UcdpImporter(options).Import(stream, options?.Encoding);
    }

    /// <summary>Reads GED CSV text into a dossier without blocking on the reader.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="options">The options, or null for <see cref="UcdpImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read between rows.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="UcdpFormatException">
    /// The header lacks a required column, or <see cref="UcdpImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public static Task<UcdpImportResult> ImportAsync(TextReader reader, UcdpImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reader);
        return new UcdpImporter(options).ImportAsync(reader, cancellationToken);
    }

    /// <summary>Reads GED CSV bytes (the encoding a byte-order mark names, else <see cref="UcdpImportOptions.Encoding"/>, else UTF-8) into a dossier without blocking on the stream.</summary>
    /// <param name="stream">The CSV bytes; left open.</param>
    /// <param name="options">The options, or null for <see cref="UcdpImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read between rows.</param>
    /// <returns>The dossier, the diagnostics of skipped rows and the row counts.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="UcdpFormatException">
    /// The header lacks a required column, or <see cref="UcdpImportOptions.Strict"/> is set and a row is bad.
    /// </exception>
    /// <exception cref="System.OperationCanceledException">The token was cancelled.</exception>
    public static async Task<UcdpImportResult> ImportAsync(Stream stream, UcdpImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        return await new UcdpImporter(options).ImportAsync(stream, options?.Encoding, cancellationToken).ConfigureAwait(false);
    }
}
