namespace ConflictModel.Validation;

/// <summary>
/// The descriptors of the library's own diagnostic codes, one field a code, grouped by category
/// in partial files. docs/diagnostics.md lists them all with examples and fixes.
/// </summary>
/// <remarks>
/// Codes are stable: a code is never renumbered or reused, and a rule that is retired keeps its
/// code reserved. This type is immutable and thread-safe.
/// </remarks>
public static partial class ConflictModelDiagnostics
{
}
