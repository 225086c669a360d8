using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ConflictModel.Serialization;
using NodaTime;

namespace ConflictModel.Testing;

/// <summary>
/// Builds synthetic dossiers of any size with the shapes of real conflict coding, for benchmarks
/// and scale tests: a few hundred actors reused across many events, a place hierarchy five levels
/// deep (country ▸ governorate ▸ district ▸ town ▸ neighbourhood), one to three claims per event
/// from a mix of agencies, monitors, party statements and correspondents relayed through agencies,
/// figures of every shape, and extension data on some entities.
/// </summary>
/// <remarks>
/// <para>The same seed and size always give an equal dossier. Every reference resolves and dates
/// are consistent (a report is published after the events its claims are about), so the default
/// validator reports no error; it does report warnings and information that real data also has
/// (uncorroborated party statements and the like).</para>
/// <para>The shared entities (actors, places, sources, reports) grow with the number of events up
/// to a cap, so that a header of a very large NDJSON file stays the same size.</para>
/// </remarks>
public sealed class SyntheticDossier
{
    private static readonly LocalDate FirstDay = new(2014, 1, 1);
    private static readonly DateTimeZone Beirut = DateTimeZoneProviders.Tzdb["Asia/Beirut"];

    private static readonly (string Code, string Name, double South, double North, double West, double East, string[] Subdivisions)[] Countries =
    [
        ("SY", "Syrie", 32.8, 36.9, 36.0, 42.0,
            ["SY-DI", "SY-DR", "SY-DY", "SY-HA", "SY-HI", "SY-HL", "SY-HM", "SY-ID", "SY-LA", "SY-QU", "SY-RA", "SY-RD", "SY-SU", "SY-TA"]),
        ("IQ", "Irak", 29.8, 36.8, 39.5, 47.5,
            ["IQ-AN", "IQ-BA", "IQ-BB", "IQ-BG", "IQ-DI", "IQ-DQ", "IQ-KA", "IQ-MA", "IQ-MU", "IQ-NA", "IQ-NI", "IQ-QA", "IQ-SD", "IQ-WA"]),
    ];

    private static readonly string[] ActorStems =
        ["Brigade", "Front", "Bataillon", "Forces", "Armée", "Milice", "Mouvement", "Conseil militaire", "Division", "Groupe"];

    private static readonly string[] ActorQualifiers =
        ["du Nord", "de l'Euphrate", "de la Badia", "d'al-Anbar", "de Deir Ezzor", "de la Ghouta", "de Raqqa", "de Mossoul", "de Homs", "de Ninive"];

    private static readonly ActorKind[] ActorKinds =
        [ActorKind.StateForces, ActorKind.RebelGroup, ActorKind.JihadistGroup, ActorKind.PoliticalMilitia, ActorKind.IdentityMilitia, ActorKind.ForeignForces];

    private static readonly (EventType Type, SubEventType? SubType, FigureKind Figure)[] EventShapes =
    [
        (EventType.Battles, SubEventType.ArmedClash, FigureKind.Killed),
        (EventType.Battles, SubEventType.GovernmentRegainsTerritory, FigureKind.Killed),
        (EventType.Battles, SubEventType.NonStateActorOvertakesTerritory, FigureKind.Fighters),
        (EventType.ExplosionsRemoteViolence, SubEventType.AirOrDroneStrike, FigureKind.CiviliansKilled),
        (EventType.ExplosionsRemoteViolence, SubEventType.ShellingArtilleryMissileAttack, FigureKind.Injured),
        (EventType.ViolenceAgainstCivilians, SubEventType.Attack, FigureKind.CiviliansKilled),
        (EventType.StrategicDevelopments, SubEventType.Arrests, FigureKind.Detained),
        (EventType.Displacement, null, FigureKind.Displaced),
    ];

    private static readonly string[] Quotes =
    [
        "de violents combats ont éclaté", "les forces ont repris le contrôle", "un raid aérien a visé", "des obus sont tombés sur",
        "des civils ont été tués", "des centaines de familles ont fui", "plusieurs personnes ont été arrêtées", "les jihadistes se sont emparés de",
    ];

    private readonly int events;
    private readonly int seed;
    private readonly int actorCount;
    private readonly int sourceCount;
    private readonly int reportCount;
    private readonly int townCount;
    private readonly int days;
    private readonly JsonElement[] extensionValues;
    private readonly List<PlaceId> towns = [];
    private readonly List<PlaceId> townCountries = [];
    private readonly List<SourceId> publishers = [];
    private readonly List<SourceId> speakers = [];

    /// <summary>Initializes a generator for a dossier of a number of events.</summary>
    /// <param name="events">The number of events, at least 1.</param>
    /// <param name="seed">The seed: the same seed and size give an equal dossier.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="events"/> is less than 1.</exception>
    public SyntheticDossier(int events, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 1);
        this.events = events;
        this.seed = seed;
        actorCount = Math.Clamp(events / 250, 24, 2_000);
        sourceCount = Math.Clamp(events / 1_000, 16, 400);
        reportCount = Math.Clamp(events / 4, 8, 50_000);
        townCount = Math.Clamp(events / 10, 40, 20_000);
        // About 400 events a day across both countries at the largest sizes, as busy as real coding gets.
        days = Math.Clamp(events / 100, 30, 4_000);
        extensionValues = new JsonElement[7];
        for (int i = 0; i < extensionValues.Length; i++)
        {
            using var document = JsonDocument.Parse(string.Create(CultureInfo.InvariantCulture, $"{{\"batch\":{i},\"reviewed\":{(i % 2 == 0 ? "true" : "false")}}}"));
            extensionValues[i] = document.RootElement.Clone();
        }
    }

    /// <summary>Gets the number of events.</summary>
    public int EventCount => events;

    /// <summary>Generates a dossier with <paramref name="events"/> events and 1 to 3 claims for each.</summary>
    /// <param name="events">The number of events, at least 1.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The dossier.</returns>
    public static Dossier Generate(int events, int seed = 1) => new SyntheticDossier(events, seed).Build();

    /// <summary>Builds the whole dossier: shared entities, events and their claims.</summary>
    /// <returns>The dossier.</returns>
    public Dossier Build()
    {
        var header = BuildShared();
        var random = new Random(unchecked(seed * 31 + 7));
        var eventList = new List<ConflictEvent>(events);
        var claims = new List<Claim>(events * 2);
        var eventClaims = new List<ClaimId>(3);
        for (int i = 0; i < events; i++)
        {
            eventClaims.Clear();
            var e = NextEvent(random, i, withClaims: true, claims, eventClaims);
            eventList.Add(e);
        }
        return new Dossier(header.Actors, header.Alliances, header.Relations, header.Places, header.Sources, header.Reports, claims, eventList, header.Extensions);
    }

    /// <summary>
    /// Builds the shared entities only (actors, alliances, relations, places, sources, reports and
    /// top-level extension data), as the header of an NDJSON file: no claims and no events.
    /// </summary>
    /// <returns>The header dossier; its size stops growing past about 200,000 events.</returns>
    public Dossier BuildHeader() => BuildShared();

    /// <summary>
    /// Yields the events one by one without keeping them, for an NDJSON file larger than memory.
    /// These events cite no claims (claims live in an NDJSON header), so the rule that every event
    /// has a claim reports each of them.
    /// </summary>
    /// <returns>The events, the same for the same seed and size.</returns>
    public IEnumerable<ConflictEvent> StreamEvents()
    {
        BuildShared();
        var random = new Random(unchecked(seed * 31 + 7));
        for (int i = 0; i < events; i++)
        {
            yield return NextEvent(random, i, withClaims: false, null, null);
        }
    }

    /// <summary>
    /// Yields the claims and events of the dossier <see cref="Build"/> makes, one by one without
    /// keeping them, in the order of an NDJSON stream of version 2: each event's 1 to 3 claims, then
    /// the event. With <see cref="BuildHeader"/> as the header, they make a file larger than memory.
    /// </summary>
    /// <returns>The records, the same for the same seed and size; their line numbers are 0.</returns>
    public IEnumerable<NdjsonRecord> StreamRecords()
    {
        BuildShared();
        var random = new Random(unchecked(seed * 31 + 7));
        var claims = new List<Claim>(3);
        var eventClaims = new List<ClaimId>(3);
        for (int i = 0; i < events; i++)
        {
            claims.Clear();
            eventClaims.Clear();
            var e = NextEvent(random, i, withClaims: true, claims, eventClaims);
            foreach (var claim in claims)
            {
                yield return new NdjsonRecord(claim);
            }
            yield return new NdjsonRecord(e);
        }
    }

    private Dossier BuildShared()
    {
        towns.Clear();
        townCountries.Clear();
        publishers.Clear();
        speakers.Clear();
        var random = new Random(seed);
        var actors = BuildActors(random);
        var places = BuildPlaces(random);
        var sources = BuildSources(random);
        var reports = BuildReports(random);
        var alliances = new List<Alliance>
        {
            new(new AllianceId("pro-government-forces"), new NameSet("Forces progouvernementales", LanguageTag.French).WithLabel("Pro-government forces", LanguageTag.English),
                [new Membership(ActorAt(0), MembershipRole.Leader), new Membership(ActorAt(6), MembershipRole.Auxiliary), new Membership(ActorAt(12), MembershipRole.AirSupport)]),
        };
        var relations = new List<ActorRelation>
        {
            new(new RelationId("supports-0-6"), ActorAt(6), RelationKind.Supports, ActorAt(0)),
            new(new RelationId("fights-0-1"), ActorAt(0), RelationKind.Fights, ActorAt(1)),
        };
        var extensions = ExtensionData.Empty.With("acme:generator", extensionValues[seed & 3]);
        return new Dossier(actors, alliances, relations, places, sources, reports, null, null, extensions);
    }

    private static ActorId ActorAt(int index) => new(string.Create(CultureInfo.InvariantCulture, $"actor-{index:D4}"));

    private List<Actor> BuildActors(Random random)
    {
        var actors = new List<Actor>(actorCount);
        for (int i = 0; i < actorCount; i++)
        {
            var kind = ActorKinds[i % ActorKinds.Length];
            var country = kind == ActorKind.ForeignForces ? "RU" : Countries[i % 2].Code;
            string name = string.Create(CultureInfo.InvariantCulture, $"{ActorStems[random.Next(ActorStems.Length)]} {ActorQualifiers[random.Next(ActorQualifiers.Length)]} {i}");
            var names = new NameSet(name, LanguageTag.French).WithLabel(string.Create(CultureInfo.InvariantCulture, $"Group {i}"), LanguageTag.English);
            if (i % 3 == 0)
            {
                names = names.WithAbbreviation(string.Create(CultureInfo.InvariantCulture, $"G{i}"), LanguageTag.English)
                    .WithLabel(string.Create(CultureInfo.InvariantCulture, $"مجموعة {i}"), LanguageTag.Arabic);
            }
            // Units belong to the larger group before them: a shallow actor hierarchy.
            ActorId? parent = i >= ActorKinds.Length && i % 5 == 0 ? ActorAt(i - ActorKinds.Length) : null;
            var actor = new Actor(ActorAt(i), names, kind, country, parent);
            actors.Add(i % 10 == 0 ? actor.WithExtensions(ExtensionData.Empty.With("acme:review", extensionValues[i % extensionValues.Length])) : actor);
        }
        return actors;
    }

    private List<Place> BuildPlaces(Random random)
    {
        var places = new List<Place>(townCount * 2);
        var districts = new List<(PlaceId Id, int Country, double Lat, double Lon)>();
        for (int c = 0; c < Countries.Length; c++)
        {
            var country = Countries[c];
            var countryId = new PlaceId(country.Code.ToLowerInvariant());
            places.Add(new Place(countryId, new NameSet(country.Name, LanguageTag.French), PlaceKind.Country, null,
                new GeoPoint((country.South + country.North) / 2, (country.West + country.East) / 2), SpatialPrecision.CountryCentroid,
                new PlaceCodes(country.Code, 163_000 + c)));
            for (int g = 0; g < country.Subdivisions.Length; g++)
            {
                var code = country.Subdivisions[g];
                var governorate = new PlaceId(code.ToLowerInvariant());
                var (lat, lon) = PointIn(random, country);
                string pCode = string.Create(CultureInfo.InvariantCulture, $"{country.Code}{g + 1:D2}");
                places.Add(new Place(governorate, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Gouvernorat {code}"), LanguageTag.French),
                    PlaceKind.Governorate, countryId, new GeoPoint(lat, lon), SpatialPrecision.ProvinceCentroid, new PlaceCodes(code, pCode: pCode)));
                for (int d = 0; d < 5; d++)
                {
                    var district = new PlaceId(string.Create(CultureInfo.InvariantCulture, $"{code.ToLowerInvariant()}-d{d}"));
                    var (dLat, dLon) = PointIn(random, country);
                    places.Add(new Place(district, new NameSet(string.Create(CultureInfo.InvariantCulture, $"District {code} {d}"), LanguageTag.French),
                        PlaceKind.District, governorate, new GeoPoint(dLat, dLon), SpatialPrecision.DistrictCentroid,
                        new PlaceCodes(pCode: string.Create(CultureInfo.InvariantCulture, $"{pCode}{d:D2}"))));
                    districts.Add((district, c, dLat, dLon));
                }
            }
        }
        for (int t = 0; t < townCount; t++)
        {
            var district = districts[random.Next(districts.Count)];
            var country = Countries[district.Country];
            var id = new PlaceId(string.Create(CultureInfo.InvariantCulture, $"town-{t:D5}"));
            var (lat, lon) = PointIn(random, country);
            var names = new NameSet(string.Create(CultureInfo.InvariantCulture, $"Ville {t}"), LanguageTag.French)
                .WithAlias(string.Create(CultureInfo.InvariantCulture, $"Town {t}"), LanguageTag.English);
            places.Add(new Place(id, names, t % 4 == 0 ? PlaceKind.City : PlaceKind.Town, district.Id, new GeoPoint(lat, lon), SpatialPrecision.Exact));
            towns.Add(id);
            townCountries.Add(new PlaceId(country.Code.ToLowerInvariant()));
            if (t % 8 == 0)
            {
                // Neighbourhoods of the larger towns: the fifth level of the hierarchy.
                var quarter = new PlaceId(string.Create(CultureInfo.InvariantCulture, $"town-{t:D5}-q"));
                places.Add(new Place(quarter, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Quartier {t}"), LanguageTag.French),
                    PlaceKind.Neighbourhood, id, new GeoPoint(lat, lon), SpatialPrecision.Near));
                towns.Add(quarter);
                townCountries.Add(new PlaceId(country.Code.ToLowerInvariant()));
            }
        }
        return places;
    }

    private static (double Lat, double Lon) PointIn(Random random, (string Code, string Name, double South, double North, double West, double East, string[] Subdivisions) country) =>
        (Math.Round(country.South + random.NextDouble() * (country.North - country.South), 4),
         Math.Round(country.West + random.NextDouble() * (country.East - country.West), 4));

    private List<Source> BuildSources(Random random)
    {
        var sources = new List<Source>(sourceCount);
        for (int i = 0; i < sourceCount; i++)
        {
            var id = new SourceId(string.Create(CultureInfo.InvariantCulture, $"source-{i:D3}"));
            Source source;
            switch (i % 8)
            {
                case 0:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Agence {i}"), LanguageTag.French), SourceKind.NewsAgency, Reliability.B);
                    publishers.Add(id);
                    break;
                case 1:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Journal {i}"), LanguageTag.French), SourceKind.NewsOutlet, Reliability.C);
                    publishers.Add(id);
                    break;
                case 2:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Observatoire {i}"), LanguageTag.French)
                        .WithAbbreviation(string.Create(CultureInfo.InvariantCulture, $"OBS{i}"), LanguageTag.French), SourceKind.NgoMonitor, Reliability.C);
                    break;
                case 3:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Commandement {i}"), LanguageTag.French),
                        SourceKind.PartyStatement, Reliability.D, isPartyToConflict: true, speaksFor: ActorAt(random.Next(actorCount)));
                    break;
                case 4:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Correspondant {i}"), LanguageTag.French),
                        SourceKind.Correspondent, Reliability.B, organization: new SourceId(string.Create(CultureInfo.InvariantCulture, $"source-{i - 4:D3}")));
                    break;
                case 5:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Nations unies {i}"), LanguageTag.French), SourceKind.IntergovernmentalOrganization, Reliability.B);
                    break;
                case 6:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Source anonyme {i}"), LanguageTag.French),
                        SourceKind.Anonymous, Reliability.E, isPartyToConflict: true, affiliation: "milices locales");
                    break;
                default:
                    source = new Source(id, new NameSet(string.Create(CultureInfo.InvariantCulture, $"Porte-parole {i}"), LanguageTag.French), SourceKind.NamedOfficial, Reliability.C);
                    break;
            }
            sources.Add(source);
            speakers.Add(id);
        }
        return sources;
    }

    private List<Report> BuildReports(Random random)
    {
        var reports = new List<Report>(reportCount);
        for (int r = 0; r < reportCount; r++)
        {
            var publisher = publishers[r % publishers.Count];
            var published = ReportDate(r).At(new LocalTime(8 + random.Next(12), random.Next(60))).InZoneLeniently(Beirut);
            reports.Add(new Report(ReportIdAt(r), publisher, published, r % 3 == 0 ? LanguageTag.English : LanguageTag.French,
                string.Create(CultureInfo.InvariantCulture, $"Dépêche {r}: combats et bilans")));
        }
        return reports;
    }

    private static ReportId ReportIdAt(int index) => new(string.Create(CultureInfo.InvariantCulture, $"report-{index:D5}"));

    /// <summary>Reports are spread over the span of the events, the last one a day after the last event.</summary>
    private LocalDate ReportDate(int report) => FirstDay.PlusDays((int)((long)(report + 1) * days / reportCount) + 1);

    private LocalDate EventDate(int index) => FirstDay.PlusDays((int)((long)index * days / events));

    private ConflictEvent NextEvent(Random random, int index, bool withClaims, List<Claim>? claims, List<ClaimId>? eventClaims)
    {
        var id = new EventId(string.Create(CultureInfo.InvariantCulture, $"event-{index:D7}"));
        var shape = EventShapes[random.Next(EventShapes.Length)];
        var day = EventDate(index);
        var date = (index % 20) switch
        {
            0 => FuzzyDate.InWeekOf(day),
            1 => FuzzyDate.Between(day.PlusDays(-2), day),
            _ => FuzzyDate.OnDay(day),
        };
        if (date.End > day)
        {
            date = FuzzyDate.OnDay(day);
        }
        int townIndex = random.Next(towns.Count);
        var place = towns[townIndex];
        // Actors are reused across events: a few hundred groups make all the events.
        int a = random.Next(actorCount);
        var sideA = ActorAt(a);
        var sideB = ActorAt((a + 1 + random.Next(actorCount - 1)) % actorCount);
        var participants = new List<Participant>(3) { new(sideA, ParticipantRole.SideA) };
        if (shape.Type != EventType.Displacement)
        {
            participants.Add(new Participant(sideB, ParticipantRole.SideB));
        }
        if (index % 6 == 0)
        {
            var supporter = ActorAt((a + actorCount / 2) % actorCount);
            if (supporter != sideA && supporter != sideB)
            {
                participants.Add(new Participant(supporter, ParticipantRole.Supporting));
            }
        }
        ControlChange[]? outcomes = shape.SubType == SubEventType.GovernmentRegainsTerritory || shape.SubType == SubEventType.NonStateActorOvertakesTerritory
            ? [new ControlChange(place, null, sideA)]
            : null;
        var figure = NextFigure(random, shape.Figure, index);
        ExtensionData? extensions = index % 10 == 0 ? ExtensionData.Empty.With("acme:review", extensionValues[index % extensionValues.Length]) : null;
        var description = index % 4 == 0 ? string.Create(CultureInfo.InvariantCulture, $"Événement {index} près de la ville") : null;
        ExternalReference[]? references = index % 5 == 0
            ? [new ExternalReference("acled", string.Create(CultureInfo.InvariantCulture, $"SYR{index}"))]
            : null;
        if (!withClaims)
        {
            return new ConflictEvent(id, shape.Type, date, place, shape.SubType, participants, outcomes, [figure], null, description, references, extensions);
        }

        int claimCount = 1 + random.Next(3);
        for (int k = 0; k < claimCount; k++)
        {
            var claimId = new ClaimId(string.Create(CultureInfo.InvariantCulture, $"claim-{index:D7}-{k}"));
            ClaimAssertion assertion = k switch
            {
                0 => new EventAssertion(id),
                1 => new FigureAssertion(figure, id),
                _ => new ParticipationAssertion(id, sideA, ParticipantRole.SideA),
            };
            // The carrying report is published on or after the event, by an agency or an outlet.
            int report = ReportFor(day, random.Next(3));
            var reportId = ReportIdAt(report);
            var publisher = publishers[report % publishers.Count];
            var speaker = k == 0 ? publisher : speakers[random.Next(speakers.Count)];
            var attribution = speaker == publisher
                ? new Attribution(speaker, k == 0 ? AttributionMode.Stated : AttributionMode.Observed)
                : new Attribution(speaker, AttributionMode.Reported, [new Relay(publisher, reportId)]);
            var quote = new Quote(Quotes[random.Next(Quotes.Length)], LanguageTag.French);
            var wording = k == 0 && shape.SubType == SubEventType.GovernmentRegainsTerritory ? new Wording("libéré", "captured") : null;
            claims!.Add(new Claim(claimId, assertion, attribution, reportId, quote, wording,
                k == 0 ? Credibility.ProbablyTrue : Credibility.PossiblyTrue));
            eventClaims!.Add(claimId);
        }
        return new ConflictEvent(id, shape.Type, date, place, shape.SubType, participants, outcomes, [figure], eventClaims, description, references, extensions);
    }

    private int ReportFor(LocalDate day, int offset)
    {
        // The first report published after the day, then up to two later ones.
        int dayNumber = Period.Between(FirstDay, day, PeriodUnits.Days).Days;
        long first = (long)(dayNumber) * reportCount / days;
        while (first < reportCount - 1 && ReportDate((int)first) <= day)
        {
            first++;
        }
        return (int)Math.Min(first + offset, reportCount - 1);
    }

    private static Figure NextFigure(Random random, FigureKind kind, int index)
    {
        int n = 1 + random.Next(200);
        return (index % 6) switch
        {
            0 => new Figure(kind, new ExactCount(n), text: string.Create(CultureInfo.InvariantCulture, $"{n} personnes")),
            1 => new Figure(kind, new AtLeastCount(n), text: string.Create(CultureInfo.InvariantCulture, $"au moins {n} personnes")),
            2 => new Figure(kind, new AtMostCount(n)),
            3 => new Figure(kind, new ApproximateCount(n * 10)),
            4 => new Figure(kind, new CountRange(n, n + 20)),
            _ => new Figure(kind, new CountEstimate(n, n + 5, n + 40)),
        };
    }
}
