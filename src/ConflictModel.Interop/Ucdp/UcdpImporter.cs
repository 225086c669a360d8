using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Validation;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Interop;

/// <summary>Reads one UCDP GED CSV file into a dossier; one instance per import.</summary>
internal sealed class UcdpImporter : CsvImporter<UcdpImporter.ParsedRow, UcdpImportResult>
{
    /// <summary>The most names a row may list in source_office or in source_original; more is hostile, not news.</summary>
    internal const int MaxSourcesPerColumn = 100;

    /// <summary>The figure kind of <c>deaths_a</c>: deaths on side A.</summary>
    internal static readonly FigureKind KilledSideA = new("killed-side-a");

    /// <summary>The figure kind of <c>deaths_b</c>: deaths on side B.</summary>
    internal static readonly FigureKind KilledSideB = new("killed-side-b");

    /// <summary>The figure kind of <c>deaths_unknown</c>: deaths whose side is not known.</summary>
    internal static readonly FigureKind KilledUnknown = new("killed-unknown");

    // The figure kinds of deaths_a, deaths_b, deaths_civilians and deaths_unknown, in that order.
    private static readonly FigureKind[] SideKinds = [KilledSideA, KilledSideB, FigureKind.CiviliansKilled, KilledUnknown];

    // The GED codebook does not type its actors and sources beyond governments and civilians.
    private static readonly ActorKind UnspecifiedActor = new("unspecified");
    private static readonly SourceKind UnspecifiedSource = new("unspecified");

    // Columns the model holds in its own fields; every other codebook column is kept verbatim on the event.
    private static readonly HashSet<string> MappedColumns = new(StringComparer.Ordinal)
    {
        UcdpGedColumns.Id, UcdpGedColumns.RelId, UcdpGedColumns.SideA, UcdpGedColumns.SideB, UcdpGedColumns.Country,
        UcdpGedColumns.Adm1, UcdpGedColumns.Adm2, UcdpGedColumns.WhereCoordinates, UcdpGedColumns.Latitude,
        UcdpGedColumns.Longitude, UcdpGedColumns.DateStart, UcdpGedColumns.DateEnd, UcdpGedColumns.Best,
        UcdpGedColumns.Low, UcdpGedColumns.High, UcdpGedColumns.DeathsA, UcdpGedColumns.DeathsB,
        UcdpGedColumns.DeathsCivilians, UcdpGedColumns.DeathsUnknown,
    };

    // The codebook columns kept verbatim on the event.
    // Every kept cell is kept in every row: UCDP columns have no bit of their own.
    private static readonly (string Column, int Derivable)[] KeptColumns =
        UcdpGedColumns.All.Where(c => !MappedColumns.Contains(c)).Select(c => (c, 0)).ToArray();

    /// <summary>The name of the dataset, as a source and as GED's rows name it when it speaks for itself.</summary>
    internal const string DatasetName = "UCDP";

    /// <summary>What numbers an event's claims and reports after its id: <c>E-claim-1</c>, <c>E-report-1</c>…</summary>
    private const string ClaimStem = "-claim-", ReportStem = "-report-";

    /// <summary>What an event's id is made of, before its key; no other family of ids starts with it.</summary>
    private const string EventPrefix = "ucdp-ged-";

    private readonly UcdpImportOptions options;
    private readonly IdSet usedIds = new([ClaimStem, ReportStem], EventPrefix, []);
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly List<Actor> actorOrder = [];
    private readonly PlaceTree places;
    private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly List<Source> sourceOrder = [];
    private readonly List<Report> reports = [];
    private readonly List<Claim> claims = [];
    private readonly List<ConflictEvent> events = [];

    // Lookups by the text of a cell, so that a name already met costs no string.
    private readonly Dictionary<string, Actor>.AlternateLookup<ReadOnlySpan<char>> actorLookup;
    private readonly Dictionary<string, Source>.AlternateLookup<ReadOnlySpan<char>> sourceLookup;

    // The columns' positions and extension keys, found once from the header.
    private KeptColumnSet kept = new([]);
    private Ordinals col = new(null);

    // The lists of the row being read, filled by TryParse and used by Add; reused from row to row, since the model
    // copies the lists it is given.
    private readonly List<LocalDate> sourceDates = [];
    private readonly List<string> offices = [];
    private readonly List<string> originals = [];
    private readonly long?[] sideDeaths = new long?[4];
    // The figures of the small death counts most rows give, by side: made once per import and shared (the model is immutable).
    private readonly Figure?[][] sideFigures = [new Figure?[256], new Figure?[256], new Figure?[256], new Figure?[256]];
    private readonly List<(Source Source, ReportId? Report)> rowOffices = [];
    private readonly List<ClaimId> claimIds = [];
    // Reused from claim to claim: the model copies the list it is given.
    private readonly List<Relay> relays = new(2);
    // The event's assertion, shared by its claims (the model is immutable).
    private EventAssertion? assertion;
    private readonly List<Participant> participants = [];
    private readonly List<Figure> figures = [];
    private readonly List<ExternalReference> references = [];

    // UCDP as the last relay of every claim, or null when the options leave it out; in the dossier once a claim names it.
    private readonly Source? dataset;
    // UCDP as the last relay, one instance for every claim (the model is immutable).
    private readonly Relay? datasetRelay;
    private bool datasetUsed;

    /// <summary>What the shared CSV import needs to know of GED files; GED's early releases (up to 2.0) wrote the death estimates best_est, low_est and high_est.</summary>
    private static readonly CsvFormat Format = new("a UCDP GED file", UcdpGedColumns.All, UcdpGedColumns.Required,
        [("best_est", UcdpGedColumns.Best), ("low_est", UcdpGedColumns.Low), ("high_est", UcdpGedColumns.High)],
        UcdpGedColumns.KeyPrefix, UcdpGedColumns.ExtraColumnKeyPrefix, UcdpDiagnostics.Shared,
        (message, line, column, code, cause) => cause is null
            ? new UcdpFormatException(message, line, column, code)
            : new UcdpFormatException(message, line, column, code, cause));

    internal UcdpImporter(UcdpImportOptions? options)
        : base(Format, (options ?? UcdpImportOptions.Default).Strict)
    {
        this.options = options ?? UcdpImportOptions.Default;
        places = new PlaceTree("ucdp-place-", UcdpGedColumns.KeyPrefix + "level", usedIds);
        actorLookup = actors.GetAlternateLookup<ReadOnlySpan<char>>();
        sourceLookup = sources.GetAlternateLookup<ReadOnlySpan<char>>();
        if (this.options.DatasetAsRelay)
        {
            dataset = new Source(new SourceId(usedIds.Unique("ucdp")),
                new NameSet(DatasetName).WithLabel("Uppsala Conflict Data Program", LanguageTag.English), SourceKind.NgoMonitor);
            datasetRelay = new Relay(dataset.Id);
        }
    }

    /// <summary>Reads a GED date: <c>yyyy-MM-dd</c>, optionally followed by a time, which is dropped.</summary>
    internal static bool TryParseDate(string text, out LocalDate date) => TryParseDate(text.AsSpan(), out date);

    /// <summary>Reads a GED date: <c>yyyy-MM-dd</c>, optionally followed by a time, which is dropped.</summary>
    internal static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        var trimmed = text.Trim();
        int cut = trimmed.IndexOfAny(' ', 'T');
        var day = cut > 0 ? trimmed[..cut] : trimmed;
        // The shape every release writes, read without a pattern; anything else goes through the ISO pattern.
        if (day.Length == 10 && day[4] == '-' && day[7] == '-' &&
            TryDigits(day[..4], out int year) && TryDigits(day.Slice(5, 2), out int month) && TryDigits(day.Slice(8, 2), out int dayOfMonth) &&
            year is >= 1 and <= 9999 && month is >= 1 and <= 12 && dayOfMonth >= 1 &&
            dayOfMonth <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            date = new LocalDate(year, month, dayOfMonth);
            return true;
        }
        var result = LocalDatePattern.Iso.Parse(day.ToString());
        if (!result.Success || result.Value.Year is < 1 or > 9999)
        {
            return false;
        }
        date = result.Value;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>
    /// The date of an event from GED's interval: one day, an ISO week, a whole month or year when the interval is exactly
    /// that, otherwise the range of days as given.
    /// </summary>
    internal static FuzzyDate ToFuzzyDate(LocalDate start, LocalDate end)
    {
        if (start == end)
        {
            return FuzzyDate.OnDay(start);
        }
        var week = FuzzyDate.InWeekOf(start);
        if (week.Start == start && week.End == end)
        {
            return week;
        }
        var month = FuzzyDate.InMonth(new YearMonth(start.Year, start.Month));
        if (month.Start == start && month.End == end)
        {
            return month;
        }
        var year = FuzzyDate.InYear(start.Year);
        return year.Start == start && year.End == end ? year : FuzzyDate.Between(start, end);
    }

    protected override void HeaderRead(CsvRow header)
    {
        col = new Ordinals(header);
        kept = KeptCells(header, KeptColumns);
    }

    protected override bool TryParse(CsvRow row, int line, out ParsedRow parsed)
    {
        parsed = default;
        if (!HasRequiredValues(row, line))
        {
            return false;
        }
        var keySpan = row.Span(col.Id).Trim();
        if (!TryTakeEventKey(keySpan, UcdpGedColumns.Id, line, out string key))
        {
            return false;
        }
        var violenceSpan = row.Span(col.TypeOfViolence).Trim();
        if (violenceSpan is not ("1" or "2" or "3"))
        {
            string violenceText = violenceSpan.ToString();
            return Reject(UcdpDiagnostics.UnknownTypeOfViolence, line, UcdpGedColumns.TypeOfViolence, violenceText,
                $"\"{violenceText}\" is not a type of violence; write 1 (state-based), 2 (non-state) or 3 (one-sided).");
        }
        if (!TryDate(row, col.DateStart, UcdpGedColumns.DateStart, line, out var start) ||
            !TryDate(row, col.DateEnd, UcdpGedColumns.DateEnd, line, out var end))
        {
            return false;
        }
        if (end < start)
        {
            string endText = row.Span(col.DateEnd).Trim().ToString();
            return Reject(UcdpDiagnostics.InconsistentValues, line, UcdpGedColumns.DateEnd, endText,
                string.Create(CultureInfo.InvariantCulture, $"date_end {end:uuuu-MM-dd} is before date_start {start:uuuu-MM-dd}."));
        }
        if (!TryCode(row, col.DatePrec, UcdpGedColumns.DatePrec, 1, 5, line, out _) ||
            !TryCode(row, col.EventClarity, UcdpGedColumns.EventClarity, 1, 2, line, out _) ||
            !TryCoordinate(row, col.Latitude, UcdpGedColumns.Latitude, 90, line, out double latitude) ||
            !TryCoordinate(row, col.Longitude, UcdpGedColumns.Longitude, 180, line, out double longitude) ||
            !TryCode(row, col.WherePrec, UcdpGedColumns.WherePrec, 1, 7, line, out int? wherePrec) ||
            !TryCount(row, col.NumberOfSources, UcdpGedColumns.NumberOfSources, line, out _) ||
            !TryCount(row, col.Best, UcdpGedColumns.Best, line, out long? best) ||
            !TryCount(row, col.Low, UcdpGedColumns.Low, line, out long? low) ||
            !TryCount(row, col.High, UcdpGedColumns.High, line, out long? high) ||
            !TryCount(row, col.DeathsA, UcdpGedColumns.DeathsA, line, out long? deathsA) ||
            !TryCount(row, col.DeathsB, UcdpGedColumns.DeathsB, line, out long? deathsB) ||
            !TryCount(row, col.DeathsCivilians, UcdpGedColumns.DeathsCivilians, line, out long? deathsCivilians) ||
            !TryCount(row, col.DeathsUnknown, UcdpGedColumns.DeathsUnknown, line, out long? deathsUnknown))
        {
            return false;
        }
        // GED always gives low and high; a file that leaves them out has only the best estimate to offer for both.
        long lowValue = low ?? best!.Value, highValue = high ?? best!.Value;
        if (lowValue > best || best > highValue)
        {
            string column = lowValue > best ? UcdpGedColumns.Low : UcdpGedColumns.High;
            return Reject(UcdpDiagnostics.InconsistentValues, line, column, row.SpanOf(column).Trim().ToString(),
                string.Create(CultureInfo.InvariantCulture, $"low {lowValue}, best {best} and high {highValue} are not in increasing order."));
        }
        if (!TrySourceDates(row, line) ||
            !TrySourceList(row, col.SourceOffice, UcdpGedColumns.SourceOffice, line, offices) ||
            !TrySourceList(row, col.SourceOriginal, UcdpGedColumns.SourceOriginal, line, originals))
        {
            return false;
        }
        FuzzyDate fuzzy;
        try
        {
            fuzzy = ToFuzzyDate(start, end);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The week of a date near the end of year 9999 runs past the last day a date may have; the interval itself is fine.
            fuzzy = FuzzyDate.Between(start, end);
        }
        sideDeaths[0] = deathsA;
        sideDeaths[1] = deathsB;
        sideDeaths[2] = deathsCivilians;
        sideDeaths[3] = deathsUnknown;
        parsed = new ParsedRow(key, violenceSpan[0] - '0', fuzzy, new GeoPoint(latitude, longitude),
            SpatialPrecisionExtensions.FromUcdpWherePrecision(wherePrec!.Value)!.Value,
            new CountEstimate(lowValue, best!.Value, highValue));
        return true;
    }

    private bool TryDate(CsvRow row, int ordinal, string column, int line, out LocalDate date)
    {
        if (TryParseDate(row.Span(ordinal), out date))
        {
            return true;
        }
        string text = row.Span(ordinal).Trim().ToString();
        return Reject(UcdpDiagnostics.UnparsableDate, line, column, text, $"\"{text}\" is not a date; write yyyy-MM-dd, in years 1-9999.");
    }

    /// <summary>Reads the dates of source_date into <see cref="sourceDates"/>, for the row being read.</summary>
    private bool TrySourceDates(CsvRow row, int line)
    {
        sourceDates.Clear();
        foreach (var part in InteropText.Parts(row.Span(col.SourceDate)))
        {
            if (sourceDates.Count >= MaxSourcesPerColumn)
            {
                return Reject(UcdpDiagnostics.TooManySources, line, UcdpGedColumns.SourceDate, string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"more than the {MaxSourcesPerColumn} dates a row may list."));
            }
            if (!TryParseDate(part, out var date))
            {
                return Reject(UcdpDiagnostics.UnparsableDate, line, UcdpGedColumns.SourceDate, row.Span(col.SourceDate).Trim().ToString(),
                    $"\"{part.ToString()}\" is not a date; write dates yyyy-MM-dd separated by ';'.");
            }
            sourceDates.Add(date);
        }
        return true;
    }

    /// <summary>Reads the distinct names of a list column into <paramref name="names"/>, for the row being read.</summary>
    private bool TrySourceList(CsvRow row, int ordinal, string column, int line, List<string> names)
    {
        names.Clear();
        HashSet<string>? beyond = null;
        foreach (var part in InteropText.Parts(row.Span(ordinal)))
        {
            if (beyond is not null)
            {
                // The row is refused already; the distinct names are only counted, for the message.
                beyond.Add(part.ToString());
            }
            else if (!Contains(names, part))
            {
                names.Add(Name(part));
                if (names.Count > MaxSourcesPerColumn)
                {
                    beyond = new HashSet<string>(names, StringComparer.Ordinal);
                }
            }
        }
        int count = beyond?.Count ?? names.Count;
        return count <= MaxSourcesPerColumn ||
            Reject(UcdpDiagnostics.TooManySources, line, column, string.Empty,
                string.Create(CultureInfo.InvariantCulture, $"{count} names are more than the {MaxSourcesPerColumn} a row may list."));
    }

    private static bool Contains(List<string> names, ReadOnlySpan<char> name)
    {
        foreach (string known in names)
        {
            if (name.SequenceEqual(known))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A source name as a string: the one of a source already met, without a new string.</summary>
    private string Name(ReadOnlySpan<char> name) => sourceLookup.TryGetValue(name, out string? known, out _) ? known : name.ToString();

    private bool TryCount(CsvRow row, int ordinal, string column, int line, out long? count)
    {
        count = null;
        var span = row.Span(ordinal).Trim();
        if (span.Length == 0)
        {
            return true;
        }
        if (long.TryParse(span, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) && value >= 0)
        {
            count = value;
            return true;
        }
        string text = span.ToString();
        return Reject(Shared.UnparsableNumber, line, column, text, $"\"{text}\" is not a count; write a whole number of 0 or more.");
    }

    protected override void Add(CsvRow row, ParsedRow parsed)
    {
        var eventId = new EventId(usedIds.Keyed(parsed.Key));

        participants.Clear();
        var sideA = Actor(row, col.SideA, col.SideANewId, col.SideADsetId, col.GwnoA);
        participants.Add(new Participant(sideA, ParticipantRole.SideA));
        var sideB = Actor(row, col.SideB, col.SideBNewId, col.SideBDsetId, col.GwnoB);
        if (sideB != sideA)
        {
            participants.Add(new Participant(sideB, ParticipantRole.SideB));
        }

        var place = AddPlaces(row, parsed.Point, parsed.Precision);
        AddClaims(row, eventId);

        figures.Clear();
        figures.Add(new Figure(FigureKind.Killed, parsed.Deaths));
        for (int i = 0; i < SideKinds.Length; i++)
        {
            if (sideDeaths[i] is { } deaths)
            {
                figures.Add(SideFigure(i, deaths));
            }
        }

        references.Clear();
        references.Add(new ExternalReference(ExternalReference.UcdpGed, parsed.Key));
        var relId = row.Span(col.RelId).Trim();
        if (relId.Length > 0)
        {
            references.Add(new ExternalReference(UcdpGedColumns.RelIdScheme, relId.ToString()));
        }

        events.Add(new ConflictEvent(eventId, parsed.Violence == 3 ? EventType.ViolenceAgainstCivilians : EventType.Battles,
            parsed.Date, place, participants: participants, figures: figures, claims: claimIds,
            externalReferences: references, extensions: KeptCells(row)));
    }

    private Figure SideFigure(int side, long deaths)
    {
        var made = sideFigures[side];
        return deaths < made.Length
            ? made[deaths] ??= new Figure(SideKinds[side], new ExactCount(deaths))
            : new Figure(SideKinds[side], new ExactCount(deaths));
    }

    private ExtensionData KeptCells(CsvRow row)
    {
        AddKeptCells(row, kept);
        AddExtraCells(row, events.Count == 0);
        return ToExtensionData();
    }

    /// <summary>
    /// The places of a row, from the country down: country, adm_1 and adm_2 where named, then where_coordinates unless it
    /// repeats one of them. GED names the province or the country itself in where_coordinates when that is all it knows
    /// (where_prec 4 or 6); the point then belongs to that division rather than to a child of the same name.
    /// </summary>
    private PlaceId AddPlaces(CsvRow row, GeoPoint point, SpatialPrecision precision)
    {
        var country = row.Span(col.Country).Trim();
        var adm1 = row.Span(col.Adm1).Trim();
        var adm2 = row.Span(col.Adm2).Trim();
        var location = row.Span(col.WhereCoordinates).Trim();
        bool located = location.Length > 0 && !location.SequenceEqual(country) && !location.SequenceEqual(adm1) && !location.SequenceEqual(adm2);
        // The deepest named level carries the point; country is required, so there is always one.
        int deepest = located ? 3 : adm2.Length > 0 ? 2 : adm1.Length > 0 ? 1 : 0;
        PlaceTree.Node? node = null;
        if (country.Length > 0)
        {
            node = places.Step(node, UcdpGedColumns.Country, country, PlaceKind.Country, deepest == 0, point, precision);
        }
        if (adm1.Length > 0)
        {
            node = places.Step(node, UcdpGedColumns.Adm1, adm1, PlaceKind.Governorate, deepest == 1, point, precision);
        }
        if (adm2.Length > 0)
        {
            node = places.Step(node, UcdpGedColumns.Adm2, adm2, PlaceKind.District, deepest == 2, point, precision);
        }
        if (located)
        {
            var kind = precision is SpatialPrecision.Exact or SpatialPrecision.Near ? PlaceKind.Town : PlaceKind.Region;
            node = places.Step(node, UcdpGedColumns.WhereCoordinates, location, kind, true, point, precision);
        }
        return node!.Id;
    }

    private ActorId Actor(CsvRow row, int nameColumn, int newIdColumn, int dsetIdColumn, int gwnoColumn)
    {
        var nameSpan = row.Span(nameColumn).Trim();
        if (actorLookup.TryGetValue(nameSpan, out var actor))
        {
            return actor.Id;
        }
        string name = nameSpan.ToString();
        string newId = row.Span(newIdColumn).Trim().ToString();
        string candidate = newId.Length > 0 ? InteropText.IdSafe("ucdp-actor-", newId) : "ucdp-actor-" + InteropText.Slug(name);
        // The codebook's own types: the government side of a dyad, and the civilians of one-sided violence.
        ActorKind kind = name.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) ? ActorKind.StateForces
            : string.Equals(name, "Civilians", StringComparison.OrdinalIgnoreCase) ? ActorKind.Civilians
            : UnspecifiedActor;
        var codes = new List<KeyValuePair<string, System.Text.Json.JsonElement>>();
        foreach (var (ordinal, key) in new[] { (newIdColumn, "new_id"), (dsetIdColumn, "dset_id"), (gwnoColumn, "gwno") })
        {
            var value = row.Span(ordinal).Trim();
            if (value.Length > 0)
            {
                codes.Add(new(UcdpGedColumns.KeyPrefix + key, Json(value)));
            }
        }
        actor = new Actor(new ActorId(usedIds.Unique(candidate)), new NameSet(name), kind, extensions: ExtensionData.From(codes));
        actors.Add(name, actor);
        actorOrder.Add(actor);
        return actor.Id;
    }

    private Source Source(string name, SourceKind kind)
    {
        if (dataset is not null && string.Equals(name, DatasetName, StringComparison.OrdinalIgnoreCase))
        {
            return dataset;
        }
        if (!sources.TryGetValue(name, out var source))
        {
            source = new Source(new SourceId(usedIds.Unique("ucdp-source-" + InteropText.Slug(name))), new NameSet(name), kind);
            sources.Add(name, source);
            sourceOrder.Add(source);
        }
        return source;
    }

    /// <summary>
    /// One report for each office that published on the event, and one claim for each original source as relayed by each
    /// office (GED's offices are parallel channels, not a chain). Without original sources, the offices speak for themselves.
    /// The claims' ids are left in <see cref="claimIds"/>.
    /// </summary>
    private void AddClaims(CsvRow row, EventId eventId)
    {
        rowOffices.Clear();
        claimIds.Clear();
        assertion = null;
        foreach (string name in offices)
        {
            var office = Source(name, SourceKind.NewsOutlet);
            rowOffices.Add((office, AddReport(row, eventId, office, rowOffices.Count)));
        }
        if (originals.Count == 0)
        {
            foreach (var office in rowOffices)
            {
                AddClaim(eventId, office.Source, office);
            }
            return;
        }
        foreach (string name in originals)
        {
            var original = Source(name, UnspecifiedSource);
            if (rowOffices.Count == 0)
            {
                AddClaim(eventId, original, null);
            }
            foreach (var office in rowOffices)
            {
                AddClaim(eventId, original, office);
            }
        }
    }

    private void AddClaim(EventId eventId, Source source, (Source Source, ReportId? Report)? office)
    {
        relays.Clear();
        if (office is { } o && o.Source.Id != source.Id)
        {
            relays.Add(new Relay(o.Source.Id, o.Report));
        }
        // UCDP passed the claim to the dossier last, unless it is already in the chain.
        if (dataset is not null)
        {
            datasetUsed = true;
            if (source.Id != dataset.Id && (relays.Count == 0 || relays[0].Source != dataset.Id))
            {
                relays.Add(datasetRelay!);
            }
        }
        var id = new ClaimId(usedIds.Numbered(eventId.Value, ClaimStem, claimIds.Count + 1));
        assertion ??= new EventAssertion(eventId);
        claims.Add(new Claim(id, assertion, new Attribution(source.Id, AttributionMode.Reported, relays), office?.Report));
        claimIds.Add(id);
    }

    private ReportId? AddReport(CsvRow row, EventId eventId, Source office, int index)
    {
        // GED lists one date and one headline per article when it can; a count that does not match the offices cannot be
        // paired, so each report gets the first date and the whole headline cell.
        if (sourceDates.Count == 0)
        {
            return null;
        }
        var date = sourceDates.Count == offices.Count ? sourceDates[index] : sourceDates[0];
        var headlines = row.Span(col.SourceHeadline).Trim();
        var headline = Headline(headlines, index, offices.Count);
        string title = Text(headline.Length > 0 ? headline : headlines);
        string article = Text(row.Span(col.SourceArticle).Trim());
        if (title.Length == 0)
        {
            title = article.Length > 0 ? article : office.Names.Primary.Text;
        }
        var id = new ReportId(usedIds.Numbered(eventId.Value, ReportStem, index + 1));
        reports.Add(new Report(id, office.Id, date.AtStartOfDayInZone(DateTimeZone.Utc), options.ReportLanguage, title,
            text: article.Length > 0 ? article : null));
        return id;
    }

    /// <summary>
    /// The headline of the article at a position, trimmed, when the cell lists exactly one headline per office separated by
    /// semicolons; otherwise empty (the caller then takes the whole cell).
    /// </summary>
    private static ReadOnlySpan<char> Headline(ReadOnlySpan<char> headlines, int index, int count)
    {
        if (headlines.Count(';') + 1 != count)
        {
            return [];
        }
        var rest = headlines;
        for (int i = 0; i < index; i++)
        {
            rest = rest[(rest.IndexOf(';') + 1)..];
        }
        int end = rest.IndexOf(';');
        return (end < 0 ? rest : rest[..end]).Trim();
    }

    protected override UcdpImportResult Finish()
    {
        // The lists are handed to the dossier as they are: it copies them once, where a builder would copy them twice.
        if (datasetUsed)
        {
            sourceOrder.Add(dataset!);
        }
        var dossier = new Dossier(actors: actorOrder, places: places.Places, sources: sourceOrder, reports: reports, claims: claims, events: events);
        return new UcdpImportResult(dossier, Diagnostics, RowsRead, events.Count);
    }

    /// <summary>The values of a good row; its source dates, offices, originals and side deaths are in the importer's lists for the row.</summary>
    internal readonly record struct ParsedRow(string Key, int Violence, FuzzyDate Date, GeoPoint Point, SpatialPrecision Precision,
        CountEstimate Deaths);

    /// <summary>The position of each codebook column this importer reads, or -1 when the header does not name it.</summary>
    private sealed class Ordinals(CsvRow? header)
    {
        public int Id { get; } = Find(header, UcdpGedColumns.Id);

        public int RelId { get; } = Find(header, UcdpGedColumns.RelId);

        public int TypeOfViolence { get; } = Find(header, UcdpGedColumns.TypeOfViolence);

        public int SideA { get; } = Find(header, UcdpGedColumns.SideA);

        public int SideANewId { get; } = Find(header, UcdpGedColumns.SideANewId);

        public int SideADsetId { get; } = Find(header, UcdpGedColumns.SideADsetId);

        public int GwnoA { get; } = Find(header, UcdpGedColumns.GwnoA);

        public int SideB { get; } = Find(header, UcdpGedColumns.SideB);

        public int SideBNewId { get; } = Find(header, UcdpGedColumns.SideBNewId);

        public int SideBDsetId { get; } = Find(header, UcdpGedColumns.SideBDsetId);

        public int GwnoB { get; } = Find(header, UcdpGedColumns.GwnoB);

        public int NumberOfSources { get; } = Find(header, UcdpGedColumns.NumberOfSources);

        public int SourceArticle { get; } = Find(header, UcdpGedColumns.SourceArticle);

        public int SourceOffice { get; } = Find(header, UcdpGedColumns.SourceOffice);

        public int SourceDate { get; } = Find(header, UcdpGedColumns.SourceDate);

        public int SourceHeadline { get; } = Find(header, UcdpGedColumns.SourceHeadline);

        public int SourceOriginal { get; } = Find(header, UcdpGedColumns.SourceOriginal);

        public int WherePrec { get; } = Find(header, UcdpGedColumns.WherePrec);

        public int WhereCoordinates { get; } = Find(header, UcdpGedColumns.WhereCoordinates);

        public int Adm1 { get; } = Find(header, UcdpGedColumns.Adm1);

        public int Adm2 { get; } = Find(header, UcdpGedColumns.Adm2);

        public int Latitude { get; } = Find(header, UcdpGedColumns.Latitude);

        public int Longitude { get; } = Find(header, UcdpGedColumns.Longitude);

        public int Country { get; } = Find(header, UcdpGedColumns.Country);

        public int EventClarity { get; } = Find(header, UcdpGedColumns.EventClarity);

        public int DatePrec { get; } = Find(header, UcdpGedColumns.DatePrec);

        public int DateStart { get; } = Find(header, UcdpGedColumns.DateStart);

        public int DateEnd { get; } = Find(header, UcdpGedColumns.DateEnd);

        public int DeathsA { get; } = Find(header, UcdpGedColumns.DeathsA);

        public int DeathsB { get; } = Find(header, UcdpGedColumns.DeathsB);

        public int DeathsCivilians { get; } = Find(header, UcdpGedColumns.DeathsCivilians);

        public int DeathsUnknown { get; } = Find(header, UcdpGedColumns.DeathsUnknown);

        public int Best { get; } = Find(header, UcdpGedColumns.Best);

        public int High { get; } = Find(header, UcdpGedColumns.High);

        public int Low { get; } = Find(header, UcdpGedColumns.Low);

        private static int Find(CsvRow? header, string column) => header?.Ordinal(column) ?? -1;
    }
}
