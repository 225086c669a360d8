namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM2001: a reference names an id that no entity has.</summary>
    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "CM2001", "Unresolved reference", Severity.Error, DiagnosticCategory.References,
        "A reference names an id that no entity in the dossier has.");

    /// <summary>CM2002: a reference names an entity of the wrong kind.</summary>
    public static readonly DiagnosticDescriptor WrongKindReference = new(
        "CM2002", "Reference to the wrong kind", Severity.Error, DiagnosticCategory.References,
        "A reference names an id that exists, but on an entity of another kind than the reference needs (a place where an actor is expected).");
}
