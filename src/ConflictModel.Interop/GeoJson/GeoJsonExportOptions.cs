namespace ConflictModel.Interop;

/// <summary>
/// Settings for <see cref="DossierGeoJson"/>: whether places get features of their own and whether
/// the output is indented.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GeoJsonExportOptions
{
    /// <summary>Creates export settings.</summary>
    /// <param name="includePlaces">
    /// Whether to write one feature for each place that has a well-formed point, besides the events'
    /// features.
    /// </param>
    /// <param name="indented">Whether to indent the JSON for reading by people.</param>
    public GeoJsonExportOptions(bool includePlaces = true, bool indented = false)
    {
        IncludePlaces = includePlaces;
        Indented = indented;
    }

    /// <summary>The default settings: places included, no indentation.</summary>
    public static GeoJsonExportOptions Default { get; } = new();

    /// <summary>Whether places with a well-formed point get a feature of their own (default true).</summary>
    public bool IncludePlaces { get; }

    /// <summary>Whether the JSON is indented (default false).</summary>
    public bool Indented { get; }
}
