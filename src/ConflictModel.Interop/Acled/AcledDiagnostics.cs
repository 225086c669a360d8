using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop;

/// <summary>The diagnostics an ACLED import reports for rows it skips.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class AcledDiagnostics
{
    /// <summary>ACLED0001: a required column has no value.</summary>
    public static readonly DiagnosticDescriptor MissingValue = CsvDiagnostics.NewMissingValue("ACLED0001", AcledColumns.Required);

    /// <summary>ACLED0002: a date that cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnparsableDate = new(
        "ACLED0002", "Unparsable date", Severity.Error, DiagnosticCategory.Structure,
        "event_date is not one of the forms ACLED has used (2017-11-09, 09 November 2017, 9-November-2017, 9 Nov 2017, 09-Nov-17), or names a day outside years 1-9999.");

    /// <summary>ACLED0003: a number that cannot be read or is outside its codes.</summary>
    public static readonly DiagnosticDescriptor UnparsableNumber = CsvDiagnostics.NewUnparsableNumber(
        "ACLED0003", "latitude, longitude, fatalities, time_precision, geo_precision, inter1, inter2", "or not one of its codes or labels");

    /// <summary>ACLED0004: a coordinate outside its range.</summary>
    public static readonly DiagnosticDescriptor CoordinateOutOfRange = CsvDiagnostics.NewCoordinateOutOfRange("ACLED0004");

    /// <summary>ACLED0005: an event type or sub-event type the ACLED codebook does not list.</summary>
    public static readonly DiagnosticDescriptor UnknownEventType = new(
        "ACLED0005", "Unknown event type", Severity.Error, DiagnosticCategory.Structure,
        "sub_event_type is not a codebook label, or event_type is not the type the sub-event type belongs to.");

    /// <summary>ACLED0006: an event id given by an earlier row.</summary>
    public static readonly DiagnosticDescriptor DuplicateEventId = CsvDiagnostics.NewDuplicateEventId("ACLED0006", AcledColumns.EventIdCnty);

    /// <summary>ACLED0007: a row whose cells each pass their checks but whose values the model cannot hold together.</summary>
    public static readonly DiagnosticDescriptor UnusableRow = CsvDiagnostics.NewUnusableRow("ACLED0007");

    /// <summary>Every ACLED descriptor.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [MissingValue, UnparsableDate, UnparsableNumber, CoordinateOutOfRange, UnknownEventType, DuplicateEventId, UnusableRow];

    /// <summary>The descriptors the shared CSV import reports.</summary>
    internal static CsvDiagnostics Shared { get; } = new(MissingValue, UnparsableNumber, CoordinateOutOfRange, DuplicateEventId, UnusableRow);
}
