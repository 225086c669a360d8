using ConflictModel.Validation;

namespace HostExtension;

/// <summary>Acme's own diagnostic codes, with a prefix of their own so they never clash with the library's CM codes.</summary>
internal static class AcmeDiagnostics
{
    public static readonly DiagnosticDescriptor BlockedConvoyWithoutAccessNote = new(
        "ACME0001", "Blocked convoy without an access note", Severity.Warning, DiagnosticCategory.Host,
        "A blocked aid convoy happened at a place that has no access note, so the logistics desk cannot see who to call.");

    public static readonly DiagnosticDescriptor ClosedAccessWithoutContact = new(
        "ACME0002", "Closed access without a contact", Severity.Warning, DiagnosticCategory.Host,
        "A place's access note says access is closed but names no contact.");
}
