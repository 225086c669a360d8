using System.Collections.Generic;
using ConflictModel.Validation;

namespace ConflictModel.Interop;

/// <summary>What a UCDP GED import produced: the dossier, the diagnostics of rejected rows (codes in <see cref="UcdpDiagnostics"/>), and counts.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class UcdpImportResult : CsvImportResult
{
    internal UcdpImportResult(Dossier dossier, IReadOnlyList<Diagnostic> diagnostics, int rowsRead, int rowsImported)
        : base(dossier, diagnostics, rowsRead, rowsImported)
    {
    }
}
