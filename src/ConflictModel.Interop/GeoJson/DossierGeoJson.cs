using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConflictModel.Interop;

/// <summary>
/// Writes a dossier as a GeoJSON FeatureCollection (RFC 7946) for maps and GIS tools: one Point
/// feature for each event that can be placed, and optionally one for each place with a point.
/// </summary>
/// <remarks>
/// <para>
/// Coordinates are written longitude first, as RFC 7946 requires: <c>[longitude, latitude]</c>.
/// An event is drawn at its place's point or, when its place has none, at the point of the nearest
/// parent that has one (a village coded without coordinates is drawn at its district's centroid);
/// the <c>locatedAt</c> and <c>precision</c> properties say which place and how close. Points that
/// are not numbers or lie outside [-90, 90] latitude or [-180, 180] longitude are never written.
/// Events that cannot be placed are left out and listed in <see cref="GeoJsonExportResult.SkippedEvents"/>.
/// </para>
/// <para>
/// Event features carry <c>kind</c> "event", <c>type</c>, <c>subType</c>, <c>date</c> (as
/// <see cref="FuzzyDateText"/> writes it), <c>datePrecision</c>, <c>place</c> ({id, name}),
/// <c>locatedAt</c>, <c>precision</c>, <c>actors</c> ([{id, name, role}]), <c>fatalities</c> (the
/// highest best estimate among the event's <see cref="FigureKind.Killed"/> figures, or null),
/// <c>figures</c> ([{kind, value, best}]), <c>claims</c> (the number of claims about the event),
/// <c>independentSources</c> (the number of distinct origins, see <see cref="Dossier.OriginOf"/>, of
/// the claims supporting it) and <c>description</c>. Place features carry <c>kind</c> "place",
/// <c>placeKind</c>, <c>name</c>, <c>precision</c> and <c>parent</c>.
/// </para>
/// <para>This type is stateless and thread-safe; a dossier is immutable and may be written from several threads at once.</para>
/// </remarks>
public static class DossierGeoJson
{
    /// <summary>Writes a dossier as a GeoJSON FeatureCollection to a stream, in UTF-8.</summary>
    /// <param name="dossier">The dossier to write.</param>
    /// <param name="stream">A writable stream; it is flushed, not closed.</param>
    /// <param name="options">The export settings; null for <see cref="GeoJsonExportOptions.Default"/>.</param>
    /// <returns>How many features were written and which events and places were left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public static GeoJsonExportResult Write(Dossier dossier, Stream stream, GeoJsonExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable; GeoJSON export needs a stream it can write to.", nameof(stream));
        }
        options ??= GeoJsonExportOptions.Default;
        using var writer = new Utf8JsonWriter(stream, WriterOptions(options));
        var result = WriteCollection(dossier, writer, options);
        writer.Flush();
        return result;
    }

    /// <summary>Writes a dossier as a GeoJSON FeatureCollection to a string.</summary>
    /// <param name="dossier">The dossier to write.</param>
    /// <param name="options">The export settings; null for <see cref="GeoJsonExportOptions.Default"/>.</param>
    /// <returns>The GeoJSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static string Write(Dossier dossier, GeoJsonExportOptions? options = null) => Write(dossier, out _, options);

    /// <summary>Writes a dossier as a GeoJSON FeatureCollection to a string, and says what was left out.</summary>
    /// <param name="dossier">The dossier to write.</param>
    /// <param name="result">How many features were written and which events and places were left out.</param>
    /// <param name="options">The export settings; null for <see cref="GeoJsonExportOptions.Default"/>.</param>
    /// <returns>The GeoJSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static string Write(Dossier dossier, out GeoJsonExportResult result, GeoJsonExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        using var stream = new MemoryStream();
        result = Write(dossier, stream, options);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static JsonWriterOptions WriterOptions(GeoJsonExportOptions options) => new()
    {
        Indented = options.Indented,
        // Names of places and actors in Arabic, Cyrillic or French stay readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static GeoJsonExportResult WriteCollection(Dossier dossier, Utf8JsonWriter writer, GeoJsonExportOptions options)
    {
        var skippedEvents = new List<EventId>();
        var skippedPlaces = new List<PlaceId>();
        int eventsWritten = 0, placesWritten = 0;

        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var e in dossier.Events)
        {
            if (e.Place is { } placeId && PointLocator.PlaceWithPoint(dossier, placeId) is { } located)
            {
                WriteEvent(dossier, writer, e, located);
                eventsWritten++;
            }
            else
            {
                skippedEvents.Add(e.Id);
            }
        }
        if (options.IncludePlaces)
        {
            foreach (var place in dossier.Places)
            {
                if (place.Location is not { } point)
                {
                    continue;
                }
                if (!PointLocator.IsDrawable(point))
                {
                    skippedPlaces.Add(place.Id);
                    continue;
                }
                WritePlace(writer, place, point);
                placesWritten++;
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        return new GeoJsonExportResult(eventsWritten, placesWritten, skippedEvents.AsReadOnly(), skippedPlaces.AsReadOnly());
    }

    private static void WriteEvent(Dossier dossier, Utf8JsonWriter writer, ConflictEvent e, Place located)
    {
        WriteFeatureStart(writer, e.Id.Value, located.Location!.Value);
        writer.WriteString("kind", "event");
        writer.WriteString("type", e.Type.Value);
        WriteStringOrNull(writer, "subType", e.SubType?.Value);
        writer.WriteString("date", FuzzyDateText.Format(e.Date));
        writer.WriteString("datePrecision", GeoJsonNames.Of(e.Date.Precision));

        var place = dossier.Find(e.Place!.Value);
        writer.WriteStartObject("place");
        writer.WriteString("id", e.Place.Value.Value);
        WriteStringOrNull(writer, "name", place?.Names.Primary.Text);
        writer.WriteEndObject();
        writer.WriteString("locatedAt", located.Id.Value);
        WriteStringOrNull(writer, "precision", located.Precision is { } precision ? GeoJsonNames.Of(precision) : null);

        writer.WriteStartArray("actors");
        foreach (var participant in e.Participants)
        {
            writer.WriteStartObject();
            writer.WriteString("id", participant.Actor.Value);
            WriteStringOrNull(writer, "name", dossier.Find(participant.Actor)?.Names.Primary.Text);
            writer.WriteString("role", participant.Role.Value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        if (EventFacts.Fatalities(e) is { } toll)
        {
            writer.WriteNumber("fatalities", toll.Best);
        }
        else
        {
            writer.WriteNull("fatalities");
        }

        writer.WriteStartArray("figures");
        foreach (var figure in e.Figures)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", figure.Kind.Value);
            writer.WriteString("value", figure.Value.ToString());
            writer.WriteNumber("best", figure.Value.Best);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteNumber("claims", dossier.ClaimsAbout(e.Id).Count());
        writer.WriteNumber("independentSources", EventFacts.IndependentSources(dossier, e.Id));
        WriteStringOrNull(writer, "description", e.Description);
        WriteFeatureEnd(writer);
    }

    private static void WritePlace(Utf8JsonWriter writer, Place place, GeoPoint point)
    {
        WriteFeatureStart(writer, place.Id.Value, point);
        writer.WriteString("kind", "place");
        writer.WriteString("placeKind", place.Kind.Value);
        writer.WriteString("name", place.Names.Primary.Text);
        WriteStringOrNull(writer, "precision", place.Precision is { } precision ? GeoJsonNames.Of(precision) : null);
        WriteStringOrNull(writer, "parent", place.Parent?.Value);
        WriteFeatureEnd(writer);
    }

    private static void WriteFeatureStart(Utf8JsonWriter writer, string id, GeoPoint point)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        // RFC 7946, section 3.1.1: longitude (easting) first, then latitude (northing).
        writer.WriteNumberValue(point.Longitude);
        writer.WriteNumberValue(point.Latitude);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
    }

    private static void WriteFeatureEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
