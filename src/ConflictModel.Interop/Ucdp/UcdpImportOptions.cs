namespace ConflictModel.Interop;

/// <summary>Options of <see cref="UcdpGedCsv.Import(System.IO.TextReader, UcdpImportOptions?)"/>.</summary>
/// <remarks>Instances are immutable once built and safe to share between threads.</remarks>
public sealed record UcdpImportOptions
{
    /// <summary>The default options: lenient, reports in an undetermined language.</summary>
    public static UcdpImportOptions Default { get; } = new();

    /// <summary>
    /// When true, the first bad row throws <see cref="UcdpFormatException"/>; when false (the default),
    /// a bad row is reported as a diagnostic and skipped.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The language of the reports built from <c>source_headline</c>; undetermined by default, since GED mixes the
    /// languages of the articles it codes.
    /// </summary>
    public LanguageTag ReportLanguage { get; init; } = LanguageTag.Undetermined;
}
