using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Validation;

namespace ConflictModel.Interop;

/// <summary>What a CSV import produced: the dossier, the diagnostics of rejected rows, and counts.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public abstract class CsvImportResult
{
    private protected CsvImportResult(Dossier dossier, IReadOnlyList<Diagnostic> diagnostics, int rowsRead, int rowsImported)
    {
        Dossier = dossier;
        Diagnostics = diagnostics;
        RowsRead = rowsRead;
        RowsImported = rowsImported;
    }

    /// <summary>The dossier built from the rows that were imported.</summary>
    public Dossier Dossier { get; }

    /// <summary>
    /// One diagnostic for each rejected row, in file order. Its path is <c>$.lines[N].column</c>, N being the 1-based line of
    /// the file where the row starts; its message names the line and column too.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The number of data rows read (the header excluded).</summary>
    public int RowsRead { get; }

    /// <summary>The number of rows that became events.</summary>
    public int RowsImported { get; }

    /// <summary>The number of rows skipped because they were bad.</summary>
    public int RowsRejected => RowsRead - RowsImported;

    /// <summary>Summarises the import for logs and the console.</summary>
    /// <returns>For example <c>7 rows read, 6 imported, 1 rejected (1 diagnostic): Dossier (…)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count(RowsRead, "row")} read, {RowsImported} imported, {RowsRejected} rejected ({Count(Diagnostics.Count, "diagnostic")}): {Dossier}");

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
