namespace ConflictModel;

/// <summary>
/// The external codes of a place: ISO 3166 (alpha-2 for a country, 3166-2 for a subdivision), the
/// GeoNames id, and the OCHA P-code.
/// </summary>
/// <remarks>
/// Codes are kept as given and checked by validation. This type is immutable and thread-safe.
/// </remarks>
public sealed record PlaceCodes
{
    /// <summary>No codes.</summary>
    public static readonly PlaceCodes None = new();

    /// <summary>Initializes a set of codes.</summary>
    /// <param name="iso3166">An ISO 3166-1 alpha-2 code ("SY") or ISO 3166-2 code ("SY-DY"), or null.</param>
    /// <param name="geoNamesId">The GeoNames id, or null.</param>
    /// <param name="pCode">The OCHA P-code ("SY0904"), or null.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="System.ArgumentException">A code is blank.</exception>
    public PlaceCodes(string? iso3166 = null, long? geoNamesId = null, string? pCode = null, ExtensionData? extensions = null)
    {
        Iso3166 = Checks.OptionalText(iso3166);
        GeoNamesId = geoNamesId;
        PCode = Checks.OptionalText(pCode);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the ISO 3166-1 alpha-2 or ISO 3166-2 code, or null.</summary>
    public string? Iso3166 { get; }

    /// <summary>Gets the GeoNames id, or null.</summary>
    public long? GeoNamesId { get; }

    /// <summary>Gets the OCHA P-code, or null.</summary>
    public string? PCode { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }
}
