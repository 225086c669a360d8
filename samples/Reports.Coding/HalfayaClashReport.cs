using NodaTime;

namespace ConflictModel.Samples;

/// <summary>
/// A Reuters report from Beirut on fighting in Hama province, Friday 9 November 2018, as carried
/// by the Daily Mail's Reuters wire
/// (https://www.dailymail.co.uk/wires/reuters/article-6371799/Syrian-govt-forces-rebels-clash-northwest--Observatory-SANA.html).
/// </summary>
/// <remarks>
/// <para>The report sets a war monitor (the Syrian Observatory for Human Rights) beside a party's
/// agency (SANA) on one night's fighting, gives a toll of one faction's fighters and says the other
/// side's is unknown, places the attack "near the village of Halfaya" and "overnight", and recalls a
/// deal between Russia and Turkey, each the backer of one side. Only the short quotes the model
/// needs are kept, not the report's text.</para>
/// </remarks>
public static class HalfayaClashReport
{
    /// <summary>The report's title.</summary>
    public const string Title = "Syrian government, rebels clash in northwest - Observatory, SANA";

    /// <summary>Where the relayed report can be read.</summary>
    public static Uri Address { get; } =
        new("https://www.dailymail.co.uk/wires/reuters/article-6371799/Syrian-govt-forces-rebels-clash-northwest--Observatory-SANA.html");

    /// <summary>The day of the dispatch, from its dateline ("BEIRUT, Nov 9 (Reuters)"); its time is not given.</summary>
    public static ZonedDateTime Dateline { get; } =
        new LocalDate(2018, 11, 9).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);

    // Actors.
    public static readonly ActorId SyrianArmy = new("syrian-army");
    public static readonly ActorId AlliedForces = new("pro-government-allied-forces");
    public static readonly ActorId Rebels = new("rebels-northwest");
    public static readonly ActorId JaishAlIzza = new("jaish-al-izza");
    public static readonly ActorId TahrirAlSham = new("tahrir-al-sham");
    public static readonly ActorId Russia = new("russia");
    public static readonly ActorId Turkey = new("turkey");
    public static readonly ActorId SyrianGovernment = new("syrian-government");

    // Relations.
    public static readonly RelationId RussiaAlliedWithDamascus = new("russia-allied-with-damascus");
    public static readonly RelationId TurkeyBacksOpposition = new("turkey-backs-opposition");

    // Places.
    public static readonly PlaceId Syria = new("sy");
    public static readonly PlaceId Hama = new("sy-hama");
    public static readonly PlaceId Halfaya = new("halfaya");
    public static readonly PlaceId NearHalfaya = new("near-halfaya");
    public static readonly PlaceId Jarjanaz = new("jarjanaz");
    public static readonly PlaceId KhanSheikhoun = new("khan-sheikhoun");
    public static readonly PlaceId IdlibRegion = new("idlib-region");
    public static readonly PlaceId Northwest = new("northwest-syria");
    public static readonly PlaceId DemilitarizedZone = new("idlib-demilitarized-zone");

    // Sources and reports.
    public static readonly SourceId Reuters = new("reuters");
    public static readonly SourceId DailyMail = new("daily-mail");
    public static readonly SourceId Sohr = new("sohr");
    public static readonly SourceId Sana = new("sana");
    public static readonly SourceId Un = new("un");
    public static readonly ReportId Dispatch = new("reuters-2018-11-09-hama");
    public static readonly ReportId Wire = new("daily-mail-2018-11-09-hama");

    // Events.
    public static readonly EventId Attack = new("attack-near-halfaya");
    public static readonly EventId Ambush = new("ambush-in-hama");
    public static readonly EventId Shelling = new("shelling-of-jarjanaz");
    public static readonly EventId ShellingKhanSheikhoun = new("shelling-of-khan-sheikhoun");
    public static readonly EventId SochiDeal = new("russia-turkey-deal-2018");

    // Claims.
    public static readonly ClaimId SohrClash = new("sohr-heaviest-fighting-in-a-year");
    public static readonly ClaimId SohrAttack = new("sohr-army-attacked-near-halfaya");
    public static readonly ClaimId SohrPositions = new("sohr-some-positions-seized");
    public static readonly ClaimId SanaAmbush = new("sana-ambush-killed-militants");
    public static readonly ClaimId SanaResponse = new("sana-in-response-to-attacks");
    public static readonly ClaimId SohrUnclear = new("sohr-unclear-pro-government-losses");
    public static readonly ClaimId SohrKilled = new("sohr-22-jaish-al-izza-killed");
    public static readonly ClaimId SohrWounded = new("sohr-dozens-wounded");
    public static readonly ClaimId SohrHighestToll = new("sohr-highest-toll-in-months");
    public static readonly ClaimId ReutersDeal = new("reuters-russia-turkey-deal");
    public static readonly ClaimId ReutersRussiaAlly = new("reuters-russia-damascus-ally");
    public static readonly ClaimId ReutersTurkeyBacks = new("reuters-turkey-backs-opposition");
    public static readonly ClaimId ReutersZone = new("reuters-zone-staved-off-offensive");
    public static readonly ClaimId ReutersIdlibControl = new("reuters-insurgents-control-idlib");
    public static readonly ClaimId SohrShelling = new("sohr-shelling-jarjanaz");
    public static readonly ClaimId SohrShellingKhanSheikhoun = new("sohr-shelling-khan-sheikhoun");
    public static readonly ClaimId UnPopulation = new("un-nearly-3-million-in-northwest");
    public static readonly ClaimId UnWarning = new("un-battle-could-spark-suffering");

    /// <summary>The kind of the UN's count: people living in a region.</summary>
    public static readonly FigureKind Population = new("population");

    /// <summary>Codes the whole report.</summary>
    /// <returns>A new dossier; every call returns an equal one.</returns>
    public static Dossier Build()
    {
        var b = new DossierBuilder();
        var en = LanguageTag.English;

        b.AddActor(SyrianArmy.Value, "Syrian army", ActorKind.StateForces, en, "SY", aliases: ["Syrian government forces", "soldiers"]);
        b.AddActor(AlliedForces.Value, "Forces allied to the Syrian army", ActorKind.PoliticalMilitia, en, "SY", aliases: ["allied forces", "pro-government forces"]);
        b.AddActor(Rebels.Value, "Rebels in northwest Syria", ActorKind.RebelGroup, en, "SY", aliases: ["insurgents", "militants", "the opposition"]);
        b.AddActor(JaishAlIzza.Value, "Jaish al-Izza", ActorKind.RebelGroup, en, "SY", Rebels);
        b.AddActor(TahrirAlSham.Value, "Tahrir al-Sham", ActorKind.JihadistGroup, en, "SY", aliases: ["Hayat Tahrir al-Sham"]);
        b.AddActor(Russia.Value, "Russia", ActorKind.ForeignForces, en, "RU");
        b.AddActor(Turkey.Value, "Turkey", ActorKind.ForeignForces, en, "TR");
        b.AddActor(SyrianGovernment.Value, "Syrian government", ActorKind.StateForces, en, "SY", aliases: ["Damascus"]);
        b.Add(new ActorRelation(RussiaAlliedWithDamascus, Russia, RelationKind.AlliedWith, SyrianGovernment));
        b.Add(new ActorRelation(TurkeyBacksOpposition, Turkey, RelationKind.Supports, Rebels));

        // Where: points from GeoNames; "near the village of Halfaya" is a place of its own, given from the village.
        b.Add(new Place(Syria, new NameSet("Syria", en), PlaceKind.Country, location: new GeoPoint(35.0, 38.0),
            precision: SpatialPrecision.CountryCentroid, codes: new PlaceCodes("SY", 163843)));
        b.Add(new Place(Northwest, new NameSet("northwest Syria", en), PlaceKind.Region, Syria));
        b.Add(new Place(Hama, new NameSet("Hama province", en), PlaceKind.Governorate, Syria, new GeoPoint(35.2, 37.0),
            SpatialPrecision.ProvinceCentroid, new PlaceCodes("SY-HM", pCode: "SY05")));
        b.Add(new Place(Halfaya, new NameSet("Halfaya", en), PlaceKind.Town, Hama, new GeoPoint(35.2600, 36.6056), SpatialPrecision.Exact));
        b.Add(new Place(NearHalfaya, new NameSet("near the village of Halfaya", en), PlaceKind.Region, Hama,
            new GeoPoint(35.2600, 36.6056), SpatialPrecision.Near, relativeTo: new RelativeLocation(Halfaya)));
        b.Add(new Place(Jarjanaz, new NameSet("Jarjanaz", en), PlaceKind.Town, Syria, new GeoPoint(35.6094, 36.7856), SpatialPrecision.Exact));
        b.Add(new Place(KhanSheikhoun, new NameSet("Khan Sheikhoun", en), PlaceKind.Town, Syria, new GeoPoint(35.4414, 36.6508), SpatialPrecision.Exact));
        b.Add(new Place(IdlibRegion, new NameSet("the Idlib region", en), PlaceKind.Region, Northwest));
        b.Add(new Place(DemilitarizedZone, new NameSet("demilitarized zone", en), PlaceKind.Region, Northwest,
            relativeTo: new RelativeLocation(IdlibRegion, feature: "the edge of the insurgent-held Idlib region", distanceKilometres: 17.5, isApproximate: true)));

        b.AddSource(Reuters.Value, "Reuters", SourceKind.NewsAgency, Reliability.B);
        b.AddSource(DailyMail.Value, "Daily Mail", SourceKind.NewsOutlet, Reliability.C);
        b.Add(new Source(Sohr, new NameSet("Syrian Observatory for Human Rights", en).WithAbbreviation("SOHR", en), SourceKind.NgoMonitor, Reliability.C));
        b.AddSource(Sana.Value, "SANA", SourceKind.PartyStatement, Reliability.D, isPartyToConflict: true, speaksFor: SyrianGovernment);
        b.AddSource(Un.Value, "United Nations", SourceKind.IntergovernmentalOrganization, Reliability.B);

        b.Add(new Report(Dispatch, Reuters, Dateline, en, Title, isPublishedTimeKnown: false));
        b.Add(new Report(Wire, DailyMail, new LocalDate(2018, 11, 9).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/London"]), en, Title, Address,
            isPublishedTimeKnown: false));

        var friday = RelativeDates.Resolve("Friday", Dateline);
        var overnight = RelativeDates.ResolvePeriod("overnight", Dateline);
        RelativeDates.TryResolveTimeOfDay("overnight", out var night);

        b.Add(new ConflictEvent(Attack, EventType.Battles, overnight, NearHalfaya, SubEventType.ArmedClash,
            participants:
            [
                new Participant(SyrianArmy, ParticipantRole.SideA), new Participant(AlliedForces, ParticipantRole.Supporting),
                new Participant(Rebels, ParticipantRole.SideB),
            ],
            claims: [SohrClash, SohrAttack],
            description: "The army and allied forces attack insurgents near Halfaya and seize some positions.",
            time: night));
        b.Add(new ConflictEvent(Ambush, EventType.Battles, FuzzyDate.OnDay(friday), Hama, SubEventType.ArmedClash,
            participants: [new Participant(SyrianArmy, ParticipantRole.SideA), new Participant(JaishAlIzza, ParticipantRole.SideB)],
            claims: [SanaAmbush, SohrKilled, SohrWounded],
            description: "Soldiers ambush insurgents in Hama province; members of Jaish al-Izza are killed and wounded."));
        b.Add(new ConflictEvent(Shelling, EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(friday), Jarjanaz,
            SubEventType.ShellingArtilleryMissileAttack,
            participants: [new Participant(SyrianArmy, ParticipantRole.SideA)],
            claims: [SohrShelling],
            description: "Government forces shell parts of Jarjanaz."));
        b.Add(new ConflictEvent(ShellingKhanSheikhoun, EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(friday), KhanSheikhoun,
            SubEventType.ShellingArtilleryMissileAttack,
            participants: [new Participant(SyrianArmy, ParticipantRole.SideA)],
            claims: [SohrShellingKhanSheikhoun],
            description: "Government forces shell parts of Khan Sheikhoun."));
        b.Add(new ConflictEvent(SochiDeal, EventType.StrategicDevelopments, FuzzyDate.InMonth(new YearMonth(2018, 9)), IdlibRegion,
            SubEventType.Agreement,
            participants: [new Participant(Russia, ParticipantRole.Guarantor), new Participant(Turkey, ParticipantRole.Guarantor)],
            claims: [ReutersDeal],
            description: "Russia and Turkey, each the backer of one side, agree to set up a demilitarized zone around the Idlib region."));

        Relay[] viaWire = [new Relay(DailyMail, Wire)];
        Relay[] viaReuters = [new Relay(Reuters, Dispatch), .. viaWire];
        Quote Q(string words) => new(words, en);
        var jaish = FigureSubject.OfActor(JaishAlIzza);

        b.AddClaim(SohrClash.Value, new EventAssertion(Attack), new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("some of the heaviest fighting in the northwest for a year"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SohrAttack.Value, new ParticipationAssertion(Attack, AlliedForces, ParticipantRole.Supporting),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("The army and allied forces attacked insurgents near the village of Halfaya overnight"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SohrPositions.Value, new StatementAssertion("The army and allied forces seized some positions.", [SyrianArmy, AlliedForces], [NearHalfaya]),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire, Q("seizing some positions"));
        b.AddClaim(SanaAmbush.Value, new EventAssertion(Ambush), new Attribution(Sana, AttributionMode.Stated, viaReuters), Wire,
            Q("soldiers killed insurgents in an ambush in Hama"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(SanaResponse.Value, new StatementAssertion("The ambush answered insurgent attacks on a military position with heavy machineguns.", [Rebels], [Hama]),
            new Attribution(Sana, AttributionMode.Stated, viaReuters), Wire,
            Q("in response to their attacks on a military position with heavy machineguns"));
        b.AddClaim(SohrUnclear.Value, new StatementAssertion("It is unclear whether pro-government forces were killed.", [SyrianArmy, AlliedForces]),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire, Q("it was unclear if pro-government forces were killed"));
        b.AddClaim(SohrKilled.Value,
            new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(22), FuzzyDate.OnDay(friday), "At least 22 members of the Jaish al-Izza faction", jaish), Ambush),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("At least 22 members of the Jaish al-Izza faction died"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SohrWounded.Value,
            new FigureAssertion(new Figure(FigureKind.Injured, new CountRange(20, 99), FuzzyDate.OnDay(friday), "dozens more", jaish), Ambush),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire, Q("dozens more were wounded"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SohrHighestToll.Value, new StatementAssertion("The highest toll of fighters in the northwest in many months.", [JaishAlIzza], [Northwest]),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("the highest casualty toll of fighters in the northwest in many months"));

        b.AddClaim(ReutersDeal.Value, new EventAssertion(SochiDeal), new Attribution(Reuters, AttributionMode.Stated, viaWire), Wire,
            Q("a deal in September between Russia, a key Damascus ally, and Turkey, which has backed the opposition"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(ReutersRussiaAlly.Value, new RelationAssertion(RussiaAlliedWithDamascus), new Attribution(Reuters, AttributionMode.Stated, viaWire), Wire,
            Q("Russia, a key Damascus ally"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(ReutersTurkeyBacks.Value, new RelationAssertion(TurkeyBacksOpposition), new Attribution(Reuters, AttributionMode.Stated, viaWire), Wire,
            Q("Turkey, which has backed the opposition"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(ReutersZone.Value,
            new StatementAssertion("A 15-20 km deep demilitarized zone staved off an army offensive against the Idlib region.", [SyrianArmy], [DemilitarizedZone, IdlibRegion]),
            new Attribution(Reuters, AttributionMode.Stated, viaWire), Wire,
            Q("a 15-20 km (9-13 mile) deep demilitarized zone staved off an army offensive"));
        b.AddClaim(ReutersIdlibControl.Value, new ControlAssertion(IdlibRegion, TahrirAlSham, FuzzyDate.OnDay(friday)),
            new Attribution(Reuters, AttributionMode.Stated, viaWire), Wire,
            Q("An array of insurgents control Idlib, the dominant force being Tahrir al-Sham"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SohrShelling.Value, new EventAssertion(Shelling), new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("government forces shelled parts of Jarjanaz, Khan Sheikhoun and other villages on Friday"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SohrShellingKhanSheikhoun.Value, new EventAssertion(ShellingKhanSheikhoun), new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("government forces shelled parts of Jarjanaz, Khan Sheikhoun and other villages on Friday"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(UnPopulation.Value,
            new FigureAssertion(new Figure(Population, new AtMostCount(3_000_000), FuzzyDate.OnDay(friday), "nearly 3 million people"), place: Northwest),
            new Attribution(Un, AttributionMode.Stated, viaReuters), Wire,
            Q("nearly 3 million people live in the northwest region"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(UnWarning.Value, new StatementAssertion("A battle to restore state rule in the northwest could spark great suffering.", places: [Northwest]),
            new Attribution(Un, AttributionMode.Stated, viaReuters), Wire, Q("a battle to restore state rule there could spark great suffering"));

        return b.Build();
    }
}
