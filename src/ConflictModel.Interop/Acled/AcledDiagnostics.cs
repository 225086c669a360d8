using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop;

/// <summary>The diagnostics an ACLED import reports for rows it skips.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class AcledDiagnostics
{
    /// <summary>ACLED0001: a required column has no value.</summary>
    public static readonly DiagnosticDescriptor MissingValue = new(
        "ACLED0001", "Missing value", Severity.Error, DiagnosticCategory.Structure,
        "A column the import requires (event_id_cnty, event_date, event_type, sub_event_type, actor1, country, location, latitude, longitude, fatalities) is empty.");

    /// <summary>ACLED0002: a date that cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnparsableDate = new(
        "ACLED0002", "Unparsable date", Severity.Error, DiagnosticCategory.Structure,
        "event_date is not one of the forms ACLED has used (2017-11-09, 09 November 2017, 9-November-2017, 9 Nov 2017, 09-Nov-17), or names a day outside years 1-9999.");

    /// <summary>ACLED0003: a number that cannot be read or is outside its codes.</summary>
    public static readonly DiagnosticDescriptor UnparsableNumber = new(
        "ACLED0003", "Unparsable number", Severity.Error, DiagnosticCategory.Structure,
        "A numeric column (latitude, longitude, fatalities, time_precision, geo_precision, inter1, inter2) holds text that is not a number, or not one of its codes or labels.");

    /// <summary>ACLED0004: a coordinate outside its range.</summary>
    public static readonly DiagnosticDescriptor CoordinateOutOfRange = new(
        "ACLED0004", "Coordinate out of range", Severity.Error, DiagnosticCategory.Structure,
        "latitude is outside [-90, 90] or longitude outside [-180, 180] decimal degrees.");

    /// <summary>ACLED0005: an event type or sub-event type the ACLED codebook does not list.</summary>
    public static readonly DiagnosticDescriptor UnknownEventType = new(
        "ACLED0005", "Unknown event type", Severity.Error, DiagnosticCategory.Structure,
        "sub_event_type is not a codebook label, or event_type is not the type the sub-event type belongs to.");

    /// <summary>ACLED0006: an event id given by an earlier row.</summary>
    public static readonly DiagnosticDescriptor DuplicateEventId = new(
        "ACLED0006", "Duplicate event id", Severity.Error, DiagnosticCategory.Structure,
        "event_id_cnty repeats the id of an earlier row; the later row is skipped.");

    /// <summary>ACLED0007: a row whose cells each pass their checks but whose values the model cannot hold together.</summary>
    public static readonly DiagnosticDescriptor UnusableRow = new(
        "ACLED0007", "Unusable row", Severity.Error, DiagnosticCategory.Structure,
        "The row's values pass the column checks but the model refuses them (the message says which); only this row is skipped.");

    /// <summary>Every ACLED descriptor.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [MissingValue, UnparsableDate, UnparsableNumber, CoordinateOutOfRange, UnknownEventType, DuplicateEventId, UnusableRow];
}
