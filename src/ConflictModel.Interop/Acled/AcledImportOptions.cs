namespace ConflictModel.Interop;

/// <summary>Options of <see cref="AcledCsv.Import(System.IO.TextReader, AcledImportOptions?)"/>.</summary>
/// <remarks>Instances are immutable once built and safe to share between threads.</remarks>
public sealed record AcledImportOptions
{
    /// <summary>The default options: lenient, quotes in an undetermined language, ACLED in every claim's chain.</summary>
    public static AcledImportOptions Default { get; } = new();

    /// <summary>
    /// When true, the first bad row throws <see cref="AcledFormatException"/>; when false (the default),
    /// a bad row is reported as a diagnostic and skipped.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The language of the <c>notes</c> text kept as each claim's quote; undetermined by default.</summary>
    public LanguageTag NotesLanguage { get; init; } = LanguageTag.Undetermined;

    /// <summary>
    /// The encoding of a file read from a stream that has no byte-order mark, or null (the default) for UTF-8. A byte-order
    /// mark (UTF-8, UTF-16, UTF-32) always wins. Bytes that are not valid in the encoding in use stop the import with an
    /// exception naming the line and byte; they are never replaced. Code pages such as windows-1256 need
    /// <c>Encoding.RegisterProvider(CodePagesEncodingProvider.Instance)</c> before <c>Encoding.GetEncoding</c>; ISO-8859-1 is
    /// <see cref="System.Text.Encoding.Latin1"/>. Text handed over as a <see cref="System.IO.TextReader"/> is already decoded.
    /// </summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>
    /// When true (the default), ACLED itself is a source of the dossier (id <c>acled</c>, kind <c>ngo-monitor</c>, named
    /// "ACLED") and the last relay of every claim: the source of the <c>source</c> column relayed by ACLED, so that a
    /// dossier merged with other datasets tells which one coded each claim (<see cref="Dossier.ClaimsRelayedBy"/>). A row
    /// whose <c>source</c> names ACLED gives ACLED's own claim, without relay. When false, each claim has the row's source
    /// and no relay, and the dossier has no source for ACLED.
    /// </summary>
    public bool DatasetAsRelay { get; init; } = true;

    /// <summary>
    /// When true, and the machine has more than one processor, the rows are read and checked on the calling thread while a
    /// second thread builds the dossier from the rows checked before, a batch at a time (at most four batches of up to 256
    /// rows in hand): a large file takes less time to import, and somewhat more processor time, as the rows are handed from
    /// one thread to the other. When false (the default), the import uses the calling thread alone. Either way the dossier,
    /// its ids and the diagnostics are the same, and a strict import throws for the first bad row of the file.
    /// </summary>
    public bool ReadAhead { get; init; }
}
