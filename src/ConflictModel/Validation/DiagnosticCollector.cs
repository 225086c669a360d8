using System.Collections.Generic;

namespace ConflictModel.Validation;

/// <summary>
/// Gathers diagnostics, keeping the first <see cref="MaxPerCode"/> of each code and counting the
/// others, so that what a validation holds in memory is bounded by the number of codes, not by the
/// number of problems found.
/// </summary>
/// <remarks>This type is not thread-safe.</remarks>
internal sealed class DiagnosticCollector(int maxPerCode)
{
    private readonly Dictionary<string, int> keptByCode = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, (Severity Severity, int Count)> omitted = new(System.StringComparer.Ordinal);
    private readonly List<string> omittedOrder = [];

    /// <summary>Gets the number of diagnostics of one code that are kept.</summary>
    internal int MaxPerCode { get; } = maxPerCode;

    /// <summary>Gets the diagnostics kept, in the order they came.</summary>
    internal List<Diagnostic> Kept { get; } = [];

    /// <summary>Keeps a diagnostic, or counts it when its code has reached the limit.</summary>
    internal void Add(Diagnostic diagnostic)
    {
        int kept = keptByCode.GetValueOrDefault(diagnostic.Code);
        if (kept < MaxPerCode)
        {
            keptByCode[diagnostic.Code] = kept + 1;
            Kept.Add(diagnostic);
            return;
        }
        if (omitted.TryGetValue(diagnostic.Code, out var tally))
        {
            omitted[diagnostic.Code] = (tally.Severity, tally.Count + 1);
        }
        else
        {
            omitted.Add(diagnostic.Code, (diagnostic.Severity, 1));
            omittedOrder.Add(diagnostic.Code);
        }
    }

    /// <summary>Adds diagnostics in order.</summary>
    internal void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Returns the result: the diagnostics kept, and those left out counted by code in the order their first was left out.</summary>
    internal ValidationResult ToResult()
    {
        var counts = new List<OmittedDiagnostics>(omittedOrder.Count);
        foreach (string code in omittedOrder)
        {
            var (severity, count) = omitted[code];
            counts.Add(new OmittedDiagnostics(code, severity, count));
        }
        return new ValidationResult(Kept, counts);
    }
}
