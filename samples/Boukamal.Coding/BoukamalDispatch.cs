using ConflictModel;
using NodaTime;

namespace ConflictModel.Samples;

/// <summary>
/// The AFP dispatch of Thursday 9 November 2017 on the fall of Boukamal, coded whole as attributed
/// claims: every statement keeps its source, the channel that relayed it, its mode and its words.
/// </summary>
public static class BoukamalDispatch
{
    private const string ResourceName = "Boukamal.Coding.boukamal-dispatch.txt";

    /// <summary>The title given to the dispatch.</summary>
    public const string Title = "Syrie: l'EI perd Boukamal, sa dernière ville";

    /// <summary>The dispatch's full text, in French, exactly as published.</summary>
    public static string Text { get; } = ReadText();

    /// <summary>When the dispatch was published: 19:30 in Beirut on Thursday 9 November 2017.</summary>
    public static ZonedDateTime Published { get; } =
        new LocalDateTime(2017, 11, 9, 19, 30).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);

    // Actors.
    public static readonly ActorId IslamicState = new("islamic-state");
    public static readonly ActorId SyrianArmy = new("syrian-army");
    public static readonly ActorId Hezbollah = new("hezbollah");
    public static readonly ActorId IraqiMilitias = new("iraqi-militias");
    public static readonly ActorId Hachd = new("hachd-al-chaabi");
    public static readonly ActorId Irgc = new("irgc");
    public static readonly ActorId Sdf = new("sdf");
    public static readonly ActorId Coalition = new("us-led-coalition");
    public static readonly ActorId UnitedStates = new("united-states");
    public static readonly ActorId Russia = new("russia");
    public static readonly ActorId France = new("france");
    public static readonly ActorId IraqiForces = new("iraqi-forces");

    // Alliances and relations.
    public static readonly AllianceId ProRegime = new("pro-regime-forces");
    public static readonly AllianceId UsLedCoalition = new("us-led-coalition-alliance");
    public static readonly RelationId UsSupportsSdf = new("us-supports-sdf");
    public static readonly RelationId HachdSupportsIraqiForces = new("hachd-supports-iraqi-forces");
    public static readonly RelationId CoalitionSupportsIraqiForces = new("coalition-supports-iraqi-forces");

    // Places.
    public static readonly PlaceId Syria = new("sy");
    public static readonly PlaceId DeirEzzor = new("sy-deir-ezzor");
    public static readonly PlaceId Boukamal = new("boukamal");
    public static readonly PlaceId OilField = new("deir-ezzor-oil-field");
    public static readonly PlaceId Damascus = new("damascus");
    public static readonly PlaceId Yarmouk = new("yarmouk");
    public static readonly PlaceId HajarAlAswad = new("hajar-al-aswad");
    public static readonly PlaceId Homs = new("sy-homs");
    public static readonly PlaceId Iraq = new("iq");
    public static readonly PlaceId Anbar = new("iq-anbar");
    public static readonly PlaceId Rawa = new("rawa");
    public static readonly PlaceId AlQaim = new("al-qaim-crossing");
    public static readonly PlaceId Euphrates = new("euphrates");

    // Sources and the report.
    public static readonly SourceId Afp = new("afp");
    public static readonly SourceId AfpCorrespondent = new("afp-correspondent");
    public static readonly SourceId ArmyCommand = new("syrian-army-command");
    public static readonly SourceId Osdh = new("osdh");
    public static readonly SourceId OsdhDirector = new("rami-abdel-rahmane");
    public static readonly SourceId Un = new("un");
    public static readonly SourceId MilitiaSource = new("pro-regime-militia-source");
    public static readonly SourceId Macron = new("emmanuel-macron");
    public static readonly ReportId Dispatch = new("afp-2017-11-09-boukamal");

    // Events.
    public static readonly EventId Capture = new("capture-of-boukamal");
    public static readonly EventId Encirclement = new("encirclement-of-boukamal");
    public static readonly EventId BorderCrossing = new("hezbollah-crosses-border");
    public static readonly EventId Withdrawal = new("is-withdraws-east-deir-ezzor");
    public static readonly EventId Explosions = new("explosions-near-al-qaim");
    public static readonly EventId SdfOffensive = new("sdf-offensive-east-euphrates");
    public static readonly EventId Displacement = new("displacement-deir-ezzor");
    public static readonly EventId RecentDisplacement = new("displacement-recent-weeks");

    // Claims.
    public static readonly ClaimId AfpIsLostBoukamal = new("afp-is-lost-boukamal");
    public static readonly ClaimId ArmyLiberated = new("army-liberated-boukamal");
    public static readonly ClaimId ArmyImportance = new("army-liberation-importance");
    public static readonly ClaimId AfpEncircled = new("afp-encircled-wednesday");
    public static readonly ClaimId AfpRussianAirSupport = new("afp-russian-air-support");
    public static readonly ClaimId OsdhIraqiMilitias = new("osdh-led-by-iraqi-militias");
    public static readonly ClaimId OsdhHezbollah = new("osdh-led-by-hezbollah");
    public static readonly ClaimId OsdhIrgc = new("osdh-led-by-irgc");
    public static readonly ClaimId DirectorWithdrawal = new("director-is-withdrew-east");
    public static readonly ClaimId DirectorBackbone = new("director-backbone");
    public static readonly ClaimId AfpRawa = new("afp-is-holds-rawa");
    public static readonly ClaimId AfpCoalitionLed = new("afp-coalition-led-by-us");
    public static readonly ClaimId AfpCoalitionSupportsIraqiForces = new("afp-coalition-aids-iraqi-forces");
    public static readonly ClaimId AfpAlQaimRetaken = new("afp-al-qaim-retaken");
    public static readonly ClaimId CorrespondentExplosions = new("correspondent-explosions-al-qaim");
    public static readonly ClaimId MilitiaCrossing = new("militia-hezbollah-crossed");
    public static readonly ClaimId AfpHachdAidsIraqiForces = new("afp-hachd-aids-iraqi-forces");
    public static readonly ClaimId OsdhOilField = new("osdh-is-holds-oil-field");
    public static readonly ClaimId AfpSdfOffensive = new("afp-sdf-offensive");
    public static readonly ClaimId AfpUsBacksSdf = new("afp-us-backs-sdf");
    public static readonly ClaimId AfpDisplaced = new("afp-tens-of-thousands-displaced");
    public static readonly ClaimId UnDisplaced = new("un-120000-displaced");
    public static readonly ClaimId AfpYarmouk = new("afp-is-in-yarmouk");
    public static readonly ClaimId AfpHajarAlAswad = new("afp-is-in-hajar-al-aswad");
    public static readonly ClaimId AfpHoms = new("afp-is-in-homs");
    public static readonly ClaimId AfpFranceInCoalition = new("afp-france-in-coalition");
    public static readonly ClaimId MacronEstimate = new("macron-victory-within-months");
    public static readonly ClaimId AfpDeathToll = new("afp-330000-dead");

    /// <summary>Codes the whole dispatch.</summary>
    /// <returns>A new dossier; every call returns an equal one.</returns>
    public static Dossier Build()
    {
        var b = new DossierBuilder();
        var fr = LanguageTag.French;

        // Who fights.
        b.Add(new Actor(IslamicState, Names("Etat islamique", fr).WithAbbreviation("EI", fr).WithAbbreviation("IS", LanguageTag.English)
            .WithAbbreviation("ISIS", LanguageTag.English).WithAlias("Daech", fr).WithLabel("الدولة الإسلامية", LanguageTag.Arabic),
            ActorKind.JihadistGroup));
        b.AddActor(SyrianArmy.Value, "Armée syrienne", ActorKind.StateForces, fr, "SY");
        b.AddActor(Hezbollah.Value, "Hezbollah", ActorKind.PoliticalMilitia, fr, "LB", aliases: ["Hezbollah libanais"]);
        b.AddActor(IraqiMilitias.Value, "Miliciens irakiens", ActorKind.PoliticalMilitia, fr, "IQ", aliases: ["combattants irakiens"]);
        b.Add(new Actor(Hachd, Names("Hachd al-Chaabi", fr).WithAbbreviation("PMF", LanguageTag.English)
            .WithLabel("Popular Mobilization Forces", LanguageTag.English).WithLabel("الحشد الشعبي", LanguageTag.Arabic),
            ActorKind.PoliticalMilitia, "IQ"));
        b.AddActor(Irgc.Value, "Gardiens de la Révolution iraniens", ActorKind.ForeignForces, fr, "IR");
        b.Add(new Actor(Sdf, Names("Forces démocratiques syriennes", fr).WithAbbreviation("FDS", fr).WithAbbreviation("SDF", LanguageTag.English),
            ActorKind.RebelGroup, "SY"));
        b.AddActor(Coalition.Value, "Coalition internationale dirigée par les Etats-Unis", ActorKind.Coalition, fr, aliases: ["coalition internationale antijihadistes"]);
        b.AddActor(UnitedStates.Value, "Etats-Unis", ActorKind.ForeignForces, fr, "US");
        b.AddActor(Russia.Value, "Russie", ActorKind.ForeignForces, fr, "RU", aliases: ["aviation militaire russe"]);
        b.AddActor(France.Value, "France", ActorKind.ForeignForces, fr, "FR");
        b.AddActor(IraqiForces.Value, "Forces irakiennes", ActorKind.StateForces, fr, "IQ", aliases: ["forces gouvernementales irakiennes"]);

        // Where: coordinates from GeoNames, codes from ISO 3166 and OCHA.
        b.Add(Place(Syria, "Syrie", PlaceKind.Country, null, new GeoPoint(35.0, 38.0), SpatialPrecision.CountryCentroid,
            new PlaceCodes("SY", 163843)));
        b.Add(Place(DeirEzzor, "Deir Ezzor", PlaceKind.Governorate, Syria, new GeoPoint(35.0, 40.5), SpatialPrecision.ProvinceCentroid,
            new PlaceCodes("SY-DY", pCode: "SY09"), "Deir ez-Zor", "دير الزور"));
        b.Add(Place(Boukamal, "Boukamal", PlaceKind.City, DeirEzzor, new GeoPoint(34.4523, 40.9185), SpatialPrecision.Exact,
            null, "Abu Kamal", "Al-Bukamal", "البوكمال"));
        b.Add(Place(OilField, "champ pétrolier (non nommé)", PlaceKind.OilField, DeirEzzor, null, null, null));
        b.Add(Place(Damascus, "Damas", PlaceKind.City, Syria, new GeoPoint(33.5102, 36.2913), SpatialPrecision.Exact,
            new PlaceCodes(geoNamesId: 170654), "Damascus", "دمشق"));
        b.Add(Place(Yarmouk, "Yarmouk", PlaceKind.Neighbourhood, Damascus, new GeoPoint(33.4731, 36.3031), SpatialPrecision.Exact,
            null, "Yarmouk camp", "مخيم اليرموك"));
        b.Add(Place(HajarAlAswad, "Hajar al-Aswad", PlaceKind.Neighbourhood, Damascus, new GeoPoint(33.4600, 36.3028), SpatialPrecision.Exact,
            null, "الحجر الأسود"));
        b.Add(Place(Homs, "Homs", PlaceKind.Governorate, Syria, new GeoPoint(34.6, 37.9), SpatialPrecision.ProvinceCentroid,
            new PlaceCodes("SY-HI", pCode: "SY04"), "حمص"));
        b.Add(Place(Iraq, "Irak", PlaceKind.Country, null, new GeoPoint(33.0, 44.0), SpatialPrecision.CountryCentroid,
            new PlaceCodes("IQ", 99237)));
        b.Add(Place(Anbar, "Al-Anbar", PlaceKind.Governorate, Iraq, new GeoPoint(33.0, 42.0), SpatialPrecision.ProvinceCentroid,
            new PlaceCodes("IQ-AN"), "الأنبار"));
        b.Add(Place(Rawa, "Rawa", PlaceKind.Town, Anbar, new GeoPoint(34.4667, 41.9167), SpatialPrecision.Exact,
            null, "Rawah", "راوة"));
        b.Add(Place(AlQaim, "poste-frontière d'al-Qaïm", PlaceKind.BorderCrossing, Anbar, new GeoPoint(34.4300, 40.9400), SpatialPrecision.Near,
            null, "Al-Qa'im border crossing", "القائم"));
        // A river crosses both countries: no parent, and its point only marks where the dispatch places it (Deir Ezzor).
        b.Add(Place(Euphrates, "Euphrate", PlaceKind.River, null, new GeoPoint(35.3400, 40.1500), SpatialPrecision.Linear,
            null, "Euphrates", "الفرات"));

        // Who speaks.
        b.AddSource(Afp.Value, "Agence France-Presse (AFP)", SourceKind.NewsAgency, Reliability.B);
        b.AddSource(AfpCorrespondent.Value, "Correspondant de l'AFP", SourceKind.Correspondent, Reliability.B, organization: Afp);
        b.AddSource(ArmyCommand.Value, "Armée syrienne (communiqué)", SourceKind.PartyStatement, Reliability.C,
            isPartyToConflict: true, speaksFor: SyrianArmy);
        b.Add(new Source(Osdh, Names("Observatoire syrien des droits de l'Homme", fr).WithAbbreviation("OSDH", fr)
            .WithAbbreviation("SOHR", LanguageTag.English), SourceKind.NgoMonitor, Reliability.C));
        b.AddSource(OsdhDirector.Value, "Rami Abdel Rahmane", SourceKind.NamedOfficial, Reliability.C, organization: Osdh);
        b.Add(new Source(Un, Names("Organisation des Nations unies", fr).WithAbbreviation("ONU", fr).WithAbbreviation("UN", LanguageTag.English),
            SourceKind.IntergovernmentalOrganization, Reliability.B));
        b.AddSource(MilitiaSource.Value, "Source auprès des milices prorégime", SourceKind.Anonymous, Reliability.F,
            isPartyToConflict: true, affiliation: "milices prorégime");
        b.AddSource(Macron.Value, "Emmanuel Macron", SourceKind.NamedOfficial, Reliability.C, isPartyToConflict: true, speaksFor: France);

        var report = new Report(Dispatch, Afp, Published, fr, Title, text: Text);
        b.Add(report);

        // "jeudi" and "mercredi" are read against the dispatch's own date, into the past.
        var thursday = RelativeDates.Resolve("jeudi", report.Published);
        var wednesday = RelativeDates.Resolve("mercredi", report.Published);
        var lastWeeks = FuzzyDate.Between(thursday.PlusWeeks(-4), thursday);

        // Events.
        b.Add(new ConflictEvent(Encirclement, EventType.Battles, FuzzyDate.OnDay(wednesday), Boukamal, SubEventType.ArmedClash,
            participants: [new Participant(SyrianArmy, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB)],
            claims: [AfpEncircled],
            description: "Syrian government forces and their allies encircle Boukamal."));
        b.Add(new ConflictEvent(Capture, EventType.Battles, FuzzyDate.OnDay(thursday), Boukamal, SubEventType.GovernmentRegainsTerritory,
            participants:
            [
                new Participant(SyrianArmy, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB),
                new Participant(IraqiMilitias, ParticipantRole.Supporting), new Participant(Hezbollah, ParticipantRole.Supporting),
                new Participant(Irgc, ParticipantRole.Supporting),
            ],
            outcomes: [new ControlChange(Boukamal, IslamicState, SyrianArmy)],
            claims: [AfpIsLostBoukamal, ArmyLiberated, OsdhIraqiMilitias, OsdhHezbollah, OsdhIrgc],
            description: "Syrian government forces and their allies capture Boukamal from the Islamic State."));
        b.Add(new ConflictEvent(BorderCrossing, EventType.StrategicDevelopments, FuzzyDate.OnDay(wednesday), Boukamal, SubEventType.Other,
            participants: [new Participant(Hezbollah, ParticipantRole.SideA), new Participant(Hachd, ParticipantRole.Supporting)],
            claims: [MilitiaCrossing],
            description: "Hezbollah fighters cross the Iraqi border with the help of the Hachd al-Chaabi to go round Boukamal and encircle it from the north."));
        b.Add(new ConflictEvent(Withdrawal, EventType.StrategicDevelopments, FuzzyDate.OnDay(thursday), DeirEzzor, SubEventType.ChangeToGroupActivity,
            participants: [new Participant(IslamicState, ParticipantRole.SideA)],
            claims: [DirectorWithdrawal],
            description: "The Islamic State withdraws from Boukamal towards the east of Deir Ezzor province."));
        b.Add(new ConflictEvent(Explosions, EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(thursday), AlQaim,
            claims: [CorrespondentExplosions],
            description: "Explosions heard from near the al-Qaïm border crossing."));
        b.Add(new ConflictEvent(SdfOffensive, EventType.Battles, FuzzyDate.InWeekOf(thursday), DeirEzzor, SubEventType.ArmedClash,
            participants:
            [
                new Participant(Sdf, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB),
                new Participant(UnitedStates, ParticipantRole.Supporting),
            ],
            claims: [AfpSdfOffensive],
            description: "The SDF, backed by the United States, lead a separate offensive against the Islamic State east of the Euphrates."));
        b.Add(new ConflictEvent(Displacement, EventType.Displacement, FuzzyDate.InYear(2017), DeirEzzor,
            claims: [AfpDisplaced],
            description: "People displaced by the fighting in Deir Ezzor province."));
        b.Add(new ConflictEvent(RecentDisplacement, EventType.Displacement, lastWeeks, DeirEzzor,
            claims: [UnDisplaced],
            description: "People displaced in the last weeks alone, according to the UN."));

        var viaAfp = new[] { new Relay(Afp, Dispatch) };
        Quote Q(string words) => Quote.Locate(Text, words, fr);

        // The capture: AFP's account and the army's communiqué.
        b.AddClaim(AfpIsLostBoukamal.Value,
            new ControlChangeAssertion(Boukamal, IslamicState, SyrianArmy, FuzzyDate.OnDay(thursday), Capture),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("Jeudi, il a perdu Boukamal"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(ArmyLiberated.Value, new EventAssertion(Capture),
            new Attribution(ArmyCommand, AttributionMode.Stated, viaAfp), Dispatch,
            Q("Les unités de nos forces armées, en coopération avec les forces supplétives et alliées, ont libéré Boukamal"),
            new Wording("libéré", "captured"), Credibility.ProbablyTrue);
        b.AddClaim(ArmyImportance.Value,
            new StatementAssertion("The capture of Boukamal marks the failure of the Islamic State's project in the region.", [SyrianArmy, IslamicState]),
            new Attribution(ArmyCommand, AttributionMode.Stated, viaAfp), Dispatch,
            Q("La libération de Boukamal revêt une grande importance, car elle représente l'échec du projet du groupe terroriste EI dans la région"),
            new Wording("libération", "capture"));
        b.AddClaim(AfpEncircled.Value, new EventAssertion(Encirclement),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("avant de l'encercler mercredi et de la prendre d'assaut"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpRussianAirSupport.Value, new MembershipAssertion(ProRegime, Russia, MembershipRole.AirSupport),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("Soutenues ces dernières semaines par des raids intenses de l'aviation militaire russe"), credibility: Credibility.ProbablyTrue);

        // Who led the offensive, according to the OSDH and its director.
        foreach (var (id, actor, words) in new[]
        {
            (OsdhIraqiMilitias, IraqiMilitias, "miliciens irakiens"),
            (OsdhHezbollah, Hezbollah, "des combattants du Hezbollah libanais"),
            (OsdhIrgc, Irgc, "des Gardiens de la Révolution iraniens"),
        })
        {
            b.AddClaim(id.Value, new ParticipationAssertion(Capture, actor, ParticipantRole.Supporting),
                new Attribution(Osdh, AttributionMode.Reported, viaAfp), Dispatch, Q(words), credibility: Credibility.PossiblyTrue);
        }
        b.AddClaim(DirectorWithdrawal.Value, new EventAssertion(Withdrawal),
            new Attribution(OsdhDirector, AttributionMode.Stated, viaAfp), Dispatch,
            Q("l'EI s'est retiré vers l'est de la province de Deir Ezzor"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(DirectorBackbone.Value,
            new StatementAssertion("Hezbollah, the Revolutionary Guards and Iraqi fighters are the backbone of the forces that drove the Islamic State out of Boukamal.",
                [Hezbollah, Irgc, IraqiMilitias]),
            new Attribution(OsdhDirector, AttributionMode.Stated, viaAfp), Dispatch,
            Q("Le Hezbollah, les Gardiens de la Révolution et des combattants irakiens représentent la colonne vertébrale des forces"));

        // Across the border, in Iraq.
        b.AddClaim(AfpRawa.Value, new ControlAssertion(Rawa, IslamicState, FuzzyDate.OnDay(thursday)),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("la localité de Rawa et ses environs désertiques"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpCoalitionLed.Value, new MembershipAssertion(UsLedCoalition, UnitedStates, MembershipRole.Leader),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("la coalition internationale dirigée par les Etats-Unis"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpCoalitionSupportsIraqiForces.Value, new RelationAssertion(CoalitionSupportsIraqiForces),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("les forces irakiennes aidées de la coalition internationale"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpAlQaimRetaken.Value, new ControlAssertion(AlQaim, IraqiForces, FuzzyDate.OnDay(thursday)),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("récemment repris à l'EI"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(CorrespondentExplosions.Value, new EventAssertion(Explosions),
            new Attribution(AfpCorrespondent, AttributionMode.Observed), Dispatch,
            Q("des explosions résonnaient, a constaté un correspondant de l'AFP"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(MilitiaCrossing.Value, new EventAssertion(BorderCrossing),
            new Attribution(MilitiaSource, AttributionMode.Stated, viaAfp), Dispatch,
            Q("avec l'aide des unités des forces paramilitaires irakiennes du Hachd al-Chaabi pour contourner Boukamal puis l'encercler du côté nord"),
            credibility: Credibility.PossiblyTrue);
        b.AddClaim(AfpHachdAidsIraqiForces.Value, new RelationAssertion(HachdSupportsIraqiForces),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("aide les forces gouvernementales irakiennes dans leur combat contre l'EI"), credibility: Credibility.ProbablyTrue);

        // Deir Ezzor province.
        b.AddClaim(OsdhOilField.Value, new ControlAssertion(OilField, IslamicState, FuzzyDate.OnDay(thursday)),
            new Attribution(Osdh, AttributionMode.Reported, viaAfp), Dispatch,
            Q("contrôle au moins un champ pétrolier"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(AfpSdfOffensive.Value, new EventAssertion(SdfOffensive),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("mènent une offensive distincte contre l'EI"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpUsBacksSdf.Value, new RelationAssertion(UsSupportsSdf),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("Forces démocratiques syriennes (FDS) soutenus par les Etats-Unis"), credibility: Credibility.ProbablyTrue);

        // Figures: the words as printed, beside the value read from them.
        b.AddClaim(AfpDisplaced.Value,
            new FigureAssertion(new Figure(FigureKind.Displaced, new CountRange(20_000, 99_999), text: "Des dizaines de milliers de personnes"), Displacement),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("Des dizaines de milliers de personnes ont été déplacées par les combats"), credibility: Credibility.ProbablyTrue);
        // "120.00" is a misprint: the value keeps the reading closest to the words, and CM7001 flags it.
        b.AddClaim(UnDisplaced.Value,
            new FigureAssertion(new Figure(FigureKind.Displaced, new ApproximateCount(120_000), text: "quelque 120.00 personnes"), RecentDisplacement),
            new Attribution(Un, AttributionMode.Reported, viaAfp), Dispatch,
            Q("quelque 120.00 personnes ces dernières semaines seulement selon l'ONU"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(AfpDeathToll.Value,
            new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(330_000), FuzzyDate.OnDay(thursday), "plus de 330.000 morts"), place: Syria),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("Il a fait plus de 330.000 morts"), credibility: Credibility.ProbablyTrue);

        // Elsewhere in Syria.
        b.AddClaim(AfpYarmouk.Value, new ControlAssertion(Yarmouk, IslamicState, FuzzyDate.OnDay(thursday)),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("Yarmouk"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpHajarAlAswad.Value, new ControlAssertion(HajarAlAswad, IslamicState, FuzzyDate.OnDay(thursday)),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("Hajar al-Aswad"), credibility: Credibility.ProbablyTrue);
        // Pockets of a governorate are not control of it: a statement, not a ControlAssertion on Homs.
        b.AddClaim(AfpHoms.Value,
            new StatementAssertion("The Islamic State is present in a few pockets of Homs province and in southern Syria.", [IslamicState]),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("dans quelques poches de la province centrale de Homs"));

        // France and the coalition; Macron's estimate.
        b.AddClaim(AfpFranceInCoalition.Value, new MembershipAssertion(UsLedCoalition, France, MembershipRole.Member),
            new Attribution(Afp, AttributionMode.Stated), Dispatch,
            Q("dont le pays participe à la coalition internationale antijihadistes"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(MacronEstimate.Value,
            new StatementAssertion("The military victory over the Islamic State will be total in Iraq and Syria within months, but will not be enough to end the jihadist threat.",
                [IslamicState]),
            new Attribution(Macron, AttributionMode.Estimated, viaAfp), Dispatch,
            Q("les prochains mois"), modality: Modality.Future);

        // Alliances and relations, each citing the claims that establish it.
        b.Add(new Alliance(ProRegime, Names("Forces prorégime", fr).WithLabel("Pro-regime forces", LanguageTag.English),
        [
            new Membership(SyrianArmy, MembershipRole.Leader, claims: [ArmyLiberated]),
            new Membership(Hezbollah, MembershipRole.Auxiliary, claims: [OsdhHezbollah]),
            new Membership(IraqiMilitias, MembershipRole.Auxiliary, claims: [OsdhIraqiMilitias]),
            new Membership(Irgc, MembershipRole.Auxiliary, claims: [OsdhIrgc]),
            new Membership(Russia, MembershipRole.AirSupport, claims: [AfpRussianAirSupport]),
        ]));
        b.Add(new Alliance(UsLedCoalition, Names("Coalition internationale", fr).WithLabel("US-led coalition", LanguageTag.English),
        [
            new Membership(UnitedStates, MembershipRole.Leader, claims: [AfpCoalitionLed]),
            new Membership(France, MembershipRole.Member, claims: [AfpFranceInCoalition]),
        ], Coalition));
        b.Add(new ActorRelation(UsSupportsSdf, UnitedStates, RelationKind.Supports, Sdf, claims: [AfpUsBacksSdf]));
        b.Add(new ActorRelation(HachdSupportsIraqiForces, Hachd, RelationKind.Supports, IraqiForces, claims: [AfpHachdAidsIraqiForces]));
        b.Add(new ActorRelation(CoalitionSupportsIraqiForces, Coalition, RelationKind.Supports, IraqiForces, claims: [AfpCoalitionSupportsIraqiForces]));

        return b.Build();
    }

    private static NameSet Names(string primary, LanguageTag language) => new(primary, language);

    private static Place Place(PlaceId id, string name, PlaceKind kind, PlaceId? parent, GeoPoint? location, SpatialPrecision? precision,
        PlaceCodes? codes, params string[] aliases)
    {
        var names = aliases.Aggregate(Names(name, LanguageTag.French), (set, alias) => set.WithAlias(alias));
        return new Place(id, names, kind, parent, location, precision, codes);
    }

    private static string ReadText()
    {
        using var stream = typeof(BoukamalDispatch).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded dispatch \"{ResourceName}\" is missing from {typeof(BoukamalDispatch).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
