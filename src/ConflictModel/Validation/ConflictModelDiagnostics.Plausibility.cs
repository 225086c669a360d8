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
}
