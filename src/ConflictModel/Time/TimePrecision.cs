namespace ConflictModel;

/// <summary>How precisely a time of day (<see cref="DayTime"/>) is known.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum TimePrecision
{
    /// <summary>The minute is known ("at 7:30 a.m.", "à 7h30").</summary>
    Minute = 1,

    /// <summary>The hour is known, not the minute ("at 7 a.m.", "à 7 heures"): the hour's sixty minutes.</summary>
    Hour = 2,

    /// <summary>An approximate time ("around 7 a.m.", "vers 7 heures"): the hour before and the hour after.</summary>
    Around = 3,

    /// <summary>A named part of the day (<see cref="DayTime.Part"/>): the hours of its convention.</summary>
    PartOfDay = 4,
}
