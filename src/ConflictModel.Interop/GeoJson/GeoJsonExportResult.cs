using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>
/// What a GeoJSON export wrote and what it left out: events with no well-formed point on their
/// place or any of its parents cannot be drawn on a map, and are listed here rather than lost
/// without a word.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GeoJsonExportResult
{
    internal GeoJsonExportResult(int eventsWritten, int placesWritten, IReadOnlyList<EventId> skippedEvents, IReadOnlyList<PlaceId> skippedPlaces)
    {
        EventsWritten = eventsWritten;
        PlacesWritten = placesWritten;
        SkippedEvents = skippedEvents;
        SkippedPlaces = skippedPlaces;
    }

    /// <summary>The number of event features written.</summary>
    public int EventsWritten { get; }

    /// <summary>The number of place features written (zero when places were not asked for).</summary>
    public int PlacesWritten { get; }

    /// <summary>
    /// The events left out, in dossier order: those with no place, or whose place and parents have
    /// no well-formed point.
    /// </summary>
    public IReadOnlyList<EventId> SkippedEvents { get; }

    /// <summary>
    /// The places left out although they have a point, in dossier order, because the point is not
    /// well formed (not a number, or latitude outside [-90, 90] or longitude outside [-180, 180]).
    /// Empty when places were not asked for.
    /// </summary>
    public IReadOnlyList<PlaceId> SkippedPlaces { get; }

    /// <summary>The number of features written: events and places.</summary>
    public int FeaturesWritten => EventsWritten + PlacesWritten;

    /// <summary>Returns the counts written and the ids left out.</summary>
    /// <returns>Such as <c>3 features written (2 events, 1 place); 1 event skipped: e7</c>.</returns>
    public override string ToString()
    {
        string text = $"{Counted(FeaturesWritten, "feature", "features")} written ({Counted(EventsWritten, "event", "events")}, {Counted(PlacesWritten, "place", "places")})";
        if (SkippedEvents.Count > 0)
        {
            text += $"; {Counted(SkippedEvents.Count, "event", "events")} skipped: {string.Join(", ", SkippedEvents)}";
        }

        if (SkippedPlaces.Count > 0)
        {
            text += $"; {Counted(SkippedPlaces.Count, "place", "places")} skipped: {string.Join(", ", SkippedPlaces)}";
        }

        return text;
    }

    private static string Counted(int count, string one, string many) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
