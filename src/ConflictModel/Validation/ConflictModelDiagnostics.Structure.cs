namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM1001: two entities of the same kind share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "CM1001", "Duplicate id", Severity.Error, DiagnosticCategory.Structure,
        "Two entities of the same kind are declared with the same id; references to it are ambiguous and only the first is found.");

    /// <summary>CM1002: entities of different kinds share an id.</summary>
    public static readonly DiagnosticDescriptor IdSharedAcrossKinds = new(
        "CM1002", "Id shared across kinds", Severity.Error, DiagnosticCategory.Structure,
        "Entities of different kinds are declared with the same id; ids must be unique across the whole dossier.");

    /// <summary>CM1003: two ids that differ only by letter case.</summary>
    public static readonly DiagnosticDescriptor IdsDifferOnlyByCase = new(
        "CM1003", "Ids differ only by case", Severity.Warning, DiagnosticCategory.Structure,
        "Two ids differ only by the case of their letters; they are distinct ids, but people and case-insensitive systems confuse them.");

    /// <summary>CM1004: a name with hidden characters or surrounding white space.</summary>
    public static readonly DiagnosticDescriptor HiddenCharactersInName = new(
        "CM1004", "Hidden characters in a name", Severity.Warning, DiagnosticCategory.Structure,
        "A name, title or quote holds control characters, bidirectional overrides, or white space at either end, which hide what it says or defeat matching.");

    /// <summary>CM1005: a latitude outside [-90, 90].</summary>
    public static readonly DiagnosticDescriptor LatitudeOutOfRange = new(
        "CM1005", "Latitude out of range", Severity.Error, DiagnosticCategory.Structure,
        "A place's latitude is outside [-90, 90] decimal degrees.");

    /// <summary>CM1006: a longitude outside [-180, 180].</summary>
    public static readonly DiagnosticDescriptor LongitudeOutOfRange = new(
        "CM1006", "Longitude out of range", Severity.Error, DiagnosticCategory.Structure,
        "A place's longitude is outside [-180, 180] decimal degrees.");

    /// <summary>CM1007: a coordinate that is not a number.</summary>
    public static readonly DiagnosticDescriptor CoordinateNotANumber = new(
        "CM1007", "Coordinate is not a number", Severity.Error, DiagnosticCategory.Structure,
        "A place's latitude or longitude is NaN or infinite.");

    /// <summary>CM1008: a country code that is not two upper-case letters.</summary>
    public static readonly DiagnosticDescriptor MalformedCountryCode = new(
        "CM1008", "Malformed country code", Severity.Error, DiagnosticCategory.Structure,
        "An actor's country, or a country's ISO 3166 code, is not an ISO 3166-1 alpha-2 code (two upper-case letters).");

    /// <summary>CM1009: a well-formed country code that names no country.</summary>
    public static readonly DiagnosticDescriptor UnknownCountryCode = new(
        "CM1009", "Unknown country code", Severity.Warning, DiagnosticCategory.Structure,
        "A country code is well-formed but is not an assigned ISO 3166-1 alpha-2 code (nor XK for Kosovo).");

    /// <summary>CM1010: a subdivision code that is not ISO 3166-2.</summary>
    public static readonly DiagnosticDescriptor MalformedSubdivisionCode = new(
        "CM1010", "Malformed subdivision code", Severity.Error, DiagnosticCategory.Structure,
        "The ISO 3166 code of a place that is not a country is not an ISO 3166-2 code (country code, hyphen, 1 to 3 letters or digits).");

    /// <summary>CM1011: a validity interval that starts after it ends.</summary>
    public static readonly DiagnosticDescriptor ValidityIntervalReversed = new(
        "CM1011", "Validity interval reversed", Severity.Error, DiagnosticCategory.Structure,
        "A membership's or relation's validity starts after it ends.");

    /// <summary>CM1012: a date range that starts after it ends.</summary>
    public static readonly DiagnosticDescriptor DateRangeReversed = new(
        "CM1012", "Date range reversed", Severity.Error, DiagnosticCategory.Structure,
        "A date known to a range of days (an event's date, a figure's date, when a claim was said, a control claim's date) starts after it ends.");

    /// <summary>CM1013: figure bounds out of order.</summary>
    public static readonly DiagnosticDescriptor FigureBoundsOutOfOrder = new(
        "CM1013", "Figure bounds out of order", Severity.Error, DiagnosticCategory.Structure,
        "A figure's bounds are out of order: a range's low is above its high, or an estimate does not have low ≤ best ≤ high.");

    /// <summary>CM1014: a negative count.</summary>
    public static readonly DiagnosticDescriptor NegativeCount = new(
        "CM1014", "Negative count", Severity.Error, DiagnosticCategory.Structure,
        "A figure counts fewer than zero.");

    /// <summary>CM1015: an OCHA P-code that does not look like one.</summary>
    public static readonly DiagnosticDescriptor MalformedPCode = new(
        "CM1015", "Malformed P-code", Severity.Warning, DiagnosticCategory.Structure,
        "A place's OCHA P-code is not two upper-case letters followed by upper-case letters and digits, ending with a digit (SY0904).");
}
