namespace ConflictModel;

/// <summary>
/// How an attempt to read a numeral from news text ended.
/// </summary>
/// <remarks>This enum is immutable and thread-safe.</remarks>
public enum NumeralParseOutcome
{
    /// <summary>The text is a well-formed numeral; <see cref="NumeralParseResult.Value"/> holds it.</summary>
    Parsed = 0,

    /// <summary>
    /// The text looks like a numeral but could be read more than one way (typically malformed digit
    /// grouping); <see cref="NumeralParseResult.Candidates"/> lists the plausible readings.
    /// </summary>
    Ambiguous = 1,

    /// <summary>The text is not a numeral; <see cref="NumeralParseResult.Reason"/> says why.</summary>
    Invalid = 2,
}
