using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>The column names of the Parquet event table that <see cref="DossierParquet"/> writes, in file order.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ParquetColumns
{
    /// <summary>The event's id (string, never null).</summary>
    public const string EventId = "event_id";

    /// <summary>The event's references in other datasets as <c>scheme:value</c> joined by <c>"; "</c> (string).</summary>
    public const string ExternalIds = "external_ids";

    /// <summary>The event type term, such as <c>battles</c> (string, never null).</summary>
    public const string EventType = "event_type";

    /// <summary>The sub-event type term (string).</summary>
    public const string SubEventType = "sub_event_type";

    /// <summary>The first possible day (date, never null).</summary>
    public const string DateStart = "date_start";

    /// <summary>The last possible day (date, never null).</summary>
    public const string DateEnd = "date_end";

    /// <summary>The date's precision: <c>day</c>, <c>day-range</c>, <c>week</c>, <c>month</c> or <c>year</c> (string, never null).</summary>
    public const string DatePrecision = "date_precision";

    /// <summary>The id of the first side-A participant (string).</summary>
    public const string Actor1Id = "actor1_id";

    /// <summary>The primary name of the first side-A participant (string).</summary>
    public const string Actor1 = "actor1";

    /// <summary>The id of the first side-B participant (string).</summary>
    public const string Actor2Id = "actor2_id";

    /// <summary>The primary name of the first side-B participant (string).</summary>
    public const string Actor2 = "actor2";

    /// <summary>Every participant's primary name, in event order, joined by <c>"; "</c> (string).</summary>
    public const string Actors = "actors";

    /// <summary>Every participant's id, in event order, joined by <c>"; "</c> (string).</summary>
    public const string ActorIds = "actor_ids";

    /// <summary>The name of the nearest <c>country</c> place from the event's place up (string).</summary>
    public const string Country = "country";

    /// <summary>The name of the nearest <c>governorate</c> place (first-order division) (string).</summary>
    public const string Admin1 = "admin1";

    /// <summary>The name of the nearest <c>district</c> place (second-order division) (string).</summary>
    public const string Admin2 = "admin2";

    /// <summary>The name of the nearest <c>subdistrict</c> place (third-order division) (string).</summary>
    public const string Admin3 = "admin3";

    /// <summary>The name of the event's place when it is not a country or an administrative division (string).</summary>
    public const string Location = "location";

    /// <summary>The event's place id (string).</summary>
    public const string PlaceId = "place_id";

    /// <summary>The latitude of the point the event is drawn at: its place's, or the nearest parent's that has one (double).</summary>
    public const string Latitude = "latitude";

    /// <summary>The longitude of that point (double).</summary>
    public const string Longitude = "longitude";

    /// <summary>How closely that point stands for the place, such as <c>exact</c> or <c>district-centroid</c> (string).</summary>
    public const string SpatialPrecision = "spatial_precision";

    /// <summary>The best estimate of the death toll: the <c>killed</c> figure with the highest best estimate (double).</summary>
    public const string FatalitiesBest = "fatalities_best";

    /// <summary>The low bound of that figure (double; null for an open-ended "at least").</summary>
    public const string FatalitiesLow = "fatalities_low";

    /// <summary>The high bound of that figure (double; null for an open-ended "at least").</summary>
    public const string FatalitiesHigh = "fatalities_high";

    /// <summary>The number of claims about the event (int, never null).</summary>
    public const string Claims = "claims";

    /// <summary>The number of distinct original sources of those claims (int, never null).</summary>
    public const string Sources = "sources";

    /// <summary>The number of independent origins of the claims that support the event (int, never null).</summary>
    public const string IndependentSources = "independent_sources";

    /// <summary>Every column, in file order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EventId, ExternalIds, EventType, SubEventType, DateStart, DateEnd, DatePrecision,
        Actor1Id, Actor1, Actor2Id, Actor2, Actors, ActorIds,
        Country, Admin1, Admin2, Admin3, Location, PlaceId, Latitude, Longitude, SpatialPrecision,
        FatalitiesBest, FatalitiesLow, FatalitiesHigh, Claims, Sources, IndependentSources,
    ];
}
