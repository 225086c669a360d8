using System;
using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop;

/// <summary>
/// What tells one CSV format from another to the shared import: its columns, the names older releases gave them, the
/// diagnostics and the exception it reports with, and the prefixes of the extension keys its cells are kept under.
/// Everything else (header checks, line counting, decoding, row rejection, kept cells) is the same code for every format.
/// </summary>
internal sealed class CsvFormat
{
    private readonly Func<string, int, string?, string?, Exception?, CsvFormatException> newException;

    /// <param name="description">A short name of the format for messages, such as "an ACLED file".</param>
    /// <param name="knownColumns">The columns of the codebook.</param>
    /// <param name="requiredColumns">The columns the header must name, and that every row must fill.</param>
    /// <param name="columnAliases">Names older releases gave to codebook columns, each with the codebook's name.</param>
    /// <param name="keyPrefix">The prefix of the extension keys of codebook columns, such as "acled:".</param>
    /// <param name="extraColumnKeyPrefix">The prefix of the extension keys of columns outside the codebook.</param>
    /// <param name="diagnostics">The diagnostics every CSV format reports.</param>
    /// <param name="newException">Makes the format's exception from a message, line, column, code and cause.</param>
    internal CsvFormat(string description, IReadOnlyList<string> knownColumns, IReadOnlyList<string> requiredColumns,
        IReadOnlyList<(string Alias, string Column)> columnAliases, string keyPrefix, string extraColumnKeyPrefix,
        CsvDiagnostics diagnostics, Func<string, int, string?, string?, Exception?, CsvFormatException> newException)
    {
        Description = description;
        KnownColumns = knownColumns;
        RequiredColumns = requiredColumns;
        ColumnAliases = columnAliases;
        KeyPrefix = keyPrefix;
        ExtraColumnKeyPrefix = extraColumnKeyPrefix;
        Diagnostics = diagnostics;
        this.newException = newException;
    }

    /// <summary>A short name of the format for messages, such as "an ACLED file".</summary>
    internal string Description { get; }

    /// <summary>The columns of the codebook; the header's other columns are extra columns.</summary>
    internal IReadOnlyList<string> KnownColumns { get; }

    /// <summary>The columns the header must name, and that every row must fill.</summary>
    internal IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Names older releases gave to codebook columns, each with the codebook's name.</summary>
    internal IReadOnlyList<(string Alias, string Column)> ColumnAliases { get; }

    /// <summary>The prefix of the extension keys of codebook columns.</summary>
    internal string KeyPrefix { get; }

    /// <summary>The prefix of the extension keys of columns outside the codebook.</summary>
    internal string ExtraColumnKeyPrefix { get; }

    /// <summary>The diagnostics every CSV format reports.</summary>
    internal CsvDiagnostics Diagnostics { get; }

    /// <summary>The format's exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The column, or null.</param>
    /// <param name="code">The diagnostic code of a bad row, or null.</param>
    /// <param name="cause">The cause, or null.</param>
    internal CsvFormatException Error(string message, int line, string? column, string? code, Exception? cause = null) =>
        newException(message, line, column, code, cause);
}

/// <summary>
/// The diagnostics every CSV format reports, each under the format's own code: made here once, so that the formats say
/// the same thing in the same words.
/// </summary>
/// <param name="MissingValue">A required column without a value.</param>
/// <param name="UnparsableNumber">A number that cannot be read, or a code outside its range.</param>
/// <param name="CoordinateOutOfRange">A latitude or longitude outside its range.</param>
/// <param name="DuplicateEventId">An event id given by an earlier row.</param>
/// <param name="UnusableRow">A row whose values pass the format's checks but that the model cannot hold.</param>
internal sealed record CsvDiagnostics(
    DiagnosticDescriptor MissingValue,
    DiagnosticDescriptor UnparsableNumber,
    DiagnosticDescriptor CoordinateOutOfRange,
    DiagnosticDescriptor DuplicateEventId,
    DiagnosticDescriptor UnusableRow)
{
    /// <summary>The descriptor of a required column without a value, listing the required columns.</summary>
    internal static DiagnosticDescriptor NewMissingValue(string code, IReadOnlyList<string> requiredColumns) => new(
        code, "Missing value", Severity.Error, DiagnosticCategory.Structure,
        "A column the import requires (" + string.Join(", ", requiredColumns) + ") is empty.");

    /// <summary>The descriptor of a number that cannot be read, listing the numeric columns and what else is refused.</summary>
    internal static DiagnosticDescriptor NewUnparsableNumber(string code, string numericColumns, string refused) => new(
        code, "Unparsable number", Severity.Error, DiagnosticCategory.Structure,
        "A numeric column (" + numericColumns + ") holds text that is not a number, " + refused + ".");

    /// <summary>The descriptor of a latitude or longitude outside its range.</summary>
    internal static DiagnosticDescriptor NewCoordinateOutOfRange(string code) => new(
        code, "Coordinate out of range", Severity.Error, DiagnosticCategory.Structure,
        "latitude is outside [-90, 90] or longitude outside [-180, 180] decimal degrees.");

    /// <summary>The descriptor of an event id given by an earlier row.</summary>
    internal static DiagnosticDescriptor NewDuplicateEventId(string code, string idColumn) => new(
        code, "Duplicate event id", Severity.Error, DiagnosticCategory.Structure,
        idColumn + " repeats the id of an earlier row; the later row is skipped.");

    /// <summary>The descriptor of a row that the model refuses though its cells pass their checks, or that has a value where no column can keep it.</summary>
    internal static DiagnosticDescriptor NewUnusableRow(string code) => new(
        code, "Unusable row", Severity.Error, DiagnosticCategory.Structure,
        "The row's values pass the column checks but the model refuses them, or the row has a value past the header that no column can keep (the message says which); only this row is skipped.");
}
