namespace ConflictModel.Interop;

/// <summary>Options of <see cref="AcledCsv.Export(Dossier, System.IO.TextWriter, AcledExportOptions?)"/>.</summary>
/// <remarks>Instances are immutable once built and safe to share between threads.</remarks>
public sealed record AcledExportOptions
{
    /// <summary>The default options: actor categories written as they were read.</summary>
    public static AcledExportOptions Default { get; } = new();

    /// <summary>How <c>inter1</c>, <c>inter2</c> and <c>interaction</c> are written; <see cref="AcledCategoryStyle.AsRead"/> by default.</summary>
    public AcledCategoryStyle Categories { get; init; } = AcledCategoryStyle.AsRead;
}
