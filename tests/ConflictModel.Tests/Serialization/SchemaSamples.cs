using System.Text.Json;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>Dossiers that between them make the writer write every member, discriminator, shape, precision and closed value of the format.</summary>
internal static class SchemaSamples
{
    private static readonly LocalDate Thursday = new(2017, 11, 9);

    /// <summary>Every entity with every optional member set, every assertion type, every figure shape and every date form.</summary>
    internal static Dossier EveryMember()
    {
        var ext = ExtensionData.Empty
            .With("acme:editor", Json("\"jd\""))
            .With("acme:review", Json("""{"status":"checked","by":["jd","mk"],"score":0.5,"final":true,"note":null}"""));
        var b = new DossierBuilder { Extensions = ext };

        var army = new ActorId("syrian-army");
        var division = new ActorId("4th-division");
        var hezbollah = new ActorId("hezbollah");
        var islamicState = new ActorId("islamic-state");
        b.Add(new Actor(islamicState,
            new NameSet(new Name("Etat islamique", LanguageTag.French),
                [new Name("EI", LanguageTag.French, NameUse.Abbreviation), new Name("ISIS", LanguageTag.English, NameUse.Alias), new Name("داعش", LanguageTag.Arabic), new Name("Daech")]),
            ActorKind.JihadistGroup, description: "Jihadist group", extensions: ext));
        b.Add(new Actor(army, new NameSet("Armée syrienne", LanguageTag.French), ActorKind.StateForces, "SY"));
        b.Add(new Actor(division, new NameSet("4e division", new LanguageTag("fr-FR")), ActorKind.StateForces, "SY", army));
        b.Add(new Actor(hezbollah, new NameSet("Hezbollah"), ActorKind.PoliticalMilitia, "LB"));

        var alliance = new AllianceId("pro-regime");
        b.Add(new Alliance(alliance, new NameSet("forces prorégime", LanguageTag.French),
            [
                new Membership(army, MembershipRole.Leader, ValidityInterval.From(new LocalDate(2011, 3, 15))),
                new Membership(hezbollah, MembershipRole.Backer, new ValidityInterval(null, Thursday), [new ClaimId("membership")]),
                new Membership(division, MembershipRole.Member, new ValidityInterval(new LocalDate(2013, 1, 1), Thursday)),
                new Membership(new ActorId("russia"), MembershipRole.AirSupport),
            ],
            army, ext));
        b.Add(new ActorRelation(new RelationId("hezbollah-supports-army"), hezbollah, RelationKind.Supports, army,
            ValidityInterval.From(new LocalDate(2013, 5, 1)), [new ClaimId("relation")], ext));
        b.Add(new ActorRelation(new RelationId("army-fights-is"), army, RelationKind.Fights, islamicState));

        var syria = new PlaceId("sy");
        var deirEzzor = new PlaceId("sy-deir-ezzor");
        var boukamal = new PlaceId("boukamal");
        b.Add(new Place(syria, new NameSet("Syrie", LanguageTag.French), PlaceKind.Country,
            location: new GeoPoint(35, 38), precision: SpatialPrecision.CountryCentroid, codes: new PlaceCodes("SY", 163843)));
        b.Add(new Place(deirEzzor, new NameSet("Deir Ezzor"), PlaceKind.Governorate, syria, codes: new PlaceCodes("SY-DY", pCode: "SY09")));
        b.Add(new Place(boukamal, new NameSet(new Name("Boukamal", LanguageTag.French), [new Name("البوكمال", LanguageTag.Arabic), new Name("Abu Kamal", LanguageTag.English, NameUse.Alias)]),
            PlaceKind.City, deirEzzor, new GeoPoint(34.4506, 40.9189), SpatialPrecision.Exact, new PlaceCodes(geoNamesId: 174186), ext));
        b.Add(new Place(new PlaceId("pole"), new NameSet("South Pole"), PlaceKind.Camp, location: new GeoPoint(-90, -180), precision: SpatialPrecision.Near));
        var riverbank = new PlaceId("riverbank");
        b.Add(new Place(riverbank, new NameSet("15 km south-west of Boukamal"), PlaceKind.DesertArea, deirEzzor,
            relativeTo: new RelativeLocation(boukamal, "the Euphrates", 15, CompassPoint.SouthWest, isApproximate: true).WithExtensions(ext)));
        b.Add(new Place(new PlaceId("near-highway"), new NameSet("near the highway"), PlaceKind.Region,
            relativeTo: new RelativeLocation(feature: "the Damascus-Aleppo highway")));

        var afp = new SourceId("afp");
        var armyCommand = new SourceId("army-command");
        b.Add(new Source(afp, new NameSet("AFP"), SourceKind.NewsAgency, Reliability.B, extensions: ext));
        b.Add(new Source(new SourceId("afp-correspondent"), new NameSet("correspondant de l'AFP", LanguageTag.French), SourceKind.Correspondent, Reliability.B, organization: afp));
        b.Add(new Source(armyCommand, new NameSet("commandement de l'armée"), SourceKind.PartyStatement, Reliability.C, true, army));
        b.Add(new Source(new SourceId("militia-source"), new NameSet("source milicienne"), SourceKind.Anonymous, isPartyToConflict: true, affiliation: "milices prorégime"));
        b.Add(new Source(new SourceId("fighters"), new NameSet("three Hezbollah fighters"), SourceKind.Anonymous, isPartyToConflict: true,
            role: SourceRole.Fighter, memberOf: hezbollah, place: boukamal, count: SourceCount.Of(3)));

        const string text = "Les forces du régime ont libéré Boukamal jeudi, selon l'armée.";
        var dispatch = new ReportId("afp-2017-11-09");
        var beirut = new LocalDateTime(2017, 11, 9, 19, 30, 15).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);
        b.Add(new Report(dispatch, afp, beirut, LanguageTag.French, "Syrie: l'EI perd Boukamal", new Uri("https://www.afp.com/fr/2017/11/09/boukamal"), text, ext));
        var utc = new LocalDateTime(2017, 11, 10, 8, 0, 0, 250).InZoneStrictly(DateTimeZone.Utc);
        b.Add(new Report(new ReportId("afp-2017-11-10"), afp, utc, LanguageTag.English, "Syria: IS loses last town"));
        b.Add(new Report(new ReportId("afp-2017-11-11"), afp, new LocalDate(2017, 11, 11).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Beirut"]),
            LanguageTag.English, "Syria: the day after", isPublishedTimeKnown: false));

        var capture = new EventId("capture-of-boukamal");
        var viaAfp = new[] { new Relay(afp, dispatch), new Relay(new SourceId("afp-correspondent")) };
        var stated = new Attribution(armyCommand, AttributionMode.Stated, viaAfp, FuzzyDate.OnDay(Thursday));
        b.Add(new Claim(new ClaimId("event"), new EventAssertion(capture, FuzzyDate.OnDay(Thursday)), stated, dispatch,
            Quote.Locate(text, "ont libéré Boukamal", LanguageTag.French), new Wording("libéré", "captured"), Credibility.ProbablyTrue, extensions: ext));
        b.Add(new Claim(new ClaimId("participation"), new ParticipationAssertion(capture, hezbollah, ParticipantRole.Supporting),
            new Attribution(afp, AttributionMode.Reported), dispatch, new Quote("le Hezbollah", LanguageTag.French)));
        b.Add(new Claim(new ClaimId("control-change"), new ControlChangeAssertion(boukamal, islamicState, army, FuzzyDate.InWeekOf(Thursday), capture),
            new Attribution(afp, AttributionMode.Observed)));
        b.Add(new Claim(new ClaimId("control-change-bare"), new ControlChangeAssertion(boukamal, null, null),
            new Attribution(afp, AttributionMode.Claimed)));
        b.Add(new Claim(new ClaimId("control"), new ControlAssertion(boukamal, army, FuzzyDate.InMonth(new YearMonth(2017, 11))),
            new Attribution(afp, AttributionMode.Stated), modality: Modality.Future));
        b.Add(new Claim(new ClaimId("control-nobody"), new ControlAssertion(deirEzzor, null, FuzzyDate.InYear(2017)),
            new Attribution(afp, AttributionMode.Estimated), modality: Modality.Hypothetical));
        b.Add(new Claim(new ClaimId("figure"),
            new FigureAssertion(new Figure(FigureKind.Displaced, new ApproximateCount(120_000), FuzzyDate.Between(new LocalDate(2017, 10, 19), Thursday), "quelque 120.000 personnes"), capture, deirEzzor),
            new Attribution(new SourceId("un"), AttributionMode.Reported, viaAfp)));
        b.Add(new Claim(new ClaimId("figure-bare"), new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(3))),
            new Attribution(afp, AttributionMode.Stated)));
        b.Add(new Claim(new ClaimId("figure-part"),
            new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(2), subject: FigureSubject.OfActor(islamicState).WithExtensions(ext),
                period: new ValidityInterval(new LocalDate(2017, 10, 26), Thursday)), capture, deirEzzor, partOf: new ClaimId("figure-bare")),
            new Attribution(new SourceId("fighters"), AttributionMode.Stated)));
        b.Add(new Claim(new ClaimId("membership"), new MembershipAssertion(alliance, hezbollah, MembershipRole.Backer),
            new Attribution(afp, AttributionMode.Stated), credibility: Credibility.Doubtful));
        b.Add(new Claim(new ClaimId("relation"), new RelationAssertion(new RelationId("hezbollah-supports-army")),
            new Attribution(afp, AttributionMode.Stated), credibility: Credibility.Confirmed));
        b.Add(new Claim(new ClaimId("statement"), new StatementAssertion("Boukamal was the last town held by IS in Syria", [islamicState, army], [boukamal, syria]),
            new Attribution(afp, AttributionMode.Stated), modality: Modality.Negated));
        b.Add(new Claim(new ClaimId("statement-bare"), new StatementAssertion("Macron estimated the war would end"),
            new Attribution(new SourceId("macron"), AttributionMode.Estimated)));
        b.Add(new Claim(new ClaimId("host"), new UnrecognizedAssertion("acme:checkpoint", Json("""{"type":"acme:checkpoint","at":"boukamal","open":false}""")),
            new Attribution(afp, AttributionMode.Denied)));

        b.Add(new ConflictEvent(capture, EventType.Battles, FuzzyDate.OnDay(Thursday), boukamal, SubEventType.GovernmentRegainsTerritory,
            [new Participant(army, ParticipantRole.SideA), new Participant(islamicState, ParticipantRole.SideB), new Participant(hezbollah, ParticipantRole.Supporting)],
            [new ControlChange(boukamal, islamicState, army), new ControlChange(deirEzzor, null, null)],
            [
                new Figure(FigureKind.Killed, new ExactCount(12)),
                new Figure(FigureKind.Killed, new ExactCount(7), subject: FigureSubject.OfSide(alliance)),
                new Figure(FigureKind.Killed, new ExactCount(2), subject: FigureSubject.OfGroup(PeopleGroup.Civilians)),
                new Figure(FigureKind.Fighters, new AtLeastCount(330_000), text: "plus de 330.000"),
                new Figure(FigureKind.Injured, new AtMostCount(40), FuzzyDate.OnDay(Thursday)),
                new Figure(FigureKind.Displaced, new ApproximateCount(120_000.5m)),
                new Figure(FigureKind.Detained, new CountRange(10, 20)),
                new Figure(FigureKind.CiviliansKilled, new CountEstimate(5, 8, 13), FuzzyDate.InMonth(new YearMonth(2017, 11))),
                new Figure(FigureKind.Refugees, new UnrecognizedFigureValue("acme:percent", Json("""{"shape":"acme:percent","p":3}"""))),
            ],
            [new ClaimId("event"), new ClaimId("participation")], "Government forces retake Boukamal.",
            [new ExternalReference("acled", "SYR12345"), new ExternalReference("ucdp-ged", "188321")], ext, DayTime.Around(new LocalTime(7, 30))));
        b.Add(new ConflictEvent(new EventId("range"), EventType.Displacement, FuzzyDate.Between(new LocalDate(2017, 10, 19), Thursday)));
        b.Add(new ConflictEvent(new EventId("week"), EventType.Battles, FuzzyDate.InWeekOf(new LocalDate(2020, 12, 31))));
        b.Add(new ConflictEvent(new EventId("month"), EventType.Battles, FuzzyDate.InMonth(new YearMonth(2017, 11))));
        b.Add(new ConflictEvent(new EventId("year"), EventType.Battles, FuzzyDate.InYear(2017)));
        return b.Build();
    }

    /// <summary>One place per spatial precision, one source per reliability grade, one claim per credibility and per modality, one name per use.</summary>
    internal static Dossier EveryClosedValue()
    {
        var b = new DossierBuilder();
        b.Add(new Actor(new ActorId("a"), new NameSet(new Name("Label"), [new Name("Alias", use: NameUse.Alias), new Name("ABBR", use: NameUse.Abbreviation)]), ActorKind.RebelGroup));
        foreach (var precision in Enum.GetValues<SpatialPrecision>())
        {
            b.AddPlace("place-" + (int)precision, precision.ToString(), PlaceKind.Town, location: new GeoPoint(34.5, 40.5), precision: precision);
        }
        foreach (var grade in Enum.GetValues<Reliability>())
        {
            b.AddSource("source-" + grade, grade.ToString(), SourceKind.NgoMonitor, grade);
        }
        foreach (var credibility in Enum.GetValues<Credibility>())
        {
            b.AddClaim("credibility-" + (int)credibility, new StatementAssertion("x"), new Attribution(new SourceId("source-A"), AttributionMode.Stated), credibility: credibility);
        }
        foreach (var modality in Enum.GetValues<Modality>())
        {
            b.AddClaim("modality-" + modality, new StatementAssertion("x"), new Attribution(new SourceId("source-A"), AttributionMode.Stated), modality: modality);
        }
        foreach (var point in Enum.GetValues<CompassPoint>())
        {
            b.Add(new Place(new PlaceId("direction-" + (int)point), new NameSet(point.ToString()), PlaceKind.Village,
                relativeTo: new RelativeLocation(new PlaceId("place-1"), distanceKilometres: 10, direction: point)));
        }
        var times = Enum.GetValues<PartOfDay>().Select(DayTime.During)
            .Concat([DayTime.At(new LocalTime(0, 0)), DayTime.AtHour(23), DayTime.Around(new LocalTime(23, 59))]);
        foreach (var time in times)
        {
            b.Add(new ConflictEvent(new EventId("time-" + time.ToString().Replace(':', '-').Replace('~', 'c')), EventType.Battles,
                FuzzyDate.OnDay(new LocalDate(2016, 5, 6)), time: time));
        }
        b.Add(new Source(new SourceId("residents"), new NameSet("residents"), SourceKind.Anonymous, role: SourceRole.Resident, count: SourceCount.Several));
        b.Add(new Report(new ReportId("day-utc"), new SourceId("residents"), new LocalDate(2016, 5, 6).AtStartOfDayInZone(DateTimeZone.Utc),
            LanguageTag.English, "UTC day", isPublishedTimeKnown: false));
        b.Add(new Report(new ReportId("day-offset"), new SourceId("residents"), new LocalDate(2016, 5, 6).AtStartOfDayInZone(DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 30))),
            LanguageTag.English, "Fixed-offset day", isPublishedTimeKnown: false));
        b.Add(new Report(new ReportId("day-zone"), new SourceId("residents"), new LocalDate(2016, 5, 6).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/London"]),
            LanguageTag.English, "Zoned day", isPublishedTimeKnown: false));
        return b.Build();
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
