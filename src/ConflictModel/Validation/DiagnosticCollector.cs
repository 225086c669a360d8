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
    private Dictionary<string, Slot>? deferred;

    /// <summary>Gets the number of diagnostics of one code that are kept.</summary>
    internal int MaxPerCode { get; } = maxPerCode;

    /// <summary>Gets the diagnostics kept, in the order they came.</summary>
    internal List<Diagnostic> Kept { get; } = [];

    /// <summary>Keeps a diagnostic, or counts it when its code has reached the limit.</summary>
    internal void Add(Diagnostic diagnostic)
    {
        Slot? slot = null;
        deferred?.TryGetValue(diagnostic.Code, out slot);
        int kept = keptByCode.GetValueOrDefault(diagnostic.Code);
        if (kept < MaxPerCode)
        {
            keptByCode[diagnostic.Code] = kept + 1;
            (slot?.Kept ?? Kept).Add(diagnostic);
            return;
        }
        if (omitted.TryGetValue(diagnostic.Code, out var tally))
        {
            omitted[diagnostic.Code] = (tally.Severity, tally.Count + 1);
        }
        else
        {
            omitted.Add(diagnostic.Code, (diagnostic.Severity, 1));
            if (slot is null)
            {
                omittedOrder.Add(diagnostic.Code);
            }
            else
            {
                slot.Omitted = true;
            }
        }
    }

    /// <summary>
    /// Holds back the diagnostics of some codes until <see cref="Flush"/>, so that rules that run
    /// together give their diagnostics in the order they would have, one rule after the other.
    /// The limit per code applies as they come; what is held back is at most the limit per code.
    /// </summary>
    /// <param name="codes">The codes to hold back, each reported by one rule only.</param>
    internal void Defer(IEnumerable<string> codes)
    {
        deferred ??= new Dictionary<string, Slot>(System.StringComparer.Ordinal);
        foreach (string code in codes)
        {
            deferred[code] = new Slot();
        }
    }

    /// <summary>Gives back what was held for a code, as if it came now, and stops holding it back.</summary>
    /// <param name="code">A code given to <see cref="Defer"/>.</param>
    internal void Flush(string code)
    {
        if (deferred is not null && deferred.Remove(code, out var slot))
        {
            Kept.AddRange(slot.Kept);
            if (slot.Omitted)
            {
                omittedOrder.Add(code);
            }
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

    /// <summary>What is held back for one code.</summary>
    private sealed class Slot
    {
        internal List<Diagnostic> Kept { get; } = [];

        internal bool Omitted { get; set; }
    }
}
