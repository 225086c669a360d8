using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace ConflictModel.Validation;

/// <summary>
/// What validation found: the diagnostics in the order the rules reported them, whether the
/// dossier is valid (no errors), and counts by severity.
/// </summary>
/// <remarks>This type is immutable and thread-safe, and it serializes with System.Text.Json.</remarks>
public sealed record ValidationResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <exception cref="System.ArgumentException"><paramref name="diagnostics"/> holds a null.</exception>
    [JsonConstructor]
    public ValidationResult(IReadOnlyList<Diagnostic>? diagnostics)
    {
        Diagnostics = ValueList<Diagnostic>.From(diagnostics, nameof(diagnostics));
        foreach (var d in Diagnostics)
        {
            switch (d.Severity)
            {
                case Severity.Error: ErrorCount++; break;
                case Severity.Warning: WarningCount++; break;
                default: InfoCount++; break;
            }
        }
    }

    /// <summary>Gets the diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether there is no error.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of informational diagnostics.</summary>
    public int InfoCount { get; }

    /// <summary>Returns the diagnostics with a given code.</summary>
    /// <param name="code">A diagnostic code.</param>
    /// <returns>The diagnostics, in order.</returns>
    public IEnumerable<Diagnostic> WithCode(string code) => Diagnostics.Where(d => d.Code == code);

    /// <summary>Returns the counts.</summary>
    /// <returns>Such as <c>valid: 0 errors, 1 warning, 2 info</c>.</returns>
    public override string ToString() =>
        $"{(IsValid ? "valid" : "invalid")}: {Counted.Of(ErrorCount, "error", "errors")}, {Counted.Of(WarningCount, "warning", "warnings")}, {Counted.Of(InfoCount, "info", "info")}";
}
