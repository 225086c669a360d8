namespace ConflictModel;

/// <summary>
/// Which punctuation a news text uses for thousands groups and decimals.
/// </summary>
/// <remarks>This enum is immutable and thread-safe.</remarks>
public enum NumeralStyle
{
    /// <summary>"330.000" or "120 000" group thousands; "1,5" is a decimal. Also "milliard" for 10^9.</summary>
    French = 0,

    /// <summary>"330,000" or "120 000" group thousands; "1.5" is a decimal. Also "billion" for 10^9.</summary>
    English = 1,
}
