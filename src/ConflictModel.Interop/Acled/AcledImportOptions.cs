namespace ConflictModel.Interop;

/// <summary>Options of <see cref="AcledCsv.Import(System.IO.TextReader, AcledImportOptions?)"/>.</summary>
/// <remarks>Instances are immutable once built and safe to share between threads.</remarks>
public sealed record AcledImportOptions
{
    /// <summary>The default options: lenient, quotes in an undetermined language.</summary>
    public static AcledImportOptions Default { get; } = new();

    /// <summary>
    /// When true, the first bad row throws <see cref="AcledFormatException"/>; when false (the default),
    /// a bad row is reported as a diagnostic and skipped.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The language of the <c>notes</c> text kept as each claim's quote; undetermined by default.</summary>
    public LanguageTag NotesLanguage { get; init; } = LanguageTag.Undetermined;
}
