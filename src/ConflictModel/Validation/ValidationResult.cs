using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace ConflictModel.Validation;

/// <summary>
/// What validation found: the diagnostics in the order the rules reported them, whether the
/// dossier is valid (no errors), and counts by severity. A validation with a limit
/// (<see cref="DossierValidator.WithMaxDiagnosticsPerCode"/>) keeps the first diagnostics of each
/// code and counts the rest (<see cref="Omitted"/>); the counts by severity and by code include them.
/// </summary>
/// <remarks>This type is immutable and thread-safe, and it serializes with System.Text.Json.</remarks>
public sealed record ValidationResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <exception cref="System.ArgumentException"><paramref name="diagnostics"/> holds a null.</exception>
    public ValidationResult(IReadOnlyList<Diagnostic>? diagnostics)
        : this(diagnostics, null)
    {
    }

    /// <summary>Initializes a result whose validation left some diagnostics out.</summary>
    /// <param name="diagnostics">The diagnostics kept.</param>
    /// <param name="omitted">The diagnostics left out, counted by code; null or empty when none was.</param>
    /// <exception cref="System.ArgumentException">A list holds a null.</exception>
    [JsonConstructor]
    public ValidationResult(IReadOnlyList<Diagnostic>? diagnostics, IReadOnlyList<OmittedDiagnostics>? omitted)
    {
        Diagnostics = ValueList<Diagnostic>.From(diagnostics, nameof(diagnostics));
        Omitted = ValueList<OmittedDiagnostics>.From(omitted, nameof(omitted));
        foreach (var d in Diagnostics)
        {
            Tally(d.Severity, 1);
        }
        foreach (var o in Omitted)
        {
            Tally(o.Severity, o.Count);
        }
    }

    /// <summary>Gets the diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the diagnostics left out by a limit, counted by code; empty when none was.</summary>
    public IReadOnlyList<OmittedDiagnostics> Omitted { get; }

    /// <summary>Gets a value indicating whether some diagnostics were left out (<see cref="Omitted"/>).</summary>
    [JsonIgnore]
    public bool IsTruncated => Omitted.Count > 0;

    /// <summary>Gets the number of diagnostics of each code, those left out included, by code in ordinal order.</summary>
    /// <remarks>Counted again on each call.</remarks>
    [JsonIgnore]
    public IReadOnlyDictionary<string, int> CountsByCode
    {
        get
        {
            var byCode = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var d in Diagnostics)
            {
                byCode[d.Code] = byCode.GetValueOrDefault(d.Code) + 1;
            }
            foreach (var o in Omitted)
            {
                byCode[o.Code] = byCode.GetValueOrDefault(o.Code) + o.Count;
            }
            return byCode;
        }
    }

    /// <summary>Gets a value indicating whether there is no error.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the number of errors, those left out included.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Gets the number of warnings, those left out included.</summary>
    public int WarningCount { get; private set; }

    /// <summary>Gets the number of informational diagnostics, those left out included.</summary>
    public int InfoCount { get; private set; }

    /// <summary>Returns the diagnostics with a given code.</summary>
    /// <param name="code">A diagnostic code.</param>
    /// <returns>The diagnostics, in order.</returns>
    public IEnumerable<Diagnostic> WithCode(string code) => Diagnostics.Where(d => d.Code == code);

    private void Tally(Severity severity, int count)
    {
        switch (severity)
        {
            case Severity.Error: ErrorCount += count; break;
            case Severity.Warning: WarningCount += count; break;
            default: InfoCount += count; break;
        }
    }

    /// <summary>Returns the counts.</summary>
    /// <returns>Such as <c>valid: 0 errors, 1 warning, 2 info</c>.</returns>
    public override string ToString() =>
        $"{(IsValid ? "valid" : "invalid")}: {Counted.Of(ErrorCount, "error", "errors")}, {Counted.Of(WarningCount, "warning", "warnings")}, {Counted.Of(InfoCount, "info", "info")}";
}
