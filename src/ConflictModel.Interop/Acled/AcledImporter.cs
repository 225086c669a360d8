using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Interop;

/// <summary>Reads one ACLED CSV file into a dossier; one instance per import.</summary>
internal sealed class AcledImporter : CsvImporter<AcledImporter.ParsedRow, AcledImportResult>
{
    // Columns whose text is kept verbatim, because the model either has no place for them or would write them back
    // differently (number formats, labels against codes, list separators). The columns with a bit are kept only when the
    // export would not write the same text from the model: the bit is set for a row whose cell is what the export derives.
    // The model has no place for the columns marked KeptWhenNotEmpty, and the export writes them empty: an empty cell
    // there needs no keeping.
    private static readonly (string Column, int Derivable)[] KeptColumns =
    [
        (AcledColumns.EventDate, (int)Derivable.EventDate), (AcledColumns.Year, (int)Derivable.Year),
        (AcledColumns.TimePrecision, (int)Derivable.TimePrecision), (AcledColumns.DisorderType, KeptWhenNotEmpty),
        (AcledColumns.AssocActor1, (int)Derivable.AssocActor1), (AcledColumns.Inter1, (int)Derivable.Inter1),
        (AcledColumns.AssocActor2, (int)Derivable.AssocActor2), (AcledColumns.Inter2, (int)Derivable.Inter2),
        (AcledColumns.Interaction, (int)Derivable.Interaction), (AcledColumns.CivilianTargeting, KeptWhenNotEmpty),
        (AcledColumns.Iso, KeptWhenNotEmpty), (AcledColumns.Region, KeptWhenNotEmpty),
        (AcledColumns.Latitude, (int)Derivable.Latitude), (AcledColumns.Longitude, (int)Derivable.Longitude),
        (AcledColumns.GeoPrecision, (int)Derivable.GeoPrecision), (AcledColumns.Source, (int)Derivable.Source),
        (AcledColumns.SourceScale, KeptWhenNotEmpty), (AcledColumns.Fatalities, (int)Derivable.Fatalities),
        (AcledColumns.Tags, KeptWhenNotEmpty), (AcledColumns.Timestamp, KeptWhenNotEmpty),
        (AcledColumns.EventType, (int)Derivable.EventType), (AcledColumns.SubEventType, (int)Derivable.SubEventType),
    ];

    private static readonly string[] TrimmedColumns =
    [
        AcledColumns.EventIdCnty, AcledColumns.Actor1, AcledColumns.Actor2, AcledColumns.Country, AcledColumns.Admin1,
        AcledColumns.Admin2, AcledColumns.Admin3, AcledColumns.Location,
    ];

    /// <summary>The most distinct sub-event type labels remembered; a file of made-up labels does not grow the import past it.</summary>
    private const int MaxRemembered = 256;

    /// <summary>What numbers an event's claims after its id: <c>E-claim-1</c>, <c>E-claim-2</c>…</summary>
    private const string ClaimStem = "-claim-";

    // The prefixes of the ids an import makes: an event's id is its key after EventPrefix, and the other families' prefixes
    // start with it too.
    private const string EventPrefix = "acled-";
    private const string ActorPrefix = "acled-actor-";
    private const string PlacePrefix = "acled-place-";
    private const string SourcePrefix = "acled-source-";

    /// <summary>The name of the dataset, as a source and as ACLED's rows name it when it speaks for itself.</summary>
    internal const string DatasetName = "ACLED";

    private readonly AcledImportOptions options;
    private readonly IdSet usedIds = new([ClaimStem], EventPrefix, [ActorPrefix, PlacePrefix, SourcePrefix]);
    private readonly Dictionary<string, ActorEntry> actors = new(StringComparer.Ordinal);
    private readonly List<ActorEntry> actorOrder = [];
    private readonly PlaceTree places;
    private readonly Dictionary<string, SourceEntry> sources = new(StringComparer.Ordinal);
    private readonly List<Claim> claims = [];
    private readonly List<ConflictEvent> events = [];

    // Lookups by the text of a cell, so that a name already met costs no string.
    private readonly Dictionary<string, ActorEntry>.AlternateLookup<ReadOnlySpan<char>> actorLookup;
    private readonly Dictionary<string, SourceEntry>.AlternateLookup<ReadOnlySpan<char>> sourceLookup;
    private readonly Dictionary<string, TaxonomyRow> subTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaxonomyRow>.AlternateLookup<ReadOnlySpan<char>> subTypeLookup;

    // The columns' positions and extension keys, found once from the header.
    private KeptColumnSet kept = new([]);
    private readonly List<(int Ordinal, string Key)> trimmed = [];
    private Ordinals col = new(null);
    private ExtensionData[] sideData = [];

    // Reused from row to row: the model copies the lists it is given.
    private readonly List<SourceEntry> rowSources = [];

    // The source cells met so far, at most MaxRememberedSourceCells of at most MaxRememberedSourceCellLength characters.
    private readonly Dictionary<string, SourceCell> sourceCells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceCell>.AlternateLookup<ReadOnlySpan<char>> sourceCellLookup;
    private const int MaxRememberedSourceCells = 65_536;
    private const int MaxRememberedSourceCellLength = 512;
    private readonly List<Participant> participants = [];
    private readonly List<ClaimId> claimIds = [];
    private readonly List<ExternalReference> references = new(1);
    private readonly IReadOnlyList<Figure>?[] killed = new IReadOnlyList<Figure>?[256];

    // ACLED as the last relay of every claim, or null when the options leave it out; in the dossier once a claim names it.
    private readonly SourceEntry? dataset;
    private readonly Relay[] datasetRelay = [];
    private bool datasetUsed;

    /// <summary>What the shared CSV import needs to know of ACLED files.</summary>
    private static readonly CsvFormat Format = new("an ACLED file", AcledColumns.All, AcledColumns.Required, [],
        AcledColumns.KeyPrefix, AcledColumns.ExtraColumnKeyPrefix, AcledDiagnostics.Shared,
        (message, line, column, code, cause) => cause is null
            ? new AcledFormatException(message, line, column, code)
            : new AcledFormatException(message, line, column, code, cause));

    internal AcledImporter(AcledImportOptions? options)
        : base(Format, (options ?? AcledImportOptions.Default).Strict,
            (options ?? AcledImportOptions.Default).ReadAhead ? RowFlow.ReadAhead : RowFlow.Batched)
    {
        this.options = options ?? AcledImportOptions.Default;
        places = new PlaceTree(PlacePrefix, AcledColumns.KeyPrefix + "level", usedIds);
        actorLookup = actors.GetAlternateLookup<ReadOnlySpan<char>>();
        sourceLookup = sources.GetAlternateLookup<ReadOnlySpan<char>>();
        sourceCellLookup = sourceCells.GetAlternateLookup<ReadOnlySpan<char>>();
        subTypeLookup = subTypes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (this.options.DatasetAsRelay)
        {
            var source = new Source(new SourceId(usedIds.Unique("acled")),
                new NameSet(DatasetName).WithLabel("Armed Conflict Location & Event Data", LanguageTag.English), SourceKind.NgoMonitor);
            // ACLED speaking for itself relays nothing.
            dataset = new SourceEntry(source, new Attribution(source.Id, AttributionMode.Reported));
            datasetRelay = [new Relay(source.Id)];
        }
    }

    protected override void HeaderRead(CsvRow header)
    {
        col = new Ordinals(header);
        kept = KeptCells(header, KeptColumns);
        trimmed.Clear();
        foreach (string column in TrimmedColumns)
        {
            trimmed.Add((header.Ordinal(column), AcledColumns.KeyPrefix + column));
        }
        sideData =
        [
            ExtensionData.Empty.With(AcledColumns.KeyPrefix + "side", Json("1")),
            ExtensionData.Empty.With(AcledColumns.KeyPrefix + "side", Json("2")),
        ];
    }

    protected override bool TryParse(CsvRow row, int line, out ParsedRow parsed)
    {
        parsed = default;
        if (!HasRequiredValues(row, line))
        {
            return false;
        }
        var keySpan = row.Span(col.EventIdCnty).Trim();
        if (!TryTakeEventKey(keySpan, AcledColumns.EventIdCnty, line, out string key))
        {
            return false;
        }
        var dateSpan = row.Span(col.EventDate).Trim();
        if (AcledSpellings.TryDate(dateSpan, row.Span(col.Year), out var date) is { } dateProblem)
        {
            string dateText = dateSpan.ToString();
            return Reject(AcledDiagnostics.UnparsableDate, line, AcledColumns.EventDate, dateText,
                $"\"{dateText}\" cannot be read as a date: {dateProblem}; write yyyy-MM-dd (2017-11-09) or day, month name and year (09 November 2017, 9-Nov-17).");
        }
        if (!TryCode(row, col.TimePrecision, AcledColumns.TimePrecision, 1, 3, line, out int? timePrecision))
        {
            return false;
        }
        FuzzyDate fuzzy;
        try
        {
            fuzzy = (timePrecision ?? 1) switch
            {
                2 => FuzzyDate.InWeekOf(date),
                3 => FuzzyDate.InMonth(new YearMonth(date.Year, date.Month)),
                _ => FuzzyDate.OnDay(date),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            string dateText = dateSpan.ToString();
            return Reject(AcledDiagnostics.UnparsableDate, line, AcledColumns.EventDate, dateText,
                $"the week of {dateText} (time_precision 2) runs past 9999-12-31, the last day a date may have.");
        }
        var subTypeSpan = row.Span(col.SubEventType).Trim();
        var typeSpan = row.Span(col.EventType).Trim();
        var taxonomy = FindSubType(subTypeSpan);
        if (taxonomy is null)
        {
            string subTypeText = subTypeSpan.ToString();
            return Reject(AcledDiagnostics.UnknownEventType, line, AcledColumns.SubEventType, subTypeText,
                $"\"{subTypeText}\" is not a sub-event type of the ACLED codebook.");
        }
        var entry = taxonomy.Entry;
        if (!typeSpan.Equals(entry.AcledEventType, StringComparison.OrdinalIgnoreCase))
        {
            string typeText = typeSpan.ToString();
            return Reject(AcledDiagnostics.UnknownEventType, line, AcledColumns.EventType, typeText,
                $"\"{typeText}\" is not the event type of \"{entry.AcledSubEventType}\", which is \"{entry.AcledEventType}\".");
        }
        if (!TryCoordinate(row, col.Latitude, AcledColumns.Latitude, 90, line, out double latitude) ||
            !TryCoordinate(row, col.Longitude, AcledColumns.Longitude, 180, line, out double longitude))
        {
            return false;
        }
        if (!TryCode(row, col.GeoPrecision, AcledColumns.GeoPrecision, 1, 3, line, out int? geoPrecision))
        {
            return false;
        }
        var fatalitiesSpan = row.Span(col.Fatalities).Trim();
        if (!InteropText.TryParseInt(fatalitiesSpan, out int fatalities) || fatalities < 0)
        {
            string fatalitiesText = fatalitiesSpan.ToString();
            return Reject(Shared.UnparsableNumber, line, AcledColumns.Fatalities, fatalitiesText,
                $"\"{fatalitiesText}\" is not a count; write a whole number of 0 or more.");
        }
        if (!TryInter(row, col.Inter1, AcledColumns.Inter1, line, out int? inter1) ||
            !TryInter(row, col.Inter2, AcledColumns.Inter2, line, out int? inter2))
        {
            return false;
        }
        // The cells that the export writes back the same from the model need not be kept.
        var derived = Derivable.None;
        var dateCell = row.Span(col.EventDate);
        if (dateCell.Length == 10 && dateCell[4] == '-' && dateCell[7] == '-' && fuzzy.Start == date)
        {
            derived |= Derivable.EventDate;
        }
        derived |= InteropText.IsNumber(row.Span(col.Year), fuzzy.Start.Year) ? Derivable.Year : 0;
        derived |= InteropText.IsNumber(row.Span(col.TimePrecision), fuzzy.ToAcledTimePrecision()) ? Derivable.TimePrecision : 0;
        derived |= row.Span(col.EventType).SequenceEqual(taxonomy.TypeLabel) ? Derivable.EventType : 0;
        derived |= row.Span(col.SubEventType).SequenceEqual(taxonomy.SubTypeLabel) ? Derivable.SubEventType : 0;
        derived |= InteropText.IsNumber(row.Span(col.Fatalities), fatalities) ? Derivable.Fatalities : 0;
        derived |= row.Span(col.AssocActor1).IsEmpty ? Derivable.AssocActor1 : 0;
        derived |= row.Span(col.AssocActor2).IsEmpty ? Derivable.AssocActor2 : 0;
        var precision = SpatialPrecisionExtensions.FromAcledGeoPrecision(geoPrecision ?? 3)!.Value;
        // These hold only if the row's place turns out to have the row's point and precision: Add sees.
        var ifPlace = InteropText.IsNumber(row.Span(col.GeoPrecision), precision.ToAcledGeoPrecision()) ? Derivable.GeoPrecision : 0;
        ifPlace |= InteropText.IsShortestNumber(row.Span(col.Latitude)) ? Derivable.Latitude : 0;
        ifPlace |= InteropText.IsShortestNumber(row.Span(col.Longitude)) ? Derivable.Longitude : 0;
        int padded = 0;
        for (int i = 0; i < trimmed.Count; i++)
        {
            // Names are matched trimmed; the padded original is kept so that the export gives it back.
            var raw = row.Span(trimmed[i].Ordinal);
            if (raw.Length != raw.Trim().Length)
            {
                padded |= 1 << i;
            }
        }

        // The row is good: what is left is made from values already checked, and the row keeps its event id from here.
        KeepEventKey();
        var notesSpan = row.Span(col.Notes);
        string? notes = notesSpan.IsEmpty ? null : notesSpan.ToString();
        var quote = notesSpan.IsWhiteSpace() ? null : new Quote(notes!, options.NotesLanguage);
        parsed = new ParsedRow(key, usedIds.KeyedCandidate(key), fuzzy, entry, new GeoPoint(latitude, longitude), precision,
            fatalities, inter1, inter2, derived, ifPlace, padded, notes, quote, new ExternalReference(ExternalReference.Acled, key),
            PlacePath(row));
        return true;
    }

    /// <summary>
    /// Writes the names of a row's place levels into the row's store as <see cref="PlaceTree.AppendToPath"/> makes a path,
    /// so that a row at a place met before takes it in one lookup; null when the path is longer than the tree remembers.
    /// </summary>
    private (int Start, int Length)? PlacePath(CsvRow row)
    {
        var country = row.Span(col.Country).Trim();
        var admin1 = row.Span(col.Admin1).Trim();
        var admin2 = row.Span(col.Admin2).Trim();
        var admin3 = row.Span(col.Admin3).Trim();
        var location = row.Span(col.Location).Trim();
        int length = 5 + country.Length + admin1.Length + admin2.Length + admin3.Length + location.Length;
        if (length > PlaceTree.MaxPathLength)
        {
            return null;
        }
        var path = row.Reserve(length, out int start);
        int written = 0;
        PlaceTree.AppendToPath(path, ref written, country);
        PlaceTree.AppendToPath(path, ref written, admin1);
        PlaceTree.AppendToPath(path, ref written, admin2);
        PlaceTree.AppendToPath(path, ref written, admin3);
        PlaceTree.AppendToPath(path, ref written, location);
        return (start, length);
    }

    /// <summary>The taxonomy entry of a sub-event type label, remembered for the labels a file repeats.</summary>
    private TaxonomyRow? FindSubType(ReadOnlySpan<char> label)
    {
        if (subTypeLookup.TryGetValue(label, out var known))
        {
            return known;
        }
        string text = label.ToString();
        if (EventTaxonomy.FindByAcledLabel(text) is not { } entry)
        {
            return null;
        }
        var row = new TaxonomyRow(entry, AcledExporter.TypeLabel(entry.Type), AcledExporter.SubTypeLabel(entry.SubType));
        if (subTypes.Count < MaxRemembered)
        {
            subTypes.Add(text, row);
        }
        return row;
    }

    /// <summary>
    /// Follows a list cell as the export writes it, names joined by <see cref="AcledExporter.ListSeparator"/>: true when
    /// the cell goes on, from <paramref name="matched"/>, with the separator (after the first name) and then
    /// <paramref name="name"/>.
    /// </summary>
    private static bool Follows(ReadOnlySpan<char> cell, ref int matched, string name)
    {
        var rest = cell[matched..];
        if (matched > 0)
        {
            if (!rest.StartsWith(AcledExporter.ListSeparator, StringComparison.Ordinal))
            {
                return false;
            }
            rest = rest[AcledExporter.ListSeparator.Length..];
        }
        if (!rest.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }
        matched = cell.Length - rest.Length + name.Length;
        return true;
    }

    private bool TryInter(CsvRow row, int ordinal, string column, int line, out int? code)
    {
        code = null;
        var text = row.Span(ordinal).Trim();
        if (text.Length == 0)
        {
            return true;
        }
        if (AcledSpellings.TryInterCode(text, out int number))
        {
            code = number == 0 ? null : number;
            return true;
        }
        string attempted = text.ToString();
        return Reject(Shared.UnparsableNumber, line, column, attempted,
            $"\"{attempted}\" is not an actor category; write a code in [0-8] or a label such as \"State forces\", \"Rebel group\", \"Political militia\", \"Identity militia\", \"Rioters\", \"Protesters\", \"Civilians\", \"External/Other forces\" (or the codebook's plurals, \"Rebel Groups\").");
    }

    protected override void Add(CsvRow row, ParsedRow parsed)
    {
        var eventId = new EventId(usedIds.Keyed(parsed.Key, parsed.EventId));

        var derived = parsed.Derived;
        participants.Clear();
        var sideA = AddSide(row, col.Actor1, col.AssocActor1, parsed.Inter1, ParticipantRole.SideA, sideData[0], participants);
        var sideB = AddSide(row, col.Actor2, col.AssocActor2, parsed.Inter2, ParticipantRole.SideB, sideData[1], participants);
        derived |= Categories(row, sideA, sideB);

        var place = AddPlaces(row, parsed).Place!;
        // The export gives the point and precision of the place, the first row's there.
        if (place.Precision == parsed.Precision)
        {
            derived |= parsed.IfPlace & Derivable.GeoPrecision;
        }
        // Compared bit for bit: 0 and -0 are equal numbers but not the same text.
        if (place.Location is { } at && BitConverter.DoubleToInt64Bits(at.Latitude) == BitConverter.DoubleToInt64Bits(parsed.Point.Latitude) &&
            BitConverter.DoubleToInt64Bits(at.Longitude) == BitConverter.DoubleToInt64Bits(parsed.Point.Longitude))
        {
            derived |= parsed.IfPlace & (Derivable.Latitude | Derivable.Longitude);
        }

        var quote = parsed.Quote;
        claimIds.Clear();
        // The model is immutable: the claims of one event share its assertion and quote, those of one source its attribution.
        EventAssertion? assertion = null;
        var cellSources = SourcesOf(row.Span(col.Source));
        foreach (var source in cellSources.Entries)
        {
            var claimId = new ClaimId(usedIds.Numbered(eventId.Value, ClaimStem, claimIds.Count + 1));
            assertion ??= new EventAssertion(eventId);
            claims.Add(new Claim(claimId, assertion, source.Attribution, quote: quote));
            claimIds.Add(claimId);
        }
        if (cellSources.Derived)
        {
            derived |= Derivable.Source;
        }
        AddKeptCells(row, kept, (int)derived);
        for (int i = 0; parsed.Padded >> i != 0; i++)
        {
            if ((parsed.Padded & (1 << i)) != 0)
            {
                var (ordinal, key) = trimmed[i];
                AddCell(key, row.Span(ordinal), -1);
            }
        }
        AddExtraCells(row, events.Count == 0);

        references.Clear();
        references.Add(parsed.Reference);
        var conflictEvent = new ConflictEvent(eventId, parsed.Taxonomy.Type, parsed.Date, place.Id, parsed.Taxonomy.SubType,
            participants, figures: Killed(parsed.Fatalities), claims: claimIds,
            description: parsed.Notes,
            externalReferences: references,
            extensions: ToExtensionData());
        events.Add(conflictEvent);
        if (parsed.Fatalities < killed.Length)
        {
            killed[parsed.Fatalities] ??= conflictEvent.Figures;
        }
    }

    /// <summary>
    /// The figures of an event: the number killed. The small numbers most rows give are made once per import, and their
    /// list is shared by the events that give the same number.
    /// </summary>
    private IReadOnlyList<Figure> Killed(int count)
    {
        if (count >= killed.Length)
        {
            return [new Figure(FigureKind.Killed, new ExactCount(count))];
        }
        // The list the model made for the first event of a number is immutable, and taken as it is by the next ones.
        return killed[count] ?? [new Figure(FigureKind.Killed, new ExactCount(count))];
    }

    /// <summary>
    /// The sources a source cell names, each once, in the order named; remembered for the cells a file repeats, since a
    /// cell's sources are made on its first row and are the same on the next ones.
    /// </summary>
    private SourceCell SourcesOf(ReadOnlySpan<char> cell)
    {
        if (sourceCellLookup.TryGetValue(cell, out var known))
        {
            return known;
        }
        rowSources.Clear();
        int matched = 0;
        bool derived = true;
        foreach (var sourceName in InteropText.Parts(cell))
        {
            var source = Source(sourceName);
            if (Takes(rowSources, source))
            {
                derived = false;
                continue;
            }
            derived = derived && Follows(cell, ref matched, source.Source.Names.Primary.Text);
            rowSources.Add(source);
        }
        // The export writes the cell back when it is the names joined as it joins them.
        var made = new SourceCell([.. rowSources], derived && matched == cell.Length);
        if (sourceCells.Count < MaxRememberedSourceCells && cell.Length <= MaxRememberedSourceCellLength)
        {
            sourceCells.Add(cell.ToString(), made);
        }
        return made;
    }

    /// <summary>A source named in a row, with the attribution of its claims (made once: the model is immutable).</summary>
    private SourceEntry Source(ReadOnlySpan<char> name)
    {
        if (dataset is not null)
        {
            // ACLED passes every claim of the file to the dossier: once a claim names a source, ACLED is in the dossier.
            datasetUsed = true;
            if (name.Equals(DatasetName, StringComparison.OrdinalIgnoreCase))
            {
                return dataset;
            }
        }
        if (!sourceLookup.TryGetValue(name, out var entry))
        {
            string text = name.ToString();
            var source = new Source(new SourceId(usedIds.Unique(SourcePrefix + InteropText.Slug(text))),
                new NameSet(text), SourceKind.NewsOutlet);
            // ACLED passed the source's claim to the dossier.
            entry = new SourceEntry(source, new Attribution(source.Id, AttributionMode.Reported, dataset is null ? null : datasetRelay));
            sources.Add(text, entry);
        }
        return entry;
    }

    private static bool Takes(List<SourceEntry> entries, SourceEntry entry)
    {
        foreach (var taken in entries)
        {
            if (ReferenceEquals(taken, entry))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The category cells the export writes back the same from the actors: a side's actor code, or 0 for a side without an
    /// actor, as digits alone, and the codebook's two-digit interaction of the two (empty when neither side has a code). A
    /// side whose actor has no code yet may get one from a later row, so its cells are kept.
    /// </summary>
    private Derivable Categories(CsvRow row, ActorEntry? sideA, ActorEntry? sideB)
    {
        var derived = Derivable.None;
        derived |= IsCategory(row.Span(col.Inter1), sideA) ? Derivable.Inter1 : 0;
        derived |= IsCategory(row.Span(col.Inter2), sideB) ? Derivable.Inter2 : 0;
        if (sideA is { Code: null } || sideB is { Code: null })
        {
            return derived;
        }
        var cell = row.Span(col.Interaction);
        // The export writes the two categories' digits, the first at least 1: the number ten times the first plus the second.
        bool same = AcledExporter.InteractionOf(sideA?.Code ?? 0, sideB?.Code ?? 0) is var (first, second)
            ? InteropText.IsNumber(cell, (first * 10) + second)
            : cell.IsEmpty;
        return same ? derived | Derivable.Interaction : derived;
    }

    private static bool IsCategory(ReadOnlySpan<char> cell, ActorEntry? actor) =>
        actor is null ? cell.SequenceEqual("0") : actor.Code is { } code && InteropText.IsNumber(cell, code);

    /// <summary>Adds one side's actor and its associates to the participants; returns the actor's entry, or null for none.</summary>
    private ActorEntry? AddSide(CsvRow row, int actorColumn, int assocColumn, int? inter,
        ParticipantRole role, ExtensionData side, List<Participant> participants)
    {
        var name = row.Span(actorColumn).Trim();
        // Participants are immutable: each actor's participation in each role is made once and shared by its events.
        int slot = role == ParticipantRole.SideA ? 0 : 1;
        ActorEntry? main = null;
        if (name.Length > 0)
        {
            main = Actor(name, inter);
            participants.Add(main.Participants[slot] ??= new Participant(main.Id, role));
        }
        foreach (var associate in InteropText.Parts(row.Span(assocColumn)))
        {
            var entry = Actor(associate, null);
            if (!Takes(participants, entry.Id))
            {
                participants.Add(entry.Participants[2 + slot] ??= new Participant(entry.Id, ParticipantRole.Associated, side));
            }
        }
        return main;
    }

    private static bool Takes(List<Participant> participants, ActorId id)
    {
        foreach (var participant in participants)
        {
            if (participant.Actor == id)
            {
                return true;
            }
        }
        return false;
    }

    private ActorEntry Actor(ReadOnlySpan<char> name, int? inter)
    {
        if (!actorLookup.TryGetValue(name, out var entry))
        {
            string text = name.ToString();
            entry = new ActorEntry(new ActorId(usedIds.Unique(ActorPrefix + InteropText.Slug(text))), text);
            actors.Add(text, entry);
            actorOrder.Add(entry);
        }
        // An actor first met as an associate has no category yet; the first row that gives one sets it.
        entry.Code ??= inter;
        return entry;
    }

    private PlaceTree.Node AddPlaces(CsvRow row, in ParsedRow parsed)
    {
        // A row at a place met before takes it in one lookup of its whole path, which the steps below would reach.
        var path = parsed.PlacePath is var (start, length) ? row.Written(start, length) : [];
        if (!path.IsEmpty && places.TryPath(path, out var known))
        {
            return known;
        }
        var deepest = Walk(row.Span(col.Country).Trim(), row.Span(col.Admin1).Trim(), row.Span(col.Admin2).Trim(),
            row.Span(col.Admin3).Trim(), row.Span(col.Location).Trim(), parsed.Point, parsed.Precision);
        if (!path.IsEmpty)
        {
            places.RememberPath(path, deepest);
        }
        return deepest;
    }

    private PlaceTree.Node Walk(ReadOnlySpan<char> country, ReadOnlySpan<char> admin1, ReadOnlySpan<char> admin2,
        ReadOnlySpan<char> admin3, ReadOnlySpan<char> location, GeoPoint point, SpatialPrecision precision)
    {
        // Location is required, so the deepest level is always the location; the levels above it may be empty.
        PlaceTree.Node? node = places.Step(null, AcledColumns.Country, country, PlaceKind.Country, false, point, precision);
        if (!admin1.IsEmpty)
        {
            node = places.Step(node, AcledColumns.Admin1, admin1, PlaceKind.Governorate, false, point, precision);
        }
        if (!admin2.IsEmpty)
        {
            node = places.Step(node, AcledColumns.Admin2, admin2, PlaceKind.District, false, point, precision);
        }
        if (!admin3.IsEmpty)
        {
            node = places.Step(node, AcledColumns.Admin3, admin3, PlaceKind.Subdistrict, false, point, precision);
        }
        return places.Step(node, AcledColumns.Location, location, PlaceKind.Town, true, point, precision);
    }

    protected override AcledImportResult Finish()
    {
        var actorList = new List<Actor>(actorOrder.Count);
        foreach (var entry in actorOrder)
        {
            var kind = entry.Code is { } code ? AcledActorCategory.KindOf(code)!.Value : new ActorKind("unspecified");
            actorList.Add(new Actor(entry.Id, new NameSet(entry.Name), kind));
        }
        // The lists are handed to the dossier as they are: it copies them once, where a builder would copy them twice.
        var sourceList = new List<Source>(sources.Count + 1);
        foreach (var entry in sources.Values)
        {
            sourceList.Add(entry.Source);
        }
        if (datasetUsed)
        {
            sourceList.Add(dataset!.Source);
        }
        var dossier = new Dossier(actors: actorList, places: places.Places, sources: sourceList, claims: claims, events: events);
        return new AcledImportResult(dossier, Diagnostics, RowsRead, events.Count);
    }

    /// <summary>The position of each codebook column this importer reads, or -1 when the header does not name it.</summary>
    private sealed class Ordinals(CsvRow? header)
    {
        public int EventIdCnty { get; } = Find(header, AcledColumns.EventIdCnty);

        public int EventDate { get; } = Find(header, AcledColumns.EventDate);

        public int Year { get; } = Find(header, AcledColumns.Year);

        public int TimePrecision { get; } = Find(header, AcledColumns.TimePrecision);

        public int EventType { get; } = Find(header, AcledColumns.EventType);

        public int SubEventType { get; } = Find(header, AcledColumns.SubEventType);

        public int Actor1 { get; } = Find(header, AcledColumns.Actor1);

        public int AssocActor1 { get; } = Find(header, AcledColumns.AssocActor1);

        public int Inter1 { get; } = Find(header, AcledColumns.Inter1);

        public int Actor2 { get; } = Find(header, AcledColumns.Actor2);

        public int AssocActor2 { get; } = Find(header, AcledColumns.AssocActor2);

        public int Inter2 { get; } = Find(header, AcledColumns.Inter2);

        public int Interaction { get; } = Find(header, AcledColumns.Interaction);

        public int Country { get; } = Find(header, AcledColumns.Country);

        public int Admin1 { get; } = Find(header, AcledColumns.Admin1);

        public int Admin2 { get; } = Find(header, AcledColumns.Admin2);

        public int Admin3 { get; } = Find(header, AcledColumns.Admin3);

        public int Location { get; } = Find(header, AcledColumns.Location);

        public int Latitude { get; } = Find(header, AcledColumns.Latitude);

        public int Longitude { get; } = Find(header, AcledColumns.Longitude);

        public int GeoPrecision { get; } = Find(header, AcledColumns.GeoPrecision);

        public int Source { get; } = Find(header, AcledColumns.Source);

        public int Notes { get; } = Find(header, AcledColumns.Notes);

        public int Fatalities { get; } = Find(header, AcledColumns.Fatalities);

        private static int Find(CsvRow? header, string column) => header?.Ordinal(column) ?? -1;
    }

    /// <summary>
    /// The values of a row checked, with what Add makes of them that needs none of the import's state: the event id wanted,
    /// the notes and their quote, the reference, the place path (in the row's store), and the bits of the cells the export
    /// writes back the same (<see cref="IfPlace"/>: if the row's place has its point and precision).
    /// </summary>
    internal readonly record struct ParsedRow(string Key, string EventId, FuzzyDate Date, EventTaxonomy.Entry Taxonomy, GeoPoint Point,
        SpatialPrecision Precision, int Fatalities, int? Inter1, int? Inter2, Derivable Derived, Derivable IfPlace, int Padded,
        string? Notes, Quote? Quote, ExternalReference Reference, (int Start, int Length)? PlacePath);

    /// <summary>A sub-event type's taxonomy entry with the two labels an export writes for it.</summary>
    private sealed record TaxonomyRow(EventTaxonomy.Entry Entry, string TypeLabel, string SubTypeLabel);

    /// <summary>The kept columns whose cell a row need not keep, because the export writes the same text from the model.</summary>
    [Flags]
    internal enum Derivable
    {
        None = 0,
        EventDate = 1 << 0,
        Year = 1 << 1,
        TimePrecision = 1 << 2,
        AssocActor1 = 1 << 3,
        AssocActor2 = 1 << 4,
        GeoPrecision = 1 << 5,
        Source = 1 << 6,
        Fatalities = 1 << 7,
        EventType = 1 << 8,
        SubEventType = 1 << 9,
        Latitude = 1 << 10,
        Longitude = 1 << 11,
        Inter1 = 1 << 12,
        Inter2 = 1 << 13,
        Interaction = 1 << 14,
    }

    /// <summary>The sources of a source cell, and whether the export writes the cell back from them as it is.</summary>
    private sealed record SourceCell(SourceEntry[] Entries, bool Derived);

    private sealed class SourceEntry(Source source, Attribution attribution)
    {
        public Source Source { get; } = source;

        public Attribution Attribution { get; } = attribution;
    }

    private sealed class ActorEntry(ActorId id, string name)
    {
        public ActorId Id { get; } = id;

        public string Name { get; } = name;

        public int? Code { get; set; }

        /// <summary>The actor as side A, side B, associated with side A and associated with side B, once made.</summary>
        public Participant?[] Participants { get; } = new Participant?[4];
    }
}
