using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop;

/// <summary>The diagnostics a UCDP GED import reports for rows it skips.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class UcdpDiagnostics
{
    /// <summary>UCDP0001: a required column has no value.</summary>
    public static readonly DiagnosticDescriptor MissingValue = CsvDiagnostics.NewMissingValue("UCDP0001", UcdpGedColumns.Required);

    /// <summary>UCDP0002: a date that cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnparsableDate = new(
        "UCDP0002", "Unparsable date", Severity.Error, DiagnosticCategory.Structure,
        "date_start, date_end or one of the ';'-separated dates of source_date is not yyyy-MM-dd (a time after the date is allowed).");

    /// <summary>UCDP0003: a number that cannot be read or is outside its codes.</summary>
    public static readonly DiagnosticDescriptor UnparsableNumber = CsvDiagnostics.NewUnparsableNumber(
        "UCDP0003", "latitude, longitude, where_prec, date_prec, event_clarity, number_of_sources, best, low, high, deaths_a, deaths_b, deaths_civilians, deaths_unknown",
        "a negative count, or a code outside its range");

    /// <summary>UCDP0004: a coordinate outside its range.</summary>
    public static readonly DiagnosticDescriptor CoordinateOutOfRange = CsvDiagnostics.NewCoordinateOutOfRange("UCDP0004");

    /// <summary>UCDP0005: a type of violence the GED codebook does not list.</summary>
    public static readonly DiagnosticDescriptor UnknownTypeOfViolence = new(
        "UCDP0005", "Unknown type of violence", Severity.Error, DiagnosticCategory.Structure,
        "type_of_violence is not 1 (state-based), 2 (non-state) or 3 (one-sided).");

    /// <summary>UCDP0006: an event id given by an earlier row.</summary>
    public static readonly DiagnosticDescriptor DuplicateEventId = CsvDiagnostics.NewDuplicateEventId("UCDP0006", UcdpGedColumns.Id);

    /// <summary>UCDP0007: values that contradict each other.</summary>
    public static readonly DiagnosticDescriptor InconsistentValues = new(
        "UCDP0007", "Inconsistent values", Severity.Error, DiagnosticCategory.Structure,
        "date_end is before date_start, or low, best and high are not in increasing order.");

    /// <summary>UCDP0008: more source names than a row may list.</summary>
    public static readonly DiagnosticDescriptor TooManySources = new(
        "UCDP0008", "Too many sources", Severity.Error, DiagnosticCategory.Structure,
        "source_office, source_original or source_date lists more than 100 entries; each original source relayed by each office becomes a claim, so the row is refused rather than multiplied.");

    /// <summary>UCDP0009: a row whose cells each pass their checks but whose values the model cannot hold together.</summary>
    public static readonly DiagnosticDescriptor UnusableRow = CsvDiagnostics.NewUnusableRow("UCDP0009");

    /// <summary>Every UCDP descriptor.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [MissingValue, UnparsableDate, UnparsableNumber, CoordinateOutOfRange, UnknownTypeOfViolence, DuplicateEventId, InconsistentValues, TooManySources, UnusableRow];

    /// <summary>The descriptors the shared CSV import reports.</summary>
    internal static CsvDiagnostics Shared { get; } = new(MissingValue, UnparsableNumber, CoordinateOutOfRange, DuplicateEventId, UnusableRow);
}
