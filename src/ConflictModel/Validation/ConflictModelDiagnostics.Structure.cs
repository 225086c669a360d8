namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM1001: two entities of the same kind share an id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "CM1001", "Duplicate id", Severity.Error, DiagnosticCategory.Structure,
        "Two entities of the same kind are declared with the same id; references to it are ambiguous and only the first is found.");

    /// <summary>CM1002: entities of different kinds share an id.</summary>
    public static readonly DiagnosticDescriptor IdSharedAcrossKinds = new(
        "CM1002", "Id shared across kinds", Severity.Error, DiagnosticCategory.Structure,
        "Entities of different kinds are declared with the same id; ids must be unique across the whole dossier.");
}
