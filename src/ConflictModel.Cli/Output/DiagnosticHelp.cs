namespace ConflictModel.Cli.Output;

/// <summary>Where each built-in diagnostic code is explained: its entry in docs/diagnostics.md.</summary>
internal static class DiagnosticHelp
{
    internal const string Page = "https://github.com/conflictmodel/conflictmodel/blob/main/docs/diagnostics.md";

    /// <summary>The address of a code's entry, or null for a code the page does not list (a host's own).</summary>
    internal static string? UriOf(string code) =>
        code.Length == 6 && code.StartsWith("CM", System.StringComparison.Ordinal) ? Page + "#" + code.ToLowerInvariant() : null;
}
