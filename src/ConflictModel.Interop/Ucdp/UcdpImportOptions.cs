namespace ConflictModel.Interop;

/// <summary>Options of <see cref="UcdpGedCsv.Import(System.IO.TextReader, UcdpImportOptions?)"/>.</summary>
/// <remarks>Instances are immutable once built and safe to share between threads.</remarks>
public sealed record UcdpImportOptions
{
    /// <summary>The default options: lenient, reports in an undetermined language, UCDP in every claim's chain.</summary>
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

    /// <summary>
    /// The encoding of a file read from a stream that has no byte-order mark, or null (the default) for UTF-8. A byte-order
    /// mark (UTF-8, UTF-16, UTF-32) always wins. Bytes that are not valid in the encoding in use stop the import with an
    /// exception naming the line and byte; they are never replaced. Code pages such as windows-1256 need
    /// <c>Encoding.RegisterProvider(CodePagesEncodingProvider.Instance)</c> before <c>Encoding.GetEncoding</c>; ISO-8859-1 is
    /// <see cref="System.Text.Encoding.Latin1"/>. Text handed over as a <see cref="System.IO.TextReader"/> is already decoded.
    /// </summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>
    /// When true (the default), UCDP itself is a source of the dossier (id <c>ucdp</c>, kind <c>ngo-monitor</c>, named
    /// "UCDP") and the last relay of every claim: the original source relayed by the office in its report, relayed by
    /// UCDP, so that a dossier merged with other datasets tells which one coded each claim
    /// (<see cref="Dossier.ClaimsRelayedBy"/>). A row that names UCDP as an office or an original source gives UCDP's
    /// own place in the chain, never a second one. When false, the chains stop at the offices, and the dossier has no
    /// source for UCDP.
    /// </summary>
    public bool DatasetAsRelay { get; init; } = true;
}
