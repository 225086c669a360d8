using NodaTime;

namespace ConflictModel.Samples;

/// <summary>
/// A Reuters report from Beirut on the capture of Albu Kamal (Boukamal), Wednesday 8 November 2017,
/// by Laila Bassam and Angus McDowall, as carried by One America News
/// (http://www.oann.com/syrian-army-starts-assault-on-last-is-stronghold/).
/// </summary>
/// <remarks>
/// <para>The same fall of the same town as <see cref="BoukamalDispatch"/> (AFP, in French, the next
/// day), told from other mouths: a commander of the pro-Assad alliance says the town was taken on
/// Wednesday, state television says it is liberated, and the Syrian Observatory for Human Rights
/// says it is not true and that fighting goes on, where AFP has the army's communiqué and the fall
/// on Thursday. The report spells the town "Albu Kamal", calls the Iraqi paramilitaries "Popular
/// Mobilisation Forces" in its text and "Popular Mobilization Forces" in its photograph's caption,
/// and dates that photograph (the capture of Al-Qaim, across the border, on 3 November). It is
/// coded with ids of its own, as a second coder would, so that bringing the two together has to
/// find what they share. Only the short quotes the model needs are kept, not the report's text.</para>
/// </remarks>
public static class AlbuKamalCaptureReport
{
    /// <summary>The report's title.</summary>
    public const string Title = "Syrian army, allies, take last IS stronghold in Syria: commander";

    /// <summary>Where the relayed report can be read.</summary>
    public static Uri Address { get; } = new("http://www.oann.com/syrian-army-starts-assault-on-last-is-stronghold/");

    /// <summary>The day of the dispatch, from its dateline ("November 8, 2017", "BEIRUT (Reuters)"); its time is not given.</summary>
    public static ZonedDateTime Dateline { get; } =
        new LocalDate(2017, 11, 8).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);

    // Actors.
    public static readonly ActorId SyrianArmy = new("syria-army");
    public static readonly ActorId SyrianGovernment = new("assad-government");
    public static readonly ActorId Hezbollah = new("lebanese-hezbollah");
    public static readonly ActorId ShiiteMilitias = new("allied-shiite-militias");
    public static readonly ActorId Pmf = new("pmf");
    public static readonly ActorId IslamicState = new("is");
    public static readonly ActorId Iran = new("iran");

    // Alliances and relations.
    public static readonly AllianceId ProAssadAlliance = new("pro-assad-alliance");
    public static readonly RelationId IranBacksHezbollah = new("iran-backs-hezbollah");

    // Places.
    public static readonly PlaceId Syria = new("syria");
    public static readonly PlaceId Iraq = new("iraq");
    public static readonly PlaceId AlbuKamal = new("albu-kamal");
    public static readonly PlaceId BorderNearAlbuKamal = new("border-near-albu-kamal");
    public static readonly PlaceId AlQaim = new("al-qaim");

    // Sources and reports.
    public static readonly SourceId Reuters = new("reuters");
    public static readonly SourceId ReutersStringer = new("reuters-stringer");
    public static readonly SourceId Oann = new("oann");
    public static readonly SourceId AllianceCommander = new("pro-assad-commander");
    public static readonly SourceId StateTelevision = new("syrian-state-tv");
    public static readonly SourceId Sohr = new("sohr");
    public static readonly ReportId Dispatch = new("reuters-2017-11-08-albu-kamal");
    public static readonly ReportId Wire = new("oann-2017-11-08-albu-kamal");

    // Events.
    public static readonly EventId Capture = new("capture-of-albu-kamal");
    public static readonly EventId Assault = new("assault-on-albu-kamal");
    public static readonly EventId HezbollahEntersIraq = new("hezbollah-enters-iraq");
    public static readonly EventId PmfEntersSyria = new("pmf-enters-syria");
    public static readonly EventId AlQaimCapture = new("capture-of-al-qaim");

    // Claims.
    public static readonly ClaimId CommanderCaptured = new("commander-captured-wednesday");
    public static readonly ClaimId CommanderFree = new("commander-free-of-daesh");
    public static readonly ClaimId CommanderHezbollahFoundation = new("commander-hezbollah-foundation");
    public static readonly ClaimId CommanderHundreds = new("commander-hundreds-of-hezbollah-elite");
    public static readonly ClaimId CommanderHezbollahInIraq = new("commander-hezbollah-entered-iraq");
    public static readonly ClaimId CommanderPmfInSyria = new("commander-pmf-crossed-into-syria");
    public static readonly ClaimId CommanderPmfHelped = new("commander-pmf-helped-capture");
    public static readonly ClaimId StateTvLiberated = new("state-tv-albu-kamal-liberated");
    public static readonly ClaimId SohrNotTaken = new("sohr-not-true-albu-kamal-taken");
    public static readonly ClaimId SohrStillFighting = new("sohr-still-fighting");
    public static readonly ClaimId ReutersAssault = new("reuters-encircled-and-attacked");
    public static readonly ClaimId ReutersIranBacksHezbollah = new("reuters-iran-backed-hezbollah");
    public static readonly ClaimId ReutersDecline = new("reuters-is-all-but-destroyed");
    public static readonly ClaimId ReutersRemnants = new("reuters-is-retains-desert-and-villages");
    public static readonly ClaimId StringerAlQaim = new("stringer-pmf-liberated-al-qaim");

    /// <summary>Codes the whole report.</summary>
    /// <returns>A new dossier; every call returns an equal one.</returns>
    public static Dossier Build()
    {
        var b = new DossierBuilder();
        var en = LanguageTag.English;

        b.AddActor(SyrianArmy.Value, "Syrian army", ActorKind.StateForces, en, "SY", aliases: ["Syria's army", "Syrian troops"]);
        b.AddActor(SyrianGovernment.Value, "Government of Bashar al-Assad", ActorKind.Government, en, "SY", aliases: ["Syrian President Bashar al-Assad"]);
        b.AddActor(Hezbollah.Value, "Hezbollah", ActorKind.PoliticalMilitia, en, "LB", aliases: ["Lebanon's Hezbollah"]);
        b.AddActor(ShiiteMilitias.Value, "Allied Shi'ite militias", ActorKind.PoliticalMilitia, en);
        b.Add(new Actor(Pmf, new NameSet("Popular Mobilisation Forces", en).WithAbbreviation("PMF", en).WithAlias("Popular Mobilization Forces", en),
            ActorKind.PoliticalMilitia, "IQ"));
        b.Add(new Actor(IslamicState, new NameSet("Islamic State", en).WithAbbreviation("IS", en).WithAlias("Daesh", en), ActorKind.JihadistGroup));
        b.AddActor(Iran.Value, "Iran", ActorKind.ForeignForces, en, "IR");

        // Where: the two countries, the town on the border, the Iraqi town of the photograph.
        b.Add(new Place(Syria, new NameSet("Syria", en), PlaceKind.Country, location: new GeoPoint(35.0, 38.0),
            precision: SpatialPrecision.CountryCentroid, codes: new PlaceCodes("SY", 163843)));
        b.Add(new Place(Iraq, new NameSet("Iraq", en), PlaceKind.Country, location: new GeoPoint(33.0, 44.0),
            precision: SpatialPrecision.CountryCentroid, codes: new PlaceCodes("IQ", 99237)));
        b.Add(new Place(AlbuKamal, new NameSet("Albu Kamal", en), PlaceKind.City, Syria, new GeoPoint(34.4523, 40.9185), SpatialPrecision.Exact));
        b.Add(new Place(BorderNearAlbuKamal, new NameSet("the Syrian-Iraqi border at Albu Kamal", en), PlaceKind.Region, Syria,
            new GeoPoint(34.4523, 40.9185), SpatialPrecision.Near,
            relativeTo: new RelativeLocation(AlbuKamal, feature: "the border with Iraq")));
        b.Add(new Place(AlQaim, new NameSet("Al-Qaim", en), PlaceKind.City, Iraq, new GeoPoint(34.3686, 41.0943), SpatialPrecision.Near));

        b.AddSource(Reuters.Value, "Reuters", SourceKind.NewsAgency, Reliability.B);
        b.AddSource(ReutersStringer.Value, "Reuters stringer (photographer)", SourceKind.Correspondent, Reliability.B, organization: Reuters);
        b.AddSource(Oann.Value, "One America News", SourceKind.NewsOutlet, Reliability.C);
        b.AddSource(AllianceCommander.Value, "A commander in the military alliance supporting Syrian President Bashar al-Assad",
            SourceKind.Anonymous, Reliability.F, isPartyToConflict: true, affiliation: "pro-Assad military alliance");
        b.AddSource(StateTelevision.Value, "Syrian state television", SourceKind.PartyStatement, Reliability.D,
            isPartyToConflict: true, speaksFor: SyrianGovernment);
        b.Add(new Source(Sohr, new NameSet("Syrian Observatory for Human Rights", en).WithAbbreviation("SOHR", en),
            SourceKind.NgoMonitor, Reliability.C));

        b.Add(new Report(Dispatch, Reuters, Dateline, en, Title, isPublishedTimeKnown: false));
        b.Add(new Report(Wire, Oann, Dateline, en, Title, Address, isPublishedTimeKnown: false));

        var wednesday = RelativeDates.Resolve("Wednesday", Dateline);
        // "During the battle": the days of the advance up to the day the commander says it ended.
        var duringTheBattle = FuzzyDate.Between(wednesday.PlusDays(-6), wednesday);

        b.Add(new ConflictEvent(Assault, EventType.Battles, FuzzyDate.OnDay(wednesday), AlbuKamal, SubEventType.ArmedClash,
            participants:
            [
                new Participant(SyrianArmy, ParticipantRole.SideA), new Participant(ShiiteMilitias, ParticipantRole.Supporting),
                new Participant(IslamicState, ParticipantRole.SideB),
            ],
            claims: [ReutersAssault, SohrStillFighting],
            description: "The Syrian army and allied Shi'ite militias encircle and attack Albu Kamal."));
        b.Add(new ConflictEvent(Capture, EventType.Battles, FuzzyDate.OnDay(wednesday), AlbuKamal, SubEventType.GovernmentRegainsTerritory,
            participants:
            [
                new Participant(SyrianArmy, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB),
                new Participant(Hezbollah, ParticipantRole.Supporting), new Participant(Pmf, ParticipantRole.Supporting),
            ],
            outcomes: [new ControlChange(AlbuKamal, IslamicState, SyrianArmy)],
            claims: [CommanderCaptured, CommanderFree, StateTvLiberated, SohrNotTaken, CommanderHezbollahFoundation, CommanderHundreds, CommanderPmfHelped],
            description: "The Syrian army and its allies, spearheaded by Hezbollah, capture Albu Kamal from the Islamic State."));
        b.Add(new ConflictEvent(HezbollahEntersIraq, EventType.StrategicDevelopments, duringTheBattle, BorderNearAlbuKamal, SubEventType.Other,
            participants: [new Participant(Hezbollah, ParticipantRole.SideA)],
            claims: [CommanderHezbollahInIraq],
            description: "Hezbollah forces enter Iraq during the battle for Albu Kamal."));
        b.Add(new ConflictEvent(PmfEntersSyria, EventType.StrategicDevelopments, duringTheBattle, BorderNearAlbuKamal, SubEventType.Other,
            participants: [new Participant(Pmf, ParticipantRole.SideA)],
            claims: [CommanderPmfInSyria],
            description: "The Iraqi Popular Mobilisation Forces cross into Syria to help capture Albu Kamal."));
        b.Add(new ConflictEvent(AlQaimCapture, EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 3)), AlQaim, SubEventType.GovernmentRegainsTerritory,
            participants: [new Participant(Pmf, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB)],
            outcomes: [new ControlChange(AlQaim, IslamicState, Pmf)],
            claims: [StringerAlQaim],
            description: "Popular Mobilization Forces fighters take the town of Al-Qaim from the Islamic State and lower its flag."));

        b.Add(new ActorRelation(IranBacksHezbollah, Iran, RelationKind.Supports, Hezbollah, claims: [ReutersIranBacksHezbollah]));
        b.Add(new Alliance(ProAssadAlliance, new NameSet("Military alliance supporting Syrian President Bashar al-Assad", en),
        [
            new Membership(SyrianArmy, MembershipRole.Leader, claims: [CommanderCaptured]),
            new Membership(Hezbollah, MembershipRole.Auxiliary, claims: [CommanderHezbollahFoundation]),
            new Membership(Pmf, MembershipRole.Auxiliary, claims: [CommanderPmfHelped]),
        ]));

        Relay[] viaWire = [new Relay(Oann, Wire)];
        Relay[] viaReuters = [new Relay(Reuters, Dispatch), .. viaWire];
        Quote Q(string words) => new(words, en);
        var byCommander = new Attribution(AllianceCommander, AttributionMode.Stated, viaReuters);
        var byReuters = new Attribution(Reuters, AttributionMode.Stated, viaWire);

        // The capture: the commander, state television, and the monitor that denies it.
        b.AddClaim(CommanderCaptured.Value,
            new ControlChangeAssertion(AlbuKamal, IslamicState, SyrianArmy, FuzzyDate.OnDay(wednesday), Capture),
            byCommander, Wire,
            Q("captured Islamic State's last stronghold in Syria on Wednesday, a commander in the alliance said"),
            credibility: Credibility.PossiblyTrue);
        b.AddClaim(CommanderFree.Value, new EventAssertion(Capture),
            byCommander, Wire,
            Q("The last stronghold of Daesh (Islamic State), Albu Kamal, is free of the Daesh organization"),
            new Wording("free of the Daesh organization", "captured"), Credibility.PossiblyTrue);
        b.AddClaim(StateTvLiberated.Value, new EventAssertion(Capture),
            new Attribution(StateTelevision, AttributionMode.Stated, viaReuters), Wire,
            Q("Albu Kamal is liberated"), new Wording("liberated", "captured"), Credibility.Doubtful);
        b.AddClaim(SohrNotTaken.Value,
            new ControlChangeAssertion(AlbuKamal, IslamicState, SyrianArmy, FuzzyDate.OnDay(wednesday), Capture),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("it was not true that Albu Kamal was taken"), credibility: Credibility.PossiblyTrue, modality: Modality.Negated);
        b.AddClaim(SohrStillFighting.Value, new EventAssertion(Assault),
            new Attribution(Sohr, AttributionMode.Reported, viaReuters), Wire,
            Q("there was still fighting in the area"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(ReutersAssault.Value, new EventAssertion(Assault),
            byReuters, Wire,
            Q("the Syrian army and allied Shi'ite militias encircled and attacked Albu Kamal"), credibility: Credibility.ProbablyTrue);

        // Who took part, according to the commander.
        b.AddClaim(CommanderHezbollahFoundation.Value, new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.Supporting),
            byCommander, Wire,
            Q("the foundation in the battle of Albu Kamal"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(CommanderHundreds.Value,
            new FigureAssertion(new Figure(FigureKind.Fighters, new CountRange(200, 999), FuzzyDate.OnDay(wednesday),
                "hundreds of the elite forces", FigureSubject.OfActor(Hezbollah)), Capture),
            byCommander, Wire,
            Q("hundreds of the elite forces of the Iran-backed Shi'ite group took part in the battle"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(CommanderHezbollahInIraq.Value, new EventAssertion(HezbollahEntersIraq),
            byCommander, Wire,
            Q("During the battle, Hezbollah forces entered Iraq"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(CommanderPmfInSyria.Value, new EventAssertion(PmfEntersSyria),
            byCommander, Wire,
            Q("the Iraqi Popular Mobilisation Forces crossed into Syria"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(CommanderPmfHelped.Value, new ParticipationAssertion(Capture, Pmf, ParticipantRole.Supporting),
            byCommander, Wire,
            Q("to help capture the town"), credibility: Credibility.PossiblyTrue);

        // The background, in Reuters' own words, and the photograph's caption.
        b.AddClaim(ReutersIranBacksHezbollah.Value, new RelationAssertion(IranBacksHezbollah),
            byReuters, Wire, Q("the Iran-backed Shi'ite group"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(ReutersDecline.Value,
            new StatementAssertion("The Islamic State has been all but destroyed over the past two years.", [IslamicState], [Syria, Iraq]),
            byReuters, Wire, Q("Islamic State has been all but destroyed over the past two years"));
        b.AddClaim(ReutersRemnants.Value,
            new StatementAssertion("The Islamic State still holds some areas of desert and some villages.", [IslamicState], [Syria]),
            byReuters, Wire, Q("Islamic State retains control over some areas of desert and villages"));
        b.AddClaim(StringerAlQaim.Value, new EventAssertion(AlQaimCapture),
            new Attribution(ReutersStringer, AttributionMode.Observed, viaWire), Wire,
            Q("carry the Islamic State militants flag downward after liberating the city of Al-Qaim, Iraq November 3, 2017"),
            new Wording("liberating", "capturing"), Credibility.ProbablyTrue);

        return b.Build();
    }
}
