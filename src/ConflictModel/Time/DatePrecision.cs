namespace ConflictModel;

/// <summary>How precisely a <see cref="FuzzyDate"/> is known.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum DatePrecision
{
    /// <summary>The exact day is known.</summary>
    Day = 1,

    /// <summary>The date lies somewhere in a range of days given by its start and end.</summary>
    DayRange = 2,

    /// <summary>The date lies in an ISO week (Monday to Sunday).</summary>
    Week = 3,

    /// <summary>The date lies in a calendar month.</summary>
    Month = 4,

    /// <summary>The date lies in a calendar year.</summary>
    Year = 5,
}
