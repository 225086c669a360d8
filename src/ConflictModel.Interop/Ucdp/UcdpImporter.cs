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

    // The codebook columns kept on the event, with their extension keys made once.
    private static readonly (string Column, string Key)[] KeptKeys =
        UcdpGedColumns.All.Where(c => !MappedColumns.Contains(c)).Select(c => (c, UcdpGedColumns.KeyPrefix + c)).ToArray();

    private readonly UcdpImportOptions options;
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly List<Actor> actorOrder = [];
    private readonly PlaceTree places;
    private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly List<Source> sourceOrder = [];
    private readonly List<Report> reports = [];
    private readonly List<Claim> claims = [];
    private readonly List<ConflictEvent> events = [];

    internal UcdpImporter(UcdpImportOptions? options)
    {
        this.options = options ?? UcdpImportOptions.Default;
        places = new PlaceTree("ucdp-place-", UcdpGedColumns.KeyPrefix + "level", usedIds);
    }

    protected override IReadOnlyList<string> KnownColumns => UcdpGedColumns.All;

    protected override IReadOnlyList<string> RequiredColumns => UcdpGedColumns.Required;

    // GED's early releases (up to 2.0) wrote the death estimates best_est, low_est and high_est.
    protected override IReadOnlyList<(string Alias, string Column)> ColumnAliases { get; } =
        [("best_est", UcdpGedColumns.Best), ("low_est", UcdpGedColumns.Low), ("high_est", UcdpGedColumns.High)];

    protected override string FileDescription => "a UCDP GED file";

    protected override bool Strict => options.Strict;

    protected override DiagnosticDescriptor MissingValue => UcdpDiagnostics.MissingValue;

    protected override DiagnosticDescriptor UnparsableNumber => UcdpDiagnostics.UnparsableNumber;

    protected override DiagnosticDescriptor CoordinateOutOfRange => UcdpDiagnostics.CoordinateOutOfRange;

    protected override DiagnosticDescriptor UnusableRow => UcdpDiagnostics.UnusableRow;

    protected override Exception FormatError(string message, int line, string? column, string? code, Exception? cause = null) =>
        cause is null ? new UcdpFormatException(message, line, column, code) : new UcdpFormatException(message, line, column, code, cause);

    /// <summary>Reads a GED date: <c>yyyy-MM-dd</c>, optionally followed by a time, which is dropped.</summary>
    internal static bool TryParseDate(string text, out LocalDate date)
    {
        date = default;
        string trimmed = text.Trim();
        int cut = trimmed.IndexOfAny([' ', 'T']);
        var result = LocalDatePattern.Iso.Parse(cut > 0 ? trimmed[..cut] : trimmed);
        if (!result.Success || result.Value.Year is < 1 or > 9999)
        {
            return false;
        }
        date = result.Value;
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

    protected override bool TryParse(CsvRow row, int line, out ParsedRow parsed)
    {
        parsed = default;
        if (!HasRequiredValues(row, line))
        {
            return false;
        }
        string key = Value(row, UcdpGedColumns.Id).Trim();
        if (eventKeys.Contains(key))
        {
            return Reject(UcdpDiagnostics.DuplicateEventId, line, UcdpGedColumns.Id, key, $"the event id \"{key}\" was given by an earlier row.");
        }
        string violenceText = Value(row, UcdpGedColumns.TypeOfViolence).Trim();
        if (violenceText is not ("1" or "2" or "3"))
        {
            return Reject(UcdpDiagnostics.UnknownTypeOfViolence, line, UcdpGedColumns.TypeOfViolence, violenceText,
                $"\"{violenceText}\" is not a type of violence; write 1 (state-based), 2 (non-state) or 3 (one-sided).");
        }
        if (!TryDate(row, UcdpGedColumns.DateStart, line, out var start) || !TryDate(row, UcdpGedColumns.DateEnd, line, out var end))
        {
            return false;
        }
        if (end < start)
        {
            string endText = Value(row, UcdpGedColumns.DateEnd).Trim();
            return Reject(UcdpDiagnostics.InconsistentValues, line, UcdpGedColumns.DateEnd, endText,
                string.Create(CultureInfo.InvariantCulture, $"date_end {end:uuuu-MM-dd} is before date_start {start:uuuu-MM-dd}."));
        }
        if (!TryCode(row, UcdpGedColumns.DatePrec, 1, 5, line, out _) ||
            !TryCode(row, UcdpGedColumns.EventClarity, 1, 2, line, out _) ||
            !TryCoordinate(row, UcdpGedColumns.Latitude, 90, line, out double latitude) ||
            !TryCoordinate(row, UcdpGedColumns.Longitude, 180, line, out double longitude) ||
            !TryCode(row, UcdpGedColumns.WherePrec, 1, 7, line, out int? wherePrec) ||
            !TryCount(row, UcdpGedColumns.NumberOfSources, line, out _) ||
            !TryCount(row, UcdpGedColumns.Best, line, out long? best) ||
            !TryCount(row, UcdpGedColumns.Low, line, out long? low) ||
            !TryCount(row, UcdpGedColumns.High, line, out long? high) ||
            !TryCount(row, UcdpGedColumns.DeathsA, line, out long? deathsA) ||
            !TryCount(row, UcdpGedColumns.DeathsB, line, out long? deathsB) ||
            !TryCount(row, UcdpGedColumns.DeathsCivilians, line, out long? deathsCivilians) ||
            !TryCount(row, UcdpGedColumns.DeathsUnknown, line, out long? deathsUnknown))
        {
            return false;
        }
        // GED always gives low and high; a file that leaves them out has only the best estimate to offer for both.
        long lowValue = low ?? best!.Value, highValue = high ?? best!.Value;
        if (lowValue > best || best > highValue)
        {
            string column = lowValue > best ? UcdpGedColumns.Low : UcdpGedColumns.High;
            return Reject(UcdpDiagnostics.InconsistentValues, line, column, Value(row, column).Trim(),
                string.Create(CultureInfo.InvariantCulture, $"low {lowValue}, best {best} and high {highValue} are not in increasing order."));
        }
        if (!TrySourceDates(row, line, out var sourceDates) ||
            !TrySourceList(row, UcdpGedColumns.SourceOffice, line, out var offices) ||
            !TrySourceList(row, UcdpGedColumns.SourceOriginal, line, out var originals))
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
        parsed = new ParsedRow(key, violenceText[0] - '0', fuzzy, new GeoPoint(latitude, longitude),
            SpatialPrecisionExtensions.FromUcdpWherePrecision(wherePrec!.Value)!.Value,
            new CountEstimate(lowValue, best!.Value, highValue), [deathsA, deathsB, deathsCivilians, deathsUnknown],
            sourceDates, offices, originals);
        return true;
    }

    private bool TryDate(CsvRow row, string column, int line, out LocalDate date)
    {
        string text = Value(row, column).Trim();
        return TryParseDate(text, out date) ||
            Reject(UcdpDiagnostics.UnparsableDate, line, column, text, $"\"{text}\" is not a date; write yyyy-MM-dd, in years 1-9999.");
    }

    private bool TrySourceDates(CsvRow row, int line, out List<LocalDate> dates)
    {
        dates = [];
        foreach (string part in Value(row, UcdpGedColumns.SourceDate).Split(';'))
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }
            if (dates.Count >= MaxSourcesPerColumn)
            {
                return Reject(UcdpDiagnostics.TooManySources, line, UcdpGedColumns.SourceDate, string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"more than the {MaxSourcesPerColumn} dates a row may list."));
            }
            if (!TryParseDate(part, out var date))
            {
                return Reject(UcdpDiagnostics.UnparsableDate, line, UcdpGedColumns.SourceDate, Value(row, UcdpGedColumns.SourceDate).Trim(),
                    $"\"{part.Trim()}\" is not a date; write dates yyyy-MM-dd separated by ';'.");
            }
            dates.Add(date);
        }
        return true;
    }

    private bool TrySourceList(CsvRow row, string column, int line, out List<string> names)
    {
        names = InteropText.SplitList(Value(row, column));
        return names.Count <= MaxSourcesPerColumn ||
            Reject(UcdpDiagnostics.TooManySources, line, column, string.Empty,
                string.Create(CultureInfo.InvariantCulture, $"{names.Count} names are more than the {MaxSourcesPerColumn} a row may list."));
    }

    private bool TryCount(CsvRow row, string column, int line, out long? count)
    {
        count = null;
        string text = Value(row, column).Trim();
        if (text.Length == 0)
        {
            return true;
        }
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) && value >= 0)
        {
            count = value;
            return true;
        }
        return Reject(UcdpDiagnostics.UnparsableNumber, line, column, text, $"\"{text}\" is not a count; write a whole number of 0 or more.");
    }

    protected override void Add(CsvRow row, ParsedRow parsed)
    {
        eventKeys.Add(parsed.Key);
        var eventId = new EventId(InteropText.Unique("ucdp-ged-" + InteropText.IdSafe(parsed.Key), usedIds));

        var participants = new List<Participant>
        {
            new(Actor(row, UcdpGedColumns.SideA, UcdpGedColumns.SideANewId, UcdpGedColumns.SideADsetId, UcdpGedColumns.GwnoA), ParticipantRole.SideA),
        };
        var sideB = Actor(row, UcdpGedColumns.SideB, UcdpGedColumns.SideBNewId, UcdpGedColumns.SideBDsetId, UcdpGedColumns.GwnoB);
        if (sideB != participants[0].Actor)
        {
            participants.Add(new Participant(sideB, ParticipantRole.SideB));
        }

        var place = places.Add(PlaceLevels(row, parsed.Precision), parsed.Point, parsed.Precision)!.Value;
        var claimIds = AddClaims(row, eventId, parsed);

        var figures = new List<Figure> { new(FigureKind.Killed, parsed.Deaths) };
        FigureKind[] sideKinds = [KilledSideA, KilledSideB, FigureKind.CiviliansKilled, KilledUnknown];
        for (int i = 0; i < sideKinds.Length; i++)
        {
            if (parsed.SideDeaths[i] is { } deaths)
            {
                figures.Add(new Figure(sideKinds[i], new ExactCount(deaths)));
            }
        }

        var references = new List<ExternalReference> { new(ExternalReference.UcdpGed, parsed.Key) };
        string relId = Value(row, UcdpGedColumns.RelId).Trim();
        if (relId.Length > 0)
        {
            references.Add(new ExternalReference(UcdpGedColumns.RelIdScheme, relId));
        }

        events.Add(new ConflictEvent(eventId, parsed.Violence == 3 ? EventType.ViolenceAgainstCivilians : EventType.Battles,
            parsed.Date, place, participants: participants, figures: figures, claims: claimIds,
            externalReferences: references, extensions: KeptColumns(row)));
    }

    private ExtensionData KeptColumns(CsvRow row)
    {
        var kept = new List<KeyValuePair<string, System.Text.Json.JsonElement>>(KeptKeys.Length + ExtraColumns.Count);
        foreach (var (column, key) in KeptKeys)
        {
            int ordinal = row.Ordinal(column);
            if (ordinal >= 0)
            {
                kept.Add(new(key, CellJson(row, ordinal)));
            }
        }
        foreach (string column in ExtraColumns)
        {
            int ordinal = row.Ordinal(column);
            if (KeepsExtraCell(column, row.Span(ordinal)))
            {
                kept.Add(new(UcdpGedColumns.ExtraColumnKeyPrefix + column, CellJson(row, ordinal)));
            }
        }
        return ExtensionData.From(kept);
    }

    private static List<(string Column, string Name, PlaceKind Kind)> PlaceLevels(CsvRow row, SpatialPrecision precision)
    {
        var levels = new List<(string Column, string Name, PlaceKind Kind)>
        {
            (UcdpGedColumns.Country, Value(row, UcdpGedColumns.Country).Trim(), PlaceKind.Country),
            (UcdpGedColumns.Adm1, Value(row, UcdpGedColumns.Adm1).Trim(), PlaceKind.Governorate),
            (UcdpGedColumns.Adm2, Value(row, UcdpGedColumns.Adm2).Trim(), PlaceKind.District),
        };
        // GED names the province or the country itself in where_coordinates when that is all it knows (where_prec 4 or 6);
        // the point then belongs to that division rather than to a child of the same name.
        string location = Value(row, UcdpGedColumns.WhereCoordinates).Trim();
        if (location.Length > 0 && !levels.Exists(l => string.Equals(l.Name, location, StringComparison.Ordinal)))
        {
            var kind = precision is SpatialPrecision.Exact or SpatialPrecision.Near ? PlaceKind.Town : PlaceKind.Region;
            levels.Add((UcdpGedColumns.WhereCoordinates, location, kind));
        }
        return levels;
    }

    private ActorId Actor(CsvRow row, string nameColumn, string newIdColumn, string dsetIdColumn, string gwnoColumn)
    {
        string name = Value(row, nameColumn).Trim();
        if (actors.TryGetValue(name, out var actor))
        {
            return actor.Id;
        }
        string newId = Value(row, newIdColumn).Trim();
        string candidate = newId.Length > 0 ? "ucdp-actor-" + InteropText.IdSafe(newId) : "ucdp-actor-" + InteropText.Slug(name);
        // The codebook's own types: the government side of a dyad, and the civilians of one-sided violence.
        ActorKind kind = name.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) ? ActorKind.StateForces
            : string.Equals(name, "Civilians", StringComparison.OrdinalIgnoreCase) ? ActorKind.Civilians
            : UnspecifiedActor;
        var codes = new List<KeyValuePair<string, System.Text.Json.JsonElement>>();
        foreach (var (column, key) in new[] { (newIdColumn, "new_id"), (dsetIdColumn, "dset_id"), (gwnoColumn, "gwno") })
        {
            string value = Value(row, column).Trim();
            if (value.Length > 0)
            {
                codes.Add(new(UcdpGedColumns.KeyPrefix + key, Json(value)));
            }
        }
        actor = new Actor(new ActorId(InteropText.Unique(candidate, usedIds)), new NameSet(name), kind, extensions: ExtensionData.From(codes));
        actors.Add(name, actor);
        actorOrder.Add(actor);
        return actor.Id;
    }

    private Source Source(string name, SourceKind kind)
    {
        if (!sources.TryGetValue(name, out var source))
        {
            source = new Source(new SourceId(InteropText.Unique("ucdp-source-" + InteropText.Slug(name), usedIds)), new NameSet(name), kind);
            sources.Add(name, source);
            sourceOrder.Add(source);
        }
        return source;
    }

    /// <summary>
    /// One report for each office that published on the event, and one claim for each original source as relayed by each
    /// office (GED's offices are parallel channels, not a chain). Without original sources, the offices speak for themselves.
    /// </summary>
    private List<ClaimId> AddClaims(CsvRow row, EventId eventId, ParsedRow parsed)
    {
        var offices = new List<(Source Source, ReportId? Report)>();
        foreach (string name in parsed.Offices)
        {
            var office = Source(name, SourceKind.NewsOutlet);
            offices.Add((office, AddReport(row, eventId, parsed, office, offices.Count)));
        }
        var claimIds = new List<ClaimId>();
        void AddClaim(Source source, (Source Source, ReportId? Report)? office)
        {
            var relays = office is { } o && o.Source.Id != source.Id ? new[] { new Relay(o.Source.Id, o.Report) } : [];
            var id = new ClaimId(InteropText.Unique(
                eventId.Value + "-claim-" + (claimIds.Count + 1).ToString(CultureInfo.InvariantCulture), usedIds));
            claims.Add(new Claim(id, new EventAssertion(eventId), new Attribution(source.Id, AttributionMode.Reported, relays), office?.Report));
            claimIds.Add(id);
        }
        if (parsed.Originals.Count == 0)
        {
            offices.ForEach(office => AddClaim(office.Source, office));
            return claimIds;
        }
        foreach (string name in parsed.Originals)
        {
            var original = Source(name, UnspecifiedSource);
            if (offices.Count == 0)
            {
                AddClaim(original, null);
            }
            offices.ForEach(office => AddClaim(original, office));
        }
        return claimIds;
    }

    private ReportId? AddReport(CsvRow row, EventId eventId, ParsedRow parsed, Source office, int index)
    {
        // GED lists one date and one headline per article when it can; a count that does not match the offices cannot be
        // paired, so each report gets the first date and the whole headline cell.
        var dates = parsed.SourceDates;
        if (dates.Count == 0)
        {
            return null;
        }
        var date = dates.Count == parsed.Offices.Count ? dates[index] : dates[0];
        string headlines = Value(row, UcdpGedColumns.SourceHeadline).Trim();
        var split = headlines.Split(';', StringSplitOptions.TrimEntries);
        string title = split.Length == parsed.Offices.Count && split[index].Length > 0 ? split[index] : headlines;
        string article = Value(row, UcdpGedColumns.SourceArticle).Trim();
        if (title.Length == 0)
        {
            title = article.Length > 0 ? article : office.Names.Primary.Text;
        }
        var id = new ReportId(InteropText.Unique(eventId.Value + "-report-" + (index + 1).ToString(CultureInfo.InvariantCulture), usedIds));
        reports.Add(new Report(id, office.Id, date.AtStartOfDayInZone(DateTimeZone.Utc), options.ReportLanguage, title,
            text: article.Length > 0 ? article : null));
        return id;
    }

    protected override UcdpImportResult Finish()
    {
        var builder = new DossierBuilder();
        actorOrder.ForEach(a => builder.Add(a));
        foreach (var place in places.Places)
        {
            builder.Add(place);
        }
        sourceOrder.ForEach(s => builder.Add(s));
        reports.ForEach(r => builder.Add(r));
        claims.ForEach(c => builder.Add(c));
        events.ForEach(e => builder.Add(e));
        return new UcdpImportResult(builder.Build(), Diagnostics, RowsRead, events.Count);
    }

    internal readonly record struct ParsedRow(string Key, int Violence, FuzzyDate Date, GeoPoint Point, SpatialPrecision Precision,
        CountEstimate Deaths, long?[] SideDeaths, List<LocalDate> SourceDates, List<string> Offices, List<string> Originals);
}
