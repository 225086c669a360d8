using System.Text.Json.Serialization;

namespace ConflictModel.Validation;

/// <summary>
/// How many diagnostics of one code a validation found beyond its limit
/// (<see cref="DossierValidator.MaxDiagnosticsPerCode"/>) and left out of
/// <see cref="ValidationResult.Diagnostics"/>; they still count in the result's totals.
/// </summary>
/// <remarks>This type is immutable and thread-safe, and it serializes with System.Text.Json.</remarks>
public sealed record OmittedDiagnostics
{
    /// <summary>Initializes a count of diagnostics left out.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="severity">The severity the diagnostics of that code had.</param>
    /// <param name="count">How many were left out.</param>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    [JsonConstructor]
    public OmittedDiagnostics(string code, Severity severity, int count)
    {
        Code = Preconditions.CheckNotBlank(code);
        Severity = severity;
        Count = Preconditions.CheckArgumentRange(count, 1, int.MaxValue);
    }

    /// <summary>Gets the diagnostic code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity the diagnostics of that code had.</summary>
    public Severity Severity { get; }

    /// <summary>Gets how many were left out, at least 1.</summary>
    public int Count { get; }
}
