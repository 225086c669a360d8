namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM6001: an actor is a participant of one event on both sides.</summary>
    public static readonly DiagnosticDescriptor ActorOnBothSides = new(
        "CM6001", "Actor on both sides", Severity.Error, DiagnosticCategory.Consistency,
        "An actor is listed among one event's participants both as side-a and as side-b; an actor cannot fight itself.");

    /// <summary>CM6002: a change of control names as former holder an actor the dossier's own timeline does not show holding the place.</summary>
    public static readonly DiagnosticDescriptor ControlHandedOverByWrongActor = new(
        "CM6002", "Control handed over by the wrong actor", Severity.Warning, DiagnosticCategory.Consistency,
        "An event's outcome says control of a place passed from an actor, but the latest earlier evidence in the dossier (an earlier event's outcome or a claim of who held the place) has another actor holding it.");

    /// <summary>CM6003: two claims give figures for the same count that cannot both be true.</summary>
    public static readonly DiagnosticDescriptor ContradictoryFigures = new(
        "CM6003", "Contradictory figures", Severity.Warning, DiagnosticCategory.Consistency,
        "Two claims of fact give figures for the same count (same kind, subject, period, event and place, dates that may coincide) whose ranges do not overlap.");

    /// <summary>CM6004: two claims cannot both be true, for another reason than their figures.</summary>
    public static readonly DiagnosticDescriptor ContradictoryClaims = new(
        "CM6004", "Contradictory claims", Severity.Warning, DiagnosticCategory.Consistency,
        "Two claims of fact cannot both be true: one denies what the other asserts, they name different controllers of a place at the same time, different roles of one actor in one event, or a host assertion declares them exclusive.");

    /// <summary>CM6005: a party to the conflict is the only kind of source for a claim.</summary>
    public static readonly DiagnosticDescriptor SelfReportedClaim = new(
        "CM6005", "Self-reported claim", Severity.Info, DiagnosticCategory.Consistency,
        "A claim of fact comes from a party to the conflict, and no claim from an independent origin that is not itself a party says the same.");

    /// <summary>CM6006: the same actor appears twice among one event's participants with the same role.</summary>
    public static readonly DiagnosticDescriptor DuplicateParticipant = new(
        "CM6006", "Participant listed twice", Severity.Warning, DiagnosticCategory.Consistency,
        "The same actor is listed twice among one event's participants with the same role.");

    /// <summary>CM6007: a change of control from an actor to itself.</summary>
    public static readonly DiagnosticDescriptor ControlChangeToSameActor = new(
        "CM6007", "Control change to the same actor", Severity.Warning, DiagnosticCategory.Consistency,
        "An event's outcome says control of a place passed from an actor to the same actor, which is no change.");

    /// <summary>CM6008: an actor's memberships of one alliance overlap in time.</summary>
    public static readonly DiagnosticDescriptor OverlappingMemberships = new(
        "CM6008", "Overlapping memberships", Severity.Warning, DiagnosticCategory.Consistency,
        "The same actor is listed twice in one alliance with validity intervals that share at least one day.");

    /// <summary>CM6009: an event's well-known sub-type belongs to another event type.</summary>
    public static readonly DiagnosticDescriptor SubTypeOfAnotherType = new(
        "CM6009", "Sub-type of another event type", Severity.Error, DiagnosticCategory.Consistency,
        "An event's sub-type is one of the well-known sub-types of EventTaxonomy, which belongs to another event type than the event's type.");

    /// <summary>CM6010: the parts of a figure add up to more than the figure.</summary>
    public static readonly DiagnosticDescriptor PartsExceedTotal = new(
        "CM6010", "Parts exceed their total", Severity.Warning, DiagnosticCategory.Consistency,
        "Claims of fact that break a figure down (partOf) give, for their subjects together, more than the upper bound of the total they are a part of.");

    /// <summary>CM6011: a figure is said to be a part of a claim whose figure it cannot break down.</summary>
    public static readonly DiagnosticDescriptor PartDoesNotMatchTotal = new(
        "CM6011", "Part does not match its total", Severity.Error, DiagnosticCategory.Consistency,
        "A figure's partOf names a claim that is not a figure claim, or one that counts another kind, event or place, or the part has no subject of its own.");

    /// <summary>CM6012: a claim says an actor held a place on a day when, by another claim, control passed between two other actors.</summary>
    public static readonly DiagnosticDescriptor ControlAtOddsWithChange = new(
        "CM6012", "Control at odds with a change of control", Severity.Warning, DiagnosticCategory.Consistency,
        "A claim of fact says an actor held a place on a day when, by another claim of fact, control of the place passed from one actor to another, neither of them that actor.");
}
