using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Validation;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop;

/// <summary>Reads one ACLED CSV file into a dossier; one instance per import.</summary>
internal sealed class AcledImporter : CsvImporter<AcledImporter.ParsedRow, AcledImportResult>
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("d MMMM uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d-MMMM-uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu"),
        LocalDatePattern.CreateWithInvariantCulture("d-MMM-uuuu"),
    ];

    // Columns whose text is kept verbatim, because the model either has no place for them or
    // would write them back differently (number formats, labels against codes, list separators).
    private static readonly string[] KeptColumns =
    [
        AcledColumns.EventDate, AcledColumns.Year, AcledColumns.TimePrecision, AcledColumns.DisorderType,
        AcledColumns.AssocActor1, AcledColumns.Inter1, AcledColumns.AssocActor2, AcledColumns.Inter2,
        AcledColumns.Interaction, AcledColumns.CivilianTargeting, AcledColumns.Iso, AcledColumns.Region,
        AcledColumns.Latitude, AcledColumns.Longitude, AcledColumns.GeoPrecision, AcledColumns.Source,
        AcledColumns.SourceScale, AcledColumns.Fatalities, AcledColumns.Tags, AcledColumns.Timestamp,
        AcledColumns.EventType, AcledColumns.SubEventType,
    ];

    private static readonly string[] TrimmedColumns =
    [
        AcledColumns.EventIdCnty, AcledColumns.Actor1, AcledColumns.Actor2, AcledColumns.Country, AcledColumns.Admin1,
        AcledColumns.Admin2, AcledColumns.Admin3, AcledColumns.Location,
    ];

    private readonly AcledImportOptions options;
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorEntry> actors = new(StringComparer.Ordinal);
    private readonly List<ActorEntry> actorOrder = [];
    private readonly PlaceTree places;
    private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly List<Claim> claims = [];
    private readonly List<ConflictEvent> events = [];

    internal AcledImporter(AcledImportOptions? options)
    {
        this.options = options ?? AcledImportOptions.Default;
        places = new PlaceTree("acled-place-", AcledColumns.KeyPrefix + "level", usedIds);
    }

    protected override IReadOnlyList<string> KnownColumns => AcledColumns.All;

    protected override IReadOnlyList<string> RequiredColumns => AcledColumns.Required;

    protected override string FileDescription => "an ACLED file";

    protected override bool Strict => options.Strict;

    protected override DiagnosticDescriptor MissingValue => AcledDiagnostics.MissingValue;

    protected override DiagnosticDescriptor UnparsableNumber => AcledDiagnostics.UnparsableNumber;

    protected override DiagnosticDescriptor CoordinateOutOfRange => AcledDiagnostics.CoordinateOutOfRange;

    protected override Exception FormatError(string message, int line, string? column, string? code, Exception? cause = null) =>
        cause is null ? new AcledFormatException(message, line, column, code) : new AcledFormatException(message, line, column, code, cause);

    protected override bool TryParse(Dictionary<string, string> row, int line, out ParsedRow parsed)
    {
        parsed = default;
        if (!HasRequiredValues(row, line))
        {
            return false;
        }
        string key = Value(row, AcledColumns.EventIdCnty).Trim();
        if (eventKeys.Contains(key))
        {
            return Reject(AcledDiagnostics.DuplicateEventId, line, AcledColumns.EventIdCnty, key, $"the event id \"{key}\" was given by an earlier row.");
        }
        string dateText = Value(row, AcledColumns.EventDate).Trim();
        LocalDate? date = null;
        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(dateText);
            if (result.Success)
            {
                date = result.Value;
                break;
            }
        }
        if (date is null)
        {
            return Reject(AcledDiagnostics.UnparsableDate, line, AcledColumns.EventDate, dateText, $"\"{dateText}\" is not a date; write yyyy-MM-dd.");
        }
        if (!TryCode(row, AcledColumns.TimePrecision, 1, 3, line, out int? timePrecision))
        {
            return false;
        }
        FuzzyDate fuzzy = (timePrecision ?? 1) switch
        {
            2 => FuzzyDate.InWeekOf(date.Value),
            3 => FuzzyDate.InMonth(new YearMonth(date.Value.Year, date.Value.Month)),
            _ => FuzzyDate.OnDay(date.Value),
        };
        string subTypeText = Value(row, AcledColumns.SubEventType).Trim();
        string typeText = Value(row, AcledColumns.EventType).Trim();
        var entry = EventTaxonomy.FindByAcledLabel(subTypeText);
        if (entry is null)
        {
            return Reject(AcledDiagnostics.UnknownEventType, line, AcledColumns.SubEventType, subTypeText,
                $"\"{subTypeText}\" is not a sub-event type of the ACLED codebook.");
        }
        if (!string.Equals(entry.AcledEventType, typeText, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(AcledDiagnostics.UnknownEventType, line, AcledColumns.EventType, typeText,
                $"\"{typeText}\" is not the event type of \"{entry.AcledSubEventType}\", which is \"{entry.AcledEventType}\".");
        }
        if (!TryCoordinate(row, AcledColumns.Latitude, 90, line, out double latitude) ||
            !TryCoordinate(row, AcledColumns.Longitude, 180, line, out double longitude))
        {
            return false;
        }
        if (!TryCode(row, AcledColumns.GeoPrecision, 1, 3, line, out int? geoPrecision))
        {
            return false;
        }
        string fatalitiesText = Value(row, AcledColumns.Fatalities).Trim();
        if (!int.TryParse(fatalitiesText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int fatalities) || fatalities < 0)
        {
            return Reject(AcledDiagnostics.UnparsableNumber, line, AcledColumns.Fatalities, fatalitiesText,
                $"\"{fatalitiesText}\" is not a count; write a whole number of 0 or more.");
        }
        if (!TryInter(row, AcledColumns.Inter1, line, out int? inter1) || !TryInter(row, AcledColumns.Inter2, line, out int? inter2))
        {
            return false;
        }
        parsed = new ParsedRow(key, fuzzy, entry, new GeoPoint(latitude, longitude),
            SpatialPrecisionExtensions.FromAcledGeoPrecision(geoPrecision ?? 3)!.Value, fatalities, inter1, inter2);
        return true;
    }

    private bool TryInter(Dictionary<string, string> row, string column, int line, out int? code)
    {
        code = null;
        string text = Value(row, column).Trim();
        if (text.Length == 0)
        {
            return true;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int number) && number is >= 0 and <= 8)
        {
            code = number == 0 ? null : number;
            return true;
        }
        for (int c = 1; c <= 8; c++)
        {
            if (string.Equals(AcledActorCategory.LabelOf(c), text, StringComparison.OrdinalIgnoreCase) ||
                (c == 8 && text.StartsWith("External", StringComparison.OrdinalIgnoreCase)))
            {
                code = c;
                return true;
            }
        }
        return Reject(AcledDiagnostics.UnparsableNumber, line, column, text,
            $"\"{text}\" is not an actor category; write a code in [0-8] or a label such as \"State Forces\".");
    }

    protected override void Add(Dictionary<string, string> row, ParsedRow parsed)
    {
        eventKeys.Add(parsed.Key);
        var eventId = new EventId(InteropText.Unique("acled-" + InteropText.IdSafe(parsed.Key), usedIds));

        var participants = new List<Participant>();
        AddSide(row, AcledColumns.Actor1, AcledColumns.AssocActor1, parsed.Inter1, ParticipantRole.SideA, "1", participants);
        AddSide(row, AcledColumns.Actor2, AcledColumns.AssocActor2, parsed.Inter2, ParticipantRole.SideB, "2", participants);

        PlaceId place = AddPlaces(row, parsed.Point, parsed.Precision);

        string notes = Value(row, AcledColumns.Notes);
        var claimIds = new List<ClaimId>();
        foreach (string sourceName in InteropText.SplitList(Value(row, AcledColumns.Source)))
        {
            if (!sources.TryGetValue(sourceName, out var source))
            {
                source = new Source(new SourceId(InteropText.Unique("acled-source-" + InteropText.Slug(sourceName), usedIds)),
                    new NameSet(sourceName), SourceKind.NewsOutlet);
                sources.Add(sourceName, source);
            }
            var claimId = new ClaimId(InteropText.Unique(eventId.Value + "-claim-" + (claimIds.Count + 1).ToString(CultureInfo.InvariantCulture), usedIds));
            Quote? quote = string.IsNullOrWhiteSpace(notes) ? null : new Quote(notes, options.NotesLanguage);
            claims.Add(new Claim(claimId, new EventAssertion(eventId), new Attribution(source.Id, AttributionMode.Reported), quote: quote));
            claimIds.Add(claimId);
        }

        var extensions = new List<KeyValuePair<string, System.Text.Json.JsonElement>>();
        foreach (string column in KeptColumns)
        {
            if (HasColumn(column))
            {
                extensions.Add(new(AcledColumns.KeyPrefix + column, Json(Value(row, column))));
            }
        }
        foreach (string column in TrimmedColumns)
        {
            // Names are matched trimmed; the padded original is kept so that the export gives it back.
            string raw = Value(row, column);
            if (raw.Length != raw.Trim().Length)
            {
                extensions.Add(new(AcledColumns.KeyPrefix + column, Json(raw)));
            }
        }
        foreach (string column in ExtraColumns)
        {
            extensions.Add(new(AcledColumns.ExtraColumnKeyPrefix + column, Json(Value(row, column))));
        }

        events.Add(new ConflictEvent(eventId, parsed.Taxonomy.Type, parsed.Date, place, parsed.Taxonomy.SubType,
            participants, figures: [new Figure(FigureKind.Killed, new ExactCount(parsed.Fatalities))], claims: claimIds,
            description: string.IsNullOrEmpty(notes) ? null : notes,
            externalReferences: [new ExternalReference(ExternalReference.Acled, parsed.Key)],
            extensions: ExtensionData.From(extensions)));
    }

    private void AddSide(Dictionary<string, string> row, string actorColumn, string assocColumn, int? inter,
        ParticipantRole role, string side, List<Participant> participants)
    {
        string name = Value(row, actorColumn).Trim();
        if (name.Length > 0)
        {
            participants.Add(new Participant(Actor(name, inter), role));
        }
        var sideData = ExtensionData.Empty.With(AcledColumns.KeyPrefix + "side", Json(side));
        foreach (string associate in InteropText.SplitList(Value(row, assocColumn)))
        {
            var id = Actor(associate, null);
            if (!participants.Exists(p => p.Actor == id))
            {
                participants.Add(new Participant(id, ParticipantRole.Associated, sideData));
            }
        }
    }

    private ActorId Actor(string name, int? inter)
    {
        if (!actors.TryGetValue(name, out var entry))
        {
            entry = new ActorEntry(new ActorId(InteropText.Unique("acled-actor-" + InteropText.Slug(name), usedIds)), name);
            actors.Add(name, entry);
            actorOrder.Add(entry);
        }
        // An actor first met as an associate has no category yet; the first row that gives one sets it.
        entry.Code ??= inter;
        return entry.Id;
    }

    private PlaceId AddPlaces(Dictionary<string, string> row, GeoPoint point, SpatialPrecision precision) =>
        places.Add(
        [
            (AcledColumns.Country, Value(row, AcledColumns.Country).Trim(), PlaceKind.Country),
            (AcledColumns.Admin1, Value(row, AcledColumns.Admin1).Trim(), PlaceKind.Governorate),
            (AcledColumns.Admin2, Value(row, AcledColumns.Admin2).Trim(), PlaceKind.District),
            (AcledColumns.Admin3, Value(row, AcledColumns.Admin3).Trim(), PlaceKind.Subdistrict),
            (AcledColumns.Location, Value(row, AcledColumns.Location).Trim(), PlaceKind.Town),
        ], point, precision)!.Value;

    protected override AcledImportResult Finish()
    {
        var builder = new DossierBuilder();
        foreach (var entry in actorOrder)
        {
            var kind = entry.Code is { } code ? AcledActorCategory.KindOf(code)!.Value : new ActorKind("unspecified");
            builder.Add(new Actor(entry.Id, new NameSet(entry.Name), kind));
        }
        foreach (var place in places.Places)
        {
            builder.Add(place);
        }
        foreach (var source in sources.Values)
        {
            builder.Add(source);
        }
        foreach (var claim in claims)
        {
            builder.Add(claim);
        }
        foreach (var @event in events)
        {
            builder.Add(@event);
        }
        return new AcledImportResult(builder.Build(), Diagnostics, RowsRead, events.Count);
    }

    internal readonly record struct ParsedRow(string Key, FuzzyDate Date, EventTaxonomy.Entry Taxonomy, GeoPoint Point,
        SpatialPrecision Precision, int Fatalities, int? Inter1, int? Inter2);

    private sealed class ActorEntry(ActorId id, string name)
    {
        public ActorId Id { get; } = id;

        public string Name { get; } = name;

        public int? Code { get; set; }
    }
}
