namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM3001: following the parents of a place leads back to the place.</summary>
    public static readonly DiagnosticDescriptor PlaceParentCycle = new(
        "CM3001", "Place parent cycle", Severity.Error, DiagnosticCategory.Hierarchy,
        "Following the parent links of places comes back to a place already passed, so the places of the cycle have no country at the top.");

    /// <summary>CM3002: following the parents of an actor leads back to the actor.</summary>
    public static readonly DiagnosticDescriptor ActorParentCycle = new(
        "CM3002", "Actor parent cycle", Severity.Error, DiagnosticCategory.Hierarchy,
        "Following the parent links of actors comes back to an actor already passed, so each actor of the cycle is part of itself.");

    /// <summary>CM3003: following the organisations of a source leads back to the source.</summary>
    public static readonly DiagnosticDescriptor SourceOrganizationCycle = new(
        "CM3003", "Source organization cycle", Severity.Error, DiagnosticCategory.Hierarchy,
        "Following the organization links of sources comes back to a source already passed, so the sources of the cycle have no origin.");

    /// <summary>CM3004: a place's parent is of a kind that cannot contain the place's kind.</summary>
    public static readonly DiagnosticDescriptor ParentPlaceNotLarger = new(
        "CM3004", "Parent place is not larger", Severity.Error, DiagnosticCategory.Hierarchy,
        "A place's parent is of a kind that does not contain places of the child's kind (a town as the parent of a governorate), according to PlaceHierarchy.CanContain.");
}
