namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM4001: an event begins after every report that tells of it was published.</summary>
    public static readonly DiagnosticDescriptor EventAfterItsReports = new(
        "CM4001", "Event after its reports", Severity.Error, DiagnosticCategory.Time,
        "The earliest day of an event comes after the publication date of every report that carries a claim of fact about it.");

    /// <summary>CM4002: a claim of fact was stated before the event it asserts began.</summary>
    public static readonly DiagnosticDescriptor ClaimBeforeEvent = new(
        "CM4002", "Claim said before the event", Severity.Error, DiagnosticCategory.Time,
        "A claim that asserts or denies an event was stated before the event's earliest day; only a claim about the future or a hypothesis may speak before.");

    /// <summary>CM4003: actors on the same side of an event are linked by a relation or an alliance that does not hold on the event's date.</summary>
    public static readonly DiagnosticDescriptor RelationNotValidOnEventDate = new(
        "CM4003", "Relation or membership not valid on event date", Severity.Warning, DiagnosticCategory.Time,
        "Two participants on the same side of an event are linked by relations (allied with, supports, part of, commands) or by one alliance, but no such relation, or not both memberships, hold on the event's date.");

    /// <summary>CM4004: a claim was stated after the report that carries it was published.</summary>
    public static readonly DiagnosticDescriptor ClaimAfterItsReport = new(
        "CM4004", "Claim said after its report", Severity.Error, DiagnosticCategory.Time,
        "The date a claim was stated starts after the publication date of the report that carries it.");

    /// <summary>CM4005: a figure of fact is dated after the report that carries it was published.</summary>
    public static readonly DiagnosticDescriptor FigureAfterItsReport = new(
        "CM4005", "Figure dated after its report", Severity.Warning, DiagnosticCategory.Time,
        "The date a figure holds as of starts after the publication date of the report that carries the claim of fact that gives it.");
}
