using NodaTime;

namespace ConflictModel.Samples;

/// <summary>
/// An AFP report on the raid on the Dioura army camp in central Mali, Sunday 17 March 2019, as
/// relayed the same evening by Journal du Cameroun
/// (https://www.journalducameroun.com/en/at-least-8-dead-as-gunmen-storm-mali-army-camp/).
/// </summary>
/// <remarks>
/// <para>Every statement of the report is coded with who made it and through whom it came: four
/// anonymous sources (two military, one Malian security, one foreign security), local residents
/// and villagers relayed by them, the president on Twitter, the UN's figures, and AFP's own
/// background. Only the short quotes the model needs are kept, not the report's text.</para>
/// <para>The report shows what the seed dispatch does not: a raid "at dawn", tolls that sources
/// give differently (at least 8, at least 4 bodies seen, up to 15 soldiers, at least 15 people),
/// collective and anonymous sources, a toll of soldiers within a toll of people, and a count over
/// a year (237 attacks in 2018).</para>
/// </remarks>
public static class DiouraRaidReport
{
    /// <summary>The report's title.</summary>
    public const string Title = "At least 8 dead as gunmen storm Mali army camp";

    /// <summary>Where the relayed report can be read.</summary>
    public static Uri Address { get; } = new("https://www.journalducameroun.com/en/at-least-8-dead-as-gunmen-storm-mali-army-camp/");

    /// <summary>When Journal du Cameroun posted it: 21:54 in Douala on Sunday 17 March 2019.</summary>
    public static ZonedDateTime Posted { get; } =
        new LocalDateTime(2019, 3, 17, 21, 54).InZoneStrictly(DateTimeZoneProviders.Tzdb["Africa/Douala"]);

    // Actors.
    public static readonly ActorId Attackers = new("suspected-jihadists-dioura");
    public static readonly ActorId MalianArmy = new("malian-armed-forces");
    public static readonly ActorId MaliGovernment = new("mali-government");
    public static readonly ActorId AlQaedaLinked = new("al-qaeda-linked-extremists");
    public static readonly ActorId France = new("france");
    public static readonly ActorId SignatoryGroups = new("signatory-armed-groups");

    // Places.
    public static readonly PlaceId Mali = new("ml");
    public static readonly PlaceId Mopti = new("ml-mopti");
    public static readonly PlaceId Dioura = new("dioura");
    public static readonly PlaceId DiouraCamp = new("dioura-army-camp");
    public static readonly PlaceId NorthernMali = new("northern-mali");

    // Sources and reports.
    public static readonly SourceId Afp = new("afp");
    public static readonly SourceId JournalDuCameroun = new("journal-du-cameroun");
    public static readonly SourceId MilitarySources = new("military-and-security-sources");
    public static readonly SourceId MilitarySource = new("military-source");
    public static readonly SourceId SecondMilitarySource = new("second-military-source");
    public static readonly SourceId MalianSecuritySource = new("malian-security-source");
    public static readonly SourceId ForeignSecuritySource = new("foreign-security-source");
    public static readonly SourceId Villagers = new("local-villagers");
    public static readonly SourceId Residents = new("local-residents");
    public static readonly SourceId President = new("ibrahim-boubacar-keita");
    public static readonly SourceId Un = new("un");
    public static readonly ReportId AfpDispatch = new("afp-2019-03-17-dioura");
    public static readonly ReportId Relayed = new("jdc-2019-03-17-dioura");

    // Events.
    public static readonly EventId Raid = new("raid-on-dioura-camp");
    public static readonly EventId Takeover2012 = new("extremists-take-northern-mali-2012");
    public static readonly EventId Serval = new("french-led-operation-2013");
    public static readonly EventId PeaceAgreement = new("peace-agreement-2015");

    // Claims.
    public static readonly ClaimId AfpRaid = new("afp-raid-at-dawn");
    public static readonly ClaimId SourcesEight = new("sources-at-least-eight-dead");
    public static readonly ClaimId MilitaryManyDead = new("military-many-soldiers-dead-or-missing");
    public static readonly ClaimId SecurityEight = new("security-at-least-eight-dead");
    public static readonly ClaimId SecurityDeadMissingWounded = new("security-dead-missing-wounded");
    public static readonly ClaimId VillagersFifteenTroops = new("villagers-up-to-fifteen-troops");
    public static readonly ClaimId SecondSourceFoughtBack = new("second-source-troops-fought-back");
    public static readonly ClaimId SecondSourceFourBodies = new("second-source-four-bodies");
    public static readonly ClaimId SecondSourceNoToll = new("second-source-no-exact-toll");
    public static readonly ClaimId ResidentsFifteen = new("residents-at-least-fifteen-killed");
    public static readonly ClaimId PresidentUnited = new("president-united-against-terrible-acts");
    public static readonly ClaimId AfpTakeover2012 = new("afp-extremists-took-north-2012");
    public static readonly ClaimId AfpServal = new("afp-french-led-operation-2013");
    public static readonly ClaimId AfpPeaceAgreement = new("afp-peace-agreement-2015");
    public static readonly ClaimId UnAttacks = new("un-237-attacks-2018");

    /// <summary>The kind of the UN's count: attacks, not people.</summary>
    public static readonly FigureKind Attacks = new("attacks");

    /// <summary>Codes the whole report.</summary>
    /// <returns>A new dossier; every call returns an equal one.</returns>
    public static Dossier Build()
    {
        var b = new DossierBuilder();
        var en = LanguageTag.English;

        // Who fights. The attackers are unnamed: "suspected jihadists", coded as the report names them.
        b.AddActor(Attackers.Value, "Suspected jihadists (Dioura raid)", ActorKind.JihadistGroup, en, "ML", aliases: ["gunmen", "the attackers"]);
        b.AddActor(MalianArmy.Value, "Malian army", ActorKind.StateForces, en, "ML", aliases: ["troops", "soldiers"]);
        b.AddActor(MaliGovernment.Value, "Government of Mali", ActorKind.StateForces, en, "ML");
        b.AddActor(AlQaedaLinked.Value, "Extremists linked to Al-Qaeda", ActorKind.JihadistGroup, en, "ML");
        b.AddActor(France.Value, "France", ActorKind.ForeignForces, en, "FR");
        b.AddActor(SignatoryGroups.Value, "Armed groups party to the 2015 agreement", ActorKind.RebelGroup, en, "ML");

        // Where: points from GeoNames; the camp is placed at the village.
        b.Add(new Place(Mali, new NameSet("Mali", en), PlaceKind.Country, location: new GeoPoint(17.0, -4.0),
            precision: SpatialPrecision.CountryCentroid, codes: new PlaceCodes("ML", 2453866)));
        b.Add(new Place(Mopti, new NameSet("Mopti region", en), PlaceKind.Region, Mali, new GeoPoint(14.5, -3.5),
            SpatialPrecision.ProvinceCentroid, new PlaceCodes("ML-5")));
        b.Add(new Place(Dioura, new NameSet("Dioura", en), PlaceKind.Village, Mopti, new GeoPoint(14.8489, -5.2508), SpatialPrecision.Exact));
        b.Add(new Place(DiouraCamp, new NameSet("Dioura army camp", en), PlaceKind.MilitaryBase, Dioura, new GeoPoint(14.8489, -5.2508),
            SpatialPrecision.Near));
        b.Add(new Place(NorthernMali, new NameSet("Mali's desert north", en), PlaceKind.Region, Mali));

        // Who speaks: one agency, the site that relayed it, and the voices the agency quotes.
        b.AddSource(Afp.Value, "Agence France-Presse (AFP)", SourceKind.NewsAgency, Reliability.B);
        b.AddSource(JournalDuCameroun.Value, "Journal du Cameroun", SourceKind.NewsOutlet, Reliability.C);
        b.Add(new Source(MilitarySources, new NameSet("military and security sources", en), SourceKind.Anonymous, Reliability.C,
            isPartyToConflict: true, role: SourceRole.Official, count: SourceCount.Several));
        b.Add(new Source(MilitarySource, new NameSet("a military source", en), SourceKind.Anonymous, Reliability.C,
            isPartyToConflict: true, role: SourceRole.Member, memberOf: MalianArmy));
        b.Add(new Source(SecondMilitarySource, new NameSet("a second military source", en), SourceKind.Anonymous, Reliability.C,
            isPartyToConflict: true, role: SourceRole.Member, memberOf: MalianArmy));
        b.Add(new Source(MalianSecuritySource, new NameSet("a Malian security source", en), SourceKind.Anonymous, Reliability.C,
            isPartyToConflict: true, role: SourceRole.Official, affiliation: "Malian security services"));
        b.Add(new Source(ForeignSecuritySource, new NameSet("a foreign security source", en), SourceKind.Anonymous, Reliability.C,
            role: SourceRole.Official, affiliation: "foreign security services"));
        b.Add(new Source(Villagers, new NameSet("local villagers", en), SourceKind.Anonymous, Reliability.F,
            role: SourceRole.Resident, place: Dioura, count: SourceCount.Several));
        b.Add(new Source(Residents, new NameSet("local residents", en), SourceKind.Anonymous, Reliability.F,
            role: SourceRole.Resident, place: Dioura, count: SourceCount.Several));
        b.AddSource(President.Value, "Ibrahim Boubacar Keita", SourceKind.NamedOfficial, Reliability.C, isPartyToConflict: true,
            speaksFor: MaliGovernment);
        b.AddSource(Un.Value, "United Nations", SourceKind.IntergovernmentalOrganization, Reliability.B);

        // AFP's dispatch is known through the relay only: its day, not its time.
        b.Add(new Report(AfpDispatch, Afp, Posted, en, Title, isPublishedTimeKnown: false));
        b.Add(new Report(Relayed, JournalDuCameroun, Posted, en, Title, Address));

        var sunday = RelativeDates.Resolve("Sunday", Posted);
        var dawn = RelativeDates.TryResolveTimeOfDay("at dawn", out var time) ? time : throw new InvalidOperationException("at dawn");

        // Events.
        b.Add(new ConflictEvent(Raid, EventType.Battles, FuzzyDate.OnDay(sunday), DiouraCamp, SubEventType.ArmedClash,
            participants: [new Participant(Attackers, ParticipantRole.SideA), new Participant(MalianArmy, ParticipantRole.SideB)],
            claims: [AfpRaid, SourcesEight, SecurityEight, SecondSourceFoughtBack, SecondSourceFourBodies, ResidentsFifteen],
            description: "Suspected jihadists in cars and on motorbikes storm the Dioura army camp; the troops fight back.",
            time: dawn));
        b.Add(new ConflictEvent(Takeover2012, EventType.Battles, FuzzyDate.Between(new LocalDate(2012, 1, 1), new LocalDate(2012, 4, 30)),
            NorthernMali, SubEventType.NonStateActorOvertakesTerritory,
            participants: [new Participant(AlQaedaLinked, ParticipantRole.SideA)],
            outcomes: [new ControlChange(NorthernMali, null, AlQaedaLinked)],
            claims: [AfpTakeover2012],
            description: "Extremists linked to Al-Qaeda take control of Mali's desert north."));
        b.Add(new ConflictEvent(Serval, EventType.Battles, FuzzyDate.InMonth(new YearMonth(2013, 1)), NorthernMali,
            SubEventType.GovernmentRegainsTerritory,
            participants: [new Participant(France, ParticipantRole.SideA), new Participant(AlQaedaLinked, ParticipantRole.SideB)],
            claims: [AfpServal],
            description: "A French-led military operation launched in January 2013 largely drives the extremists out of the north."));
        b.Add(new ConflictEvent(PeaceAgreement, EventType.StrategicDevelopments, FuzzyDate.InMonth(new YearMonth(2015, 6)), Mali,
            SubEventType.Agreement,
            participants: [new Participant(MaliGovernment, ParticipantRole.SideA), new Participant(SignatoryGroups, ParticipantRole.SideB)],
            claims: [AfpPeaceAgreement],
            description: "Mali's government signs a peace agreement with some armed groups."));

        // The chains: AFP's dispatch, relayed by Journal du Cameroun; voices quoted by AFP; voices quoted by those voices.
        Relay[] viaSite = [new Relay(JournalDuCameroun, Relayed)];
        Relay[] viaAfp = [new Relay(Afp, AfpDispatch), .. viaSite];
        Relay[] Via(SourceId source) => [new Relay(source), .. viaAfp];
        Quote Q(string words) => new(words, en);
        var soldiers = FigureSubject.OfActor(MalianArmy);

        b.AddClaim(AfpRaid.Value, new EventAssertion(Raid), new Attribution(Afp, AttributionMode.Stated, viaSite), Relayed,
            Q("the attackers stormed Dioura army camp in the Mopti region at dawn"), credibility: Credibility.ProbablyTrue);

        // The tolls, as each voice gives it.
        b.AddClaim(SourcesEight.Value,
            new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(8), FuzzyDate.OnDay(sunday), "at least eight people"), Raid),
            new Attribution(MilitarySources, AttributionMode.Stated, viaAfp), Relayed,
            Q("Suspected jihadists killed at least eight people Sunday"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(MilitaryManyDead.Value,
            new StatementAssertion("Many soldiers are dead or missing.", [MalianArmy], [DiouraCamp]),
            new Attribution(MilitarySource, AttributionMode.Stated, viaAfp), Relayed, Q("many soldiers dead or missing"));
        b.AddClaim(SecurityEight.Value,
            new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(8), FuzzyDate.OnDay(sunday), "at least eight dead"), Raid),
            new Attribution(MalianSecuritySource, AttributionMode.Stated, viaAfp), Relayed,
            Q("a heavy toll of at least eight dead"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SecurityDeadMissingWounded.Value,
            new StatementAssertion("Soldiers are dead, others missing and others wounded.", [MalianArmy]),
            new Attribution(MalianSecuritySource, AttributionMode.Stated, viaAfp), Relayed,
            Q("There are dead soldiers, others are missing and still others are wounded"));
        // The security source passes on what villagers say and could not confirm it.
        b.AddClaim(VillagersFifteenTroops.Value,
            new FigureAssertion(new Figure(FigureKind.Killed, new AtMostCount(15), FuzzyDate.OnDay(sunday), "up to 15 troops", soldiers),
                Raid, partOf: SourcesEight),
            new Attribution(Villagers, AttributionMode.Reported, Via(MalianSecuritySource)), Relayed,
            Q("reports from local villagers that up to 15 troops had died"), credibility: Credibility.CannotBeJudged);
        b.AddClaim(SecondSourceFoughtBack.Value, new ParticipationAssertion(Raid, MalianArmy, ParticipantRole.SideB),
            new Attribution(SecondMilitarySource, AttributionMode.Stated, viaAfp), Relayed, Q("Our men responded"));
        b.AddClaim(SecondSourceFourBodies.Value,
            new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(4), FuzzyDate.OnDay(sunday), "at least four bodies"), Raid),
            new Attribution(SecondMilitarySource, AttributionMode.Observed, viaAfp), Relayed,
            Q("I saw at least four bodies on the ground"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(SecondSourceNoToll.Value,
            new StatementAssertion("There is no exact toll yet, but a lot of damage.", places: [DiouraCamp]),
            new Attribution(SecondMilitarySource, AttributionMode.Stated, viaAfp), Relayed,
            Q("We don't have an exact toll yet but there is a lot of damage"));
        b.AddClaim(ResidentsFifteen.Value,
            new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(15), FuzzyDate.OnDay(sunday), "at least 15 people"), Raid),
            new Attribution(Residents, AttributionMode.Estimated, Via(ForeignSecuritySource)), Relayed,
            Q("local residents estimated at least 15 people had been killed"), credibility: Credibility.PossiblyTrue);
        b.AddClaim(PresidentUnited.Value,
            new StatementAssertion("The Malian people are united against terrible acts; no death toll given.", [MaliGovernment]),
            new Attribution(President, AttributionMode.Stated, viaAfp), Relayed, Q("united against terrible acts"));

        // AFP's background.
        b.AddClaim(AfpTakeover2012.Value, new EventAssertion(Takeover2012), new Attribution(Afp, AttributionMode.Stated, viaSite), Relayed,
            Q("Extremists linked to Al-Qaeda took control of Mali's desert north in early 2012"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpServal.Value, new EventAssertion(Serval), new Attribution(Afp, AttributionMode.Stated, viaSite), Relayed,
            Q("a French-led military operation launched in January 2013"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(AfpPeaceAgreement.Value, new EventAssertion(PeaceAgreement), new Attribution(Afp, AttributionMode.Stated, viaSite), Relayed,
            Q("In June 2015, Mali's government signed a peace agreement with some armed groups"), credibility: Credibility.ProbablyTrue);
        b.AddClaim(UnAttacks.Value,
            new FigureAssertion(new Figure(Attacks, new ExactCount(237), text: "237 attacks",
                period: new ValidityInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31))), place: Mali),
            new Attribution(Un, AttributionMode.Reported, viaAfp), Relayed,
            Q("Mali which suffered 237 attacks in 2018, UN figures show"), credibility: Credibility.ProbablyTrue);

        return b.Build();
    }
}
