using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>The column names of the UCDP Georeferenced Event Dataset (GED) codebook, in the order GED publishes them.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class UcdpGedColumns
{
#pragma warning disable CS1591 // Each constant is the column name it spells.
    public const string Id = "id";
    public const string RelId = "relid";
    public const string Year = "year";
    public const string ActiveYear = "active_year";
    public const string CodeStatus = "code_status";
    public const string TypeOfViolence = "type_of_violence";
    public const string ConflictDsetId = "conflict_dset_id";
    public const string ConflictNewId = "conflict_new_id";
    public const string ConflictName = "conflict_name";
    public const string DyadDsetId = "dyad_dset_id";
    public const string DyadNewId = "dyad_new_id";
    public const string DyadName = "dyad_name";
    public const string SideADsetId = "side_a_dset_id";
    public const string SideANewId = "side_a_new_id";
    public const string SideA = "side_a";
    public const string SideBDsetId = "side_b_dset_id";
    public const string SideBNewId = "side_b_new_id";
    public const string SideB = "side_b";
    public const string NumberOfSources = "number_of_sources";
    public const string SourceArticle = "source_article";
    public const string SourceOffice = "source_office";
    public const string SourceDate = "source_date";
    public const string SourceHeadline = "source_headline";
    public const string SourceOriginal = "source_original";
    public const string WherePrec = "where_prec";
    public const string WhereCoordinates = "where_coordinates";
    public const string WhereDescription = "where_description";
    public const string Adm1 = "adm_1";
    public const string Adm2 = "adm_2";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string GeomWkt = "geom_wkt";
    public const string PriogridGid = "priogrid_gid";
    public const string Country = "country";
    public const string CountryId = "country_id";
    public const string Region = "region";
    public const string EventClarity = "event_clarity";
    public const string DatePrec = "date_prec";
    public const string DateStart = "date_start";
    public const string DateEnd = "date_end";
    public const string DeathsA = "deaths_a";
    public const string DeathsB = "deaths_b";
    public const string DeathsCivilians = "deaths_civilians";
    public const string DeathsUnknown = "deaths_unknown";
    public const string Best = "best";
    public const string High = "high";
    public const string Low = "low";
    public const string GwnoA = "gwnoa";
    public const string GwnoB = "gwnob";
#pragma warning restore CS1591

    /// <summary>The 49 codebook columns in GED's order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Id, RelId, Year, ActiveYear, CodeStatus, TypeOfViolence, ConflictDsetId, ConflictNewId, ConflictName,
        DyadDsetId, DyadNewId, DyadName, SideADsetId, SideANewId, SideA, SideBDsetId, SideBNewId, SideB,
        NumberOfSources, SourceArticle, SourceOffice, SourceDate, SourceHeadline, SourceOriginal,
        WherePrec, WhereCoordinates, WhereDescription, Adm1, Adm2, Latitude, Longitude, GeomWkt, PriogridGid,
        Country, CountryId, Region, EventClarity, DatePrec, DateStart, DateEnd,
        DeathsA, DeathsB, DeathsCivilians, DeathsUnknown, Best, High, Low, GwnoA, GwnoB,
    ];

    /// <summary>
    /// The columns an import requires in the header; a row must give each a value. They are what an event needs: its id, its
    /// kind of violence, its two sides, where and when it happened, and the best estimate of its deaths.
    /// </summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        Id, TypeOfViolence, SideA, SideB, Country, Latitude, Longitude, WherePrec, DateStart, DateEnd, Best,
    ];

    /// <summary>The prefix of the extension keys an import keeps column values under.</summary>
    public const string KeyPrefix = "ucdp:";

    /// <summary>The prefix of the extension keys an import keeps columns outside the codebook under.</summary>
    public const string ExtraColumnKeyPrefix = "ucdp:column:";

    /// <summary>The scheme of the external reference that keeps GED's <c>relid</c> beside its <c>id</c>.</summary>
    public const string RelIdScheme = "ucdp-ged-relid";
}
