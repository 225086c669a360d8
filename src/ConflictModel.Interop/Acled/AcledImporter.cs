using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Validation;
using NodaTime;
using NodaTime.Text;
using Sylvan.Data.Csv;

namespace ConflictModel.Interop;

/// <summary>Reads one ACLED CSV file into a dossier; one instance per import.</summary>
internal sealed class AcledImporter
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
    private readonly List<Diagnostic> diagnostics = [];
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorEntry> actors = new(StringComparer.Ordinal);
    private readonly List<ActorEntry> actorOrder = [];
    private readonly Dictionary<string, Place> places = new(StringComparer.Ordinal);
    private readonly List<string> placeOrder = [];
    private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly List<Claim> claims = [];
    private readonly List<ConflictEvent> events = [];
    private Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private List<string> extraColumns = [];
    private int rowsRead;
    private int nextLine;

    internal AcledImporter(AcledImportOptions? options) => this.options = options ?? AcledImportOptions.Default;

    internal AcledImportResult Import(TextReader reader)
    {
        using var csv = CsvDataReader.Create(reader, CreateOptions());
        ReadHeader(csv);
        while (csv.Read())
        {
            ReadRow(csv);
        }
        return Finish();
    }

    internal async Task<AcledImportResult> ImportAsync(TextReader reader, CancellationToken cancellationToken)
    {
        await using var csv = await CsvDataReader.CreateAsync(reader, CreateOptions(), cancellationToken).ConfigureAwait(false);
        ReadHeader(csv);
        while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ReadRow(csv);
        }
        return Finish();
    }

    private static CsvDataReaderOptions CreateOptions() => new()
    {
        HasHeaders = true,
        Delimiter = ',',
        // A notes cell can be long; the default buffer would reject it.
        MaxBufferSize = 1 << 24,
    };

    private void ReadHeader(CsvDataReader csv)
    {
        columns = new(StringComparer.Ordinal);
        extraColumns = [];
        var known = new HashSet<string>(AcledColumns.All, StringComparer.Ordinal);
        for (int i = 0; i < csv.FieldCount; i++)
        {
            string name = csv.GetName(i).Trim().TrimStart('\uFEFF');
            if (name.Length == 0 || !columns.TryAdd(name, i))
            {
                continue;
            }
            if (!known.Contains(name))
            {
                extraColumns.Add(name);
            }
        }
        var missing = new List<string>();
        foreach (string required in AcledColumns.Required)
        {
            if (!columns.ContainsKey(required))
            {
                missing.Add(required);
            }
        }
        if (missing.Count > 0)
        {
            throw new AcledFormatException(
                "The header lacks the required column(s) " + string.Join(", ", missing) +
                "; an ACLED file needs " + string.Join(", ", AcledColumns.Required) + ".", 1, missing[0]);
        }
        nextLine = 2;
    }

    private void ReadRow(CsvDataReader csv)
    {
        rowsRead++;
        int line = nextLine;
        // The raw record ends with its own line break, except for a last line without one.
        nextLine += Math.Max(1, CountLineBreaks(csv.GetRawRecordSpan()));
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, index) in columns)
        {
            row[name] = index < csv.RowFieldCount ? csv.GetString(index) : string.Empty;
        }
        if (TryParse(row, line, out var parsed))
        {
            Add(row, parsed);
        }
    }

    private static int CountLineBreaks(ReadOnlySpan<char> raw)
    {
        int count = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }
        return count;
    }

    private static string Value(Dictionary<string, string> row, string column) => row.GetValueOrDefault(column, string.Empty);

    private bool TryParse(Dictionary<string, string> row, int line, out ParsedRow parsed)
    {
        parsed = default;
        foreach (string required in AcledColumns.Required)
        {
            if (string.IsNullOrWhiteSpace(Value(row, required)))
            {
                return Reject(AcledDiagnostics.MissingValue, line, required, string.Empty, $"{required} is empty; every row needs a value there.");
            }
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

    private bool TryCode(Dictionary<string, string> row, string column, int min, int max, int line, out int? code)
    {
        code = null;
        string text = Value(row, column).Trim();
        if (text.Length == 0)
        {
            return true;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
        {
            code = value;
            return true;
        }
        return Reject(AcledDiagnostics.UnparsableNumber, line, column, text,
            string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is not a code; {column} takes a whole number in [{min}-{max}]."));
    }

    private bool TryCoordinate(Dictionary<string, string> row, string column, double limit, int line, out double value)
    {
        string text = Value(row, column).Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            return Reject(AcledDiagnostics.UnparsableNumber, line, column, text, $"\"{text}\" is not a number; write decimal degrees with a dot.");
        }
        if (Math.Abs(value) > limit)
        {
            return Reject(AcledDiagnostics.CoordinateOutOfRange, line, column, text,
                string.Create(CultureInfo.InvariantCulture, $"{text} is outside [-{limit}, {limit}]."));
        }
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

    private bool Reject(DiagnosticDescriptor descriptor, int line, string column, string attempted, string detail)
    {
        string message = string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {column}: {detail} The row is skipped.");
        if (options.Strict)
        {
            throw new AcledFormatException(message, line, column, descriptor.Code);
        }
        string path = string.Create(CultureInfo.InvariantCulture, $"$.lines[{line}].{column}");
        diagnostics.Add(new Diagnostic(descriptor.Code, descriptor.DefaultSeverity, path, message, attemptedValue: attempted));
        return false;
    }

    private void Add(Dictionary<string, string> row, ParsedRow parsed)
    {
        eventKeys.Add(parsed.Key);
        var eventId = new EventId(AcledText.Unique("acled-" + AcledText.IdSafe(parsed.Key), usedIds));

        var participants = new List<Participant>();
        AddSide(row, AcledColumns.Actor1, AcledColumns.AssocActor1, parsed.Inter1, ParticipantRole.SideA, "1", participants);
        AddSide(row, AcledColumns.Actor2, AcledColumns.AssocActor2, parsed.Inter2, ParticipantRole.SideB, "2", participants);

        PlaceId place = AddPlaces(row, parsed.Point, parsed.Precision);

        string notes = Value(row, AcledColumns.Notes);
        var claimIds = new List<ClaimId>();
        foreach (string sourceName in AcledText.SplitList(Value(row, AcledColumns.Source)))
        {
            if (!sources.TryGetValue(sourceName, out var source))
            {
                source = new Source(new SourceId(AcledText.Unique("acled-source-" + AcledText.Slug(sourceName), usedIds)),
                    new NameSet(sourceName), SourceKind.NewsOutlet);
                sources.Add(sourceName, source);
            }
            var claimId = new ClaimId(AcledText.Unique(eventId.Value + "-claim-" + (claimIds.Count + 1).ToString(CultureInfo.InvariantCulture), usedIds));
            Quote? quote = string.IsNullOrWhiteSpace(notes) ? null : new Quote(notes, options.NotesLanguage);
            claims.Add(new Claim(claimId, new EventAssertion(eventId), new Attribution(source.Id, AttributionMode.Reported), quote: quote));
            claimIds.Add(claimId);
        }

        var extensions = new List<KeyValuePair<string, System.Text.Json.JsonElement>>();
        foreach (string column in KeptColumns)
        {
            if (columns.ContainsKey(column))
            {
                extensions.Add(new(AcledColumns.KeyPrefix + column, AcledText.ToJson(Value(row, column))));
            }
        }
        foreach (string column in TrimmedColumns)
        {
            // Names are matched trimmed; the padded original is kept so that the export gives it back.
            string raw = Value(row, column);
            if (raw.Length != raw.Trim().Length)
            {
                extensions.Add(new(AcledColumns.KeyPrefix + column, AcledText.ToJson(raw)));
            }
        }
        foreach (string column in extraColumns)
        {
            extensions.Add(new(AcledColumns.ExtraColumnKeyPrefix + column, AcledText.ToJson(Value(row, column))));
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
        var sideData = ExtensionData.Empty.With(AcledColumns.KeyPrefix + "side", AcledText.ToJson(side));
        foreach (string associate in AcledText.SplitList(Value(row, assocColumn)))
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
            entry = new ActorEntry(new ActorId(AcledText.Unique("acled-actor-" + AcledText.Slug(name), usedIds)), name);
            actors.Add(name, entry);
            actorOrder.Add(entry);
        }
        // An actor first met as an associate has no category yet; the first row that gives one sets it.
        entry.Code ??= inter;
        return entry.Id;
    }

    private PlaceId AddPlaces(Dictionary<string, string> row, GeoPoint point, SpatialPrecision precision)
    {
        (string Column, PlaceKind Kind)[] levels =
        [
            (AcledColumns.Country, PlaceKind.Country), (AcledColumns.Admin1, PlaceKind.Governorate),
            (AcledColumns.Admin2, PlaceKind.District), (AcledColumns.Admin3, PlaceKind.Subdistrict),
            (AcledColumns.Location, PlaceKind.Town),
        ];
        string path = string.Empty;
        PlaceId? parent = null;
        for (int i = 0; i < levels.Length; i++)
        {
            string name = Value(row, levels[i].Column).Trim();
            if (name.Length == 0)
            {
                continue;
            }
            path += "\u001F" + levels[i].Column + "=" + name;
            if (!places.TryGetValue(path, out var place))
            {
                bool isLocation = i == levels.Length - 1;
                string slug = string.Join("-", GetPathNames(path));
                place = new Place(new PlaceId(AcledText.Unique("acled-place-" + AcledText.Slug(slug, 120), usedIds)),
                    new NameSet(name), levels[i].Kind, parent,
                    isLocation ? point : null, isLocation ? precision : null,
                    extensions: ExtensionData.Empty.With(AcledColumns.KeyPrefix + "level", AcledText.ToJson(levels[i].Column)));
                places.Add(path, place);
                placeOrder.Add(path);
            }
            parent = place.Id;
        }
        return parent!.Value;
    }

    private static IEnumerable<string> GetPathNames(string path)
    {
        foreach (string part in path.Split('\u001F', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..];
        }
    }

    private AcledImportResult Finish()
    {
        var builder = new DossierBuilder();
        foreach (var entry in actorOrder)
        {
            var kind = entry.Code is { } code ? AcledActorCategory.KindOf(code)!.Value : new ActorKind("unspecified");
            builder.Add(new Actor(entry.Id, new NameSet(entry.Name), kind));
        }
        foreach (string path in placeOrder)
        {
            builder.Add(places[path]);
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
        return new AcledImportResult(builder.Build(), diagnostics.AsReadOnly(), rowsRead, events.Count);
    }

    private readonly record struct ParsedRow(string Key, FuzzyDate Date, EventTaxonomy.Entry Taxonomy, GeoPoint Point,
        SpatialPrecision Precision, int Fatalities, int? Inter1, int? Inter2);

    private sealed class ActorEntry(ActorId id, string name)
    {
        public ActorId Id { get; } = id;

        public string Name { get; } = name;

        public int? Code { get; set; }
    }
}
