namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM7001: the words of a figure hold a numeral that cannot be read to a single value.</summary>
    public static readonly DiagnosticDescriptor MalformedNumeral = new(
        "CM7001", "Malformed numeral in a figure", Severity.Warning, DiagnosticCategory.Plausibility,
        "The words of a figure hold a numeral that NumeralParser reports as ambiguous or invalid, such as \"120.00\" where French style groups thousands in threes.");

    /// <summary>CM7002: the words of a figure give another number than its value.</summary>
    public static readonly DiagnosticDescriptor FigureDiffersFromWords = new(
        "CM7002", "Figure differs from its words", Severity.Warning, DiagnosticCategory.Plausibility,
        "The numerals in the words of a figure all read cleanly, but none of them is a number the figure's value states (its count, bound or estimate).");

    /// <summary>CM7003: a figure counts a fraction of a person.</summary>
    public static readonly DiagnosticDescriptor FractionalCount = new(
        "CM7003", "Fractional count of people", Severity.Warning, DiagnosticCategory.Plausibility,
        "A number a figure's value states (its count, bound or estimate) is not a whole number.");

    /// <summary>CM7004: a place's point lies outside the extent of its country.</summary>
    public static readonly DiagnosticDescriptor PointFarFromCountry = new(
        "CM7004", "Point far from its country", Severity.Warning, DiagnosticCategory.Plausibility,
        "A place's point lies outside the bounding box, widened by half a degree, of the country the place's hierarchy leads to.");

    /// <summary>CM7005: a place's point is latitude 0, longitude 0.</summary>
    public static readonly DiagnosticDescriptor PointAtZero = new(
        "CM7005", "Point at 0,0", Severity.Warning, DiagnosticCategory.Plausibility,
        "A place's point has latitude and longitude both exactly 0, in the Gulf of Guinea: almost always a missing value written as zero.");

    /// <summary>CM7006: a claim graded confirmed that no independent origin backs.</summary>
    public static readonly DiagnosticDescriptor ConfirmedWithoutIndependentSource = new(
        "CM7006", "Confirmed without independent source", Severity.Warning, DiagnosticCategory.Plausibility,
        "A claim of fact is graded Credibility.Confirmed (1), which means confirmed by other independent sources, but no claim from another origin in the dossier says the same.");

    /// <summary>CM7007: a party to the conflict graded completely reliable.</summary>
    public static readonly DiagnosticDescriptor PartyGradedCompletelyReliable = new(
        "CM7007", "Party to the conflict graded completely reliable", Severity.Info, DiagnosticCategory.Plausibility,
        "A source that is a party to the conflict has reliability A (completely reliable), a grade rarely earned by a side speaking of its own war.");
}
