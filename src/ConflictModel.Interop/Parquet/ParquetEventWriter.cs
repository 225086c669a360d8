using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace ConflictModel.Interop;

/// <summary>Writes one dossier's events as Parquet through the column API: no reflection, so trimming and AOT keep it whole.</summary>
internal sealed class ParquetEventWriter
{
    // Parent chains in real gazetteers are a handful deep; the bound only stops a loop.
    private const int MaxPlaceDepth = 64;
    private const string Separator = "; ";

    private readonly Dossier dossier;
    private readonly ParquetExportOptions options;
    private readonly Dictionary<PlaceId, PlaceRow> placeRows = [];
    private readonly Column[] columns;

    internal ParquetEventWriter(Dossier dossier, ParquetExportOptions options, IEnumerable<Column>? more = null)
    {
        this.dossier = dossier;
        this.options = options;
        columns =
        [
            new StringColumn(ParquetColumns.EventId, r => r.Event.Id.Value, nullable: false),
            new StringColumn(ParquetColumns.ExternalIds, r => Join(r.Event.ExternalReferences.Select(x => x.ToString()))),
            new StringColumn(ParquetColumns.EventType, r => r.Event.Type.Value, nullable: false),
            new StringColumn(ParquetColumns.SubEventType, r => r.Event.SubType?.Value),
            new ValueColumn<DateOnly>(ParquetColumns.DateStart, r => r.Event.Date.Start.ToDateOnly(), nullable: false),
            new ValueColumn<DateOnly>(ParquetColumns.DateEnd, r => r.Event.Date.End.ToDateOnly(), nullable: false),
            new StringColumn(ParquetColumns.DatePrecision, r => GeoJsonNames.Of(r.Event.Date.Precision), nullable: false),
            new StringColumn(ParquetColumns.Actor1Id, r => r.Actor1?.Value),
            new StringColumn(ParquetColumns.Actor1, r => ActorName(r.Actor1)),
            new StringColumn(ParquetColumns.Actor2Id, r => r.Actor2?.Value),
            new StringColumn(ParquetColumns.Actor2, r => ActorName(r.Actor2)),
            new StringColumn(ParquetColumns.Actors, r => Join(r.Event.Participants.Select(p => ActorName(p.Actor) ?? p.Actor.Value))),
            new StringColumn(ParquetColumns.ActorIds, r => Join(r.Event.Participants.Select(p => p.Actor.Value))),
            new StringColumn(ParquetColumns.Country, r => r.Place.Country),
            new StringColumn(ParquetColumns.Admin1, r => r.Place.Admin1),
            new StringColumn(ParquetColumns.Admin2, r => r.Place.Admin2),
            new StringColumn(ParquetColumns.Admin3, r => r.Place.Admin3),
            new StringColumn(ParquetColumns.Location, r => r.Place.Location),
            new StringColumn(ParquetColumns.PlaceId, r => r.Event.Place?.Value),
            new ValueColumn<double>(ParquetColumns.Latitude, r => r.Place.Point?.Location?.Latitude),
            new ValueColumn<double>(ParquetColumns.Longitude, r => r.Place.Point?.Location?.Longitude),
            new StringColumn(ParquetColumns.SpatialPrecision, r => r.Place.Point?.Precision is { } p ? GeoJsonNames.Of(p) : null),
            new ValueColumn<double>(ParquetColumns.FatalitiesBest, r => (double?)r.Fatalities?.Best),
            new ValueColumn<double>(ParquetColumns.FatalitiesLow, r => (double?)r.Fatalities?.Lower),
            new ValueColumn<double>(ParquetColumns.FatalitiesHigh, r => (double?)r.Fatalities?.Upper),
            new ValueColumn<int>(ParquetColumns.Claims, r => r.Claims, nullable: false),
            new ValueColumn<int>(ParquetColumns.Sources, r => EventFacts.Sources(dossier, r.Event.Id), nullable: false),
            new ValueColumn<int>(ParquetColumns.IndependentSources, r => EventFacts.IndependentSources(dossier, r.Event.Id), nullable: false),
            .. more ?? [],
        ];
    }

    internal async Task<ParquetExportResult> WriteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
        int written = 0, groups = 0;
        var writer = await ParquetWriter.CreateAsync(schema, stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var events = dossier.Events;
            while (written < events.Count)
            {
                int count = Math.Min(options.RowGroupSize, events.Count - written);
                foreach (var column in columns)
                {
                    column.Start(count);
                }
                for (int i = 0; i < count; i++)
                {
                    var row = Row(events[written + i]);
                    foreach (var column in columns)
                    {
                        column.Add(row);
                    }
                }
                using (var group = writer.CreateRowGroup())
                {
                    foreach (var column in columns)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        await column.WriteAsync(group, cancellationToken).ConfigureAwait(false);
                    }
                }
                written += count;
                groups++;
            }
        }
        return new ParquetExportResult(written, groups);
    }

    private EventRow Row(ConflictEvent e)
    {
        var place = e.Place is { } id ? PlaceRowOf(id) : PlaceRow.None;
        return new EventRow(e, e.ActorsWithRole(ParticipantRole.SideA).Cast<ActorId?>().FirstOrDefault(),
            e.ActorsWithRole(ParticipantRole.SideB).Cast<ActorId?>().FirstOrDefault(), place, EventFacts.Fatalities(e),
            dossier.ClaimsAbout(e.Id).Count());
    }

    private string? ActorName(ActorId? id) => id is { } actor ? dossier.Find(actor)?.Names.Primary.Text : null;

    private static string? Join(IEnumerable<string> values)
    {
        string joined = string.Join(Separator, values);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>The names of a place's levels, from the place up to its country; computed once per place.</summary>
    private PlaceRow PlaceRowOf(PlaceId start)
    {
        if (placeRows.TryGetValue(start, out var cached))
        {
            return cached;
        }
        string? country = null, admin1 = null, admin2 = null, admin3 = null, location = null;
        var visited = new HashSet<PlaceId>();
        PlaceId? current = start;
        for (int depth = 0; depth < MaxPlaceDepth && current is { } id && visited.Add(id); depth++)
        {
            if (dossier.Find(id) is not { } place)
            {
                break;
            }
            string name = place.Names.Primary.Text;
            if (place.Kind == PlaceKind.Country)
            {
                country ??= name;
            }
            else if (place.Kind == PlaceKind.Governorate)
            {
                admin1 ??= name;
            }
            else if (place.Kind == PlaceKind.District)
            {
                admin2 ??= name;
            }
            else if (place.Kind == PlaceKind.Subdistrict)
            {
                admin3 ??= name;
            }
            else if (depth == 0)
            {
                location = name;
            }
            current = place.Parent;
        }
        var row = new PlaceRow(country, admin1, admin2, admin3, location, PointLocator.PlaceWithPoint(dossier, start));
        placeRows.Add(start, row);
        return row;
    }

    internal sealed record PlaceRow(string? Country, string? Admin1, string? Admin2, string? Admin3, string? Location, Place? Point)
    {
        internal static readonly PlaceRow None = new(null, null, null, null, null, null);
    }

    internal sealed record EventRow(ConflictEvent Event, ActorId? Actor1, ActorId? Actor2, PlaceRow Place, FigureValue? Fatalities, int Claims);

    /// <summary>One column's field and the values of the row group being filled.</summary>
    internal abstract class Column
    {
        internal abstract DataField Field { get; }

        internal abstract void Start(int count);

        internal abstract void Add(EventRow row);

        internal abstract Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancellationToken);
    }

    internal sealed class StringColumn(string name, Func<EventRow, string?> value, bool nullable = true) : Column
    {
        private readonly List<string?> values = [];

        internal override DataField Field { get; } = new DataField<string>(name, nullable);

        internal override void Start(int count)
        {
            values.Clear();
            values.Capacity = Math.Max(values.Capacity, count);
        }

        internal override void Add(EventRow row) => values.Add(value(row));

        internal override Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancellationToken) =>
            group.WriteAsync(Field, values!);
    }

    internal sealed class ValueColumn<T>(string name, Func<EventRow, T?> value, bool nullable = true) : Column
        where T : struct
    {
        private T?[] nullableValues = [];
        private T[] values = [];
        private int count;

        internal override DataField Field { get; } = new DataField<T>(name, nullable);

        internal override void Start(int count)
        {
            if (nullable && nullableValues.Length < count)
            {
                nullableValues = new T?[count];
            }
            else if (!nullable && values.Length < count)
            {
                values = new T[count];
            }
            this.count = 0;
        }

        internal override void Add(EventRow row)
        {
            var v = value(row);
            if (nullable)
            {
                nullableValues[count++] = v;
            }
            else
            {
                values[count++] = v ?? throw new InvalidOperationException($"Column {Field.Name} has no value for event {row.Event.Id}.");
            }
        }

        internal override Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancellationToken) => nullable
            ? group.WriteAsync(Field, new ReadOnlyMemory<T?>(nullableValues, 0, count), cancellationToken: cancellationToken)
            : group.WriteAsync(Field, new ReadOnlyMemory<T>(values, 0, count), cancellationToken: cancellationToken);
    }
}
