namespace ConflictModel.Merging;

/// <summary>What a piece of evidence for or against two entities being one says.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum MatchEvidenceKind
{
    /// <summary>Two names are the same once case, accents and spacing are ignored ("Etat islamique", "État Islamique").</summary>
    SameName = 0,

    /// <summary>Two names are the same once the Arabic article, punctuation and common transliteration variants are ignored ("Boukamal", "Al-Bukamal", "البوكمال").</summary>
    SameKey = 1,

    /// <summary>Two names have the same consonants, as spellings of one Arabic name often do ("Abu Kamal", "Boukamal"; "Deir Ezzor", "Dayr az Zawr").</summary>
    SameSkeleton = 2,

    /// <summary>Two names have the same words once translated to English and reordered ("Etat islamique", "Islamic State (Syria)").</summary>
    SameWords = 3,

    /// <summary>Two names differ by a few letters.</summary>
    SimilarName = 4,

    /// <summary>The entities share an external code (GeoNames id, P-code).</summary>
    SameCode = 5,

    /// <summary>The entities have different codes of the same scheme: they are different entities.</summary>
    DifferentCode = 6,

    /// <summary>The actors belong to the same country.</summary>
    SameCountry = 7,

    /// <summary>The actors belong to different countries.</summary>
    DifferentCountry = 8,

    /// <summary>The places' points are close, given the precision of each point.</summary>
    Nearby = 9,

    /// <summary>The places' points are further apart than one place would be, given the precision of each point.</summary>
    FarApart = 10,

    /// <summary>The entities are of different kinds (a town and a governorate, state forces and a militia).</summary>
    DifferentKind = 11,

    /// <summary>The user's mapping says the two are one.</summary>
    UserSame = 12,

    /// <summary>The user's mapping says the two are never one.</summary>
    UserNeverSame = 13,

    /// <summary>Two events' dates meet: the same day, or overlapping ranges of days.</summary>
    SameDates = 14,

    /// <summary>Two events' dates are apart by no more than the tolerance.</summary>
    NearDates = 15,

    /// <summary>Two events happened at places resolved as one.</summary>
    SamePlace = 16,

    /// <summary>Two events' types are the same, or related in the taxonomy mapping.</summary>
    CompatibleTypes = 17,

    /// <summary>Two events share an actor, once actors are resolved.</summary>
    SharedActors = 18,

    /// <summary>Two events both name actors, and none is shared.</summary>
    NoSharedActor = 19,

    /// <summary>An entity or event has the same id and the same content as one an earlier input of a merge brought (merging a dossier with itself).</summary>
    SameRecord = 20,

    /// <summary>One event's place is a district or province (not a country) that the other event's place lies in, once places are resolved.</summary>
    WithinPlace = 21,

    /// <summary>Both events give a toll of killed, and the two can both be true.</summary>
    AgreeingTolls = 22,

    /// <summary>Two actor names denote the same institution of the same country under two datasets' conventions ("Government of Syria", "Military Forces of Syria (2000-2024)": the state forces of Syria); see <see cref="ActorNameRule"/>.</summary>
    SameInstitution = 23,

    /// <summary>One actor name, in capitals, is the initials of the other without its qualifier ("IS", "Islamic State (Syria)").</summary>
    Acronym = 24,

    /// <summary>The country qualifier of one actor's name ("Islamic State (Syria)") is among the countries where the other actor's events take place.</summary>
    QualifierFits = 25,

    /// <summary>The country qualifier of one actor's name is not among the countries of the other actor's events, or differs from the other's qualifier ("(Syria)" against "(Iraq)").</summary>
    QualifierDoesNotFit = 26,
}
