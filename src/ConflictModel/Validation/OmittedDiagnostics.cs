namespace ConflictModel.Validation;

/// <summary>
/// How many diagnostics of one code a validation found beyond its limit
/// (<see cref="DossierValidator.MaxDiagnosticsPerCode"/>) and left out of
/// <see cref="ValidationResult.Diagnostics"/>; they still count in the result's totals.
/// </summary>
/// <remarks>This type is immutable and thread-safe, and it serializes with System.Text.Json.</remarks>
/// <param name="Code">The diagnostic code.</param>
/// <param name="Severity">The severity the diagnostics of that code had.</param>
/// <param name="Count">How many were left out, at least 1.</param>
public sealed record OmittedDiagnostics(string Code, Severity Severity, int Count);
