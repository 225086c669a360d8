namespace ConflictModel;

/// <summary>A named part of the day, as reports give the time of an event ("at dawn", "overnight", "jeudi soir").</summary>
/// <remarks>
/// The numeric values are part of the contract and never change. The hours each part covers are a
/// convention (see <see cref="DayTime.Start"/> and <see cref="DayTime.End"/>); reports use the words
/// loosely, so validation compares parts of the day only with times far outside them.
/// </remarks>
public enum PartOfDay
{
    /// <summary>Dawn, first light ("at dawn", "à l'aube", "au petit matin"): 04:00 to 07:59.</summary>
    Dawn = 1,

    /// <summary>The morning ("this morning", "ce matin"): 05:00 to 11:59.</summary>
    Morning = 2,

    /// <summary>Around noon ("at noon", "à midi"): 11:00 to 13:59.</summary>
    Midday = 3,

    /// <summary>The afternoon ("cet après-midi"): 12:00 to 17:59.</summary>
    Afternoon = 4,

    /// <summary>The evening, dusk ("in the evening", "ce soir"): 17:00 to 22:59.</summary>
    Evening = 5,

    /// <summary>The night of the event's date ("at night", "Wednesday night"): 20:00 to 05:59, into the next day.</summary>
    Night = 6,

    /// <summary>
    /// Overnight: from the evening of one date into the morning of the next ("overnight", "last
    /// night", "dans la nuit de mercredi à jeudi"). The event's date then spans the two days.
    /// </summary>
    Overnight = 7,
}
