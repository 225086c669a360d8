using NodaTime;

namespace ConflictModel.Tests.Dossiers;

/// <summary>
/// A dossier coded by hand from the Boukamal dispatch (AFP, 9 November 2017), with the claims the
/// query tests need: first-hand and relayed claims, a source and its director, a party's
/// self-reported claim, and two figures for the same count that cannot both be true.
/// </summary>
internal static class BoukamalFixture
{
    internal static readonly LocalDate Thursday = new(2017, 11, 9);
    internal static readonly LocalDate Wednesday = new(2017, 11, 8);

    internal static readonly ActorId IslamicState = new("islamic-state");
    internal static readonly ActorId SyrianArmy = new("syrian-army");
    internal static readonly ActorId Hezbollah = new("hezbollah");
    internal static readonly ActorId Hachd = new("hachd-al-chaabi");

    internal static readonly PlaceId Syria = new("sy");
    internal static readonly PlaceId DeirEzzor = new("sy-deir-ezzor");
    internal static readonly PlaceId Boukamal = new("boukamal");
    internal static readonly PlaceId Rawa = new("rawa");
    internal static readonly PlaceId OilField = new("deir-ezzor-oil-field");

    internal static readonly SourceId Afp = new("afp");
    internal static readonly SourceId AfpCorrespondent = new("afp-correspondent");
    internal static readonly SourceId Army = new("syrian-army-command");
    internal static readonly SourceId Osdh = new("osdh");
    internal static readonly SourceId OsdhDirector = new("rami-abdel-rahmane");
    internal static readonly SourceId Un = new("un");
    internal static readonly SourceId MilitiaSource = new("pro-regime-militia-source");

    internal static readonly ReportId Dispatch = new("afp-2017-11-09");
    internal static readonly EventId Capture = new("capture-of-boukamal");
    internal static readonly EventId Encirclement = new("encirclement-of-boukamal");
    internal static readonly EventId Displacement = new("displacement-deir-ezzor");

    internal static readonly ClaimId AfpLost = new("afp-is-lost-boukamal");
    internal static readonly ClaimId ArmyLiberated = new("army-liberated-boukamal");
    internal static readonly ClaimId OsdhHezbollah = new("osdh-hezbollah-led");
    internal static readonly ClaimId DirectorHezbollah = new("director-hezbollah-backbone");
    internal static readonly ClaimId MilitiaHezbollah = new("militia-hezbollah-crossed");
    internal static readonly ClaimId UnDisplaced = new("un-120000-displaced");
    internal static readonly ClaimId OtherDisplaced = new("osdh-50000-displaced");
    internal static readonly ClaimId OsdhRawa = new("osdh-is-holds-rawa");
    internal static readonly ClaimId IsDenies = new("is-denies-loss");

    internal static ZonedDateTime Published { get; } =
        new LocalDateTime(2017, 11, 9, 19, 30).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);

    internal static DossierBuilder Builder()
    {
        var b = new DossierBuilder();
        b.AddActor(IslamicState.Value, "Etat islamique", ActorKind.JihadistGroup, LanguageTag.French, aliases: ["EI", "Daech"]);
        b.AddActor(SyrianArmy.Value, "Armée syrienne", ActorKind.StateForces, LanguageTag.French, "SY");
        b.AddActor(Hezbollah.Value, "Hezbollah", ActorKind.PoliticalMilitia, country: "LB");
        b.AddActor(Hachd.Value, "Hachd al-Chaabi", ActorKind.PoliticalMilitia, country: "IQ", aliases: ["PMF"]);

        b.AddPlace(Syria.Value, "Syrie", PlaceKind.Country);
        b.AddPlace(DeirEzzor.Value, "Deir Ezzor", PlaceKind.Governorate, Syria);
        b.AddPlace(Boukamal.Value, "Boukamal", PlaceKind.City, DeirEzzor, new GeoPoint(34.4506, 40.9189), SpatialPrecision.Exact);
        b.AddPlace(Rawa.Value, "Rawa", PlaceKind.Town);
        b.AddPlace(OilField.Value, "champ pétrolier", PlaceKind.OilField, DeirEzzor);

        b.AddSource(Afp.Value, "AFP", SourceKind.NewsAgency, Reliability.B);
        b.AddSource(AfpCorrespondent.Value, "correspondant de l'AFP", SourceKind.Correspondent, Reliability.B, organization: Afp);
        b.AddSource(Army.Value, "armée syrienne", SourceKind.PartyStatement, Reliability.C, isPartyToConflict: true, speaksFor: SyrianArmy);
        b.AddSource(Osdh.Value, "OSDH", SourceKind.NgoMonitor, Reliability.B);
        b.AddSource(OsdhDirector.Value, "Rami Abdel Rahmane", SourceKind.NamedOfficial, Reliability.B, organization: Osdh);
        b.AddSource(Un.Value, "ONU", SourceKind.IntergovernmentalOrganization, Reliability.B);
        b.AddSource(MilitiaSource.Value, "source auprès des milices prorégime", SourceKind.Anonymous, Reliability.F,
            isPartyToConflict: true, affiliation: "milices prorégime");

        b.Add(new Report(Dispatch, Afp, Published, LanguageTag.French, "Syrie: l'EI perd Boukamal"));

        b.Add(new ConflictEvent(Encirclement, EventType.Battles, FuzzyDate.OnDay(Wednesday), Boukamal, SubEventType.ArmedClash,
            participants: [new Participant(Hezbollah, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB)]));
        b.Add(new ConflictEvent(Capture, EventType.Battles, FuzzyDate.OnDay(Thursday), Boukamal, SubEventType.GovernmentRegainsTerritory,
            participants: [new Participant(SyrianArmy, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB)],
            outcomes: [new ControlChange(Boukamal, IslamicState, SyrianArmy)],
            claims: [AfpLost]));
        b.Add(new ConflictEvent(Displacement, EventType.Displacement, FuzzyDate.Between(new LocalDate(2017, 10, 19), Thursday), DeirEzzor));

        var viaAfp = new[] { new Relay(Afp, Dispatch) };
        b.AddClaim(AfpLost.Value, new ControlChangeAssertion(Boukamal, IslamicState, SyrianArmy, FuzzyDate.OnDay(Thursday), Capture),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim(ArmyLiberated.Value, new EventAssertion(Capture), new Attribution(Army, AttributionMode.Stated, viaAfp), Dispatch,
            new Quote("ont libéré Boukamal", LanguageTag.French), new Wording("libéré", "captured"));
        b.AddClaim(OsdhHezbollah.Value, new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.Supporting),
            new Attribution(Osdh, AttributionMode.Reported, viaAfp), Dispatch);
        b.AddClaim(DirectorHezbollah.Value, new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.Supporting),
            new Attribution(OsdhDirector, AttributionMode.Stated, viaAfp), Dispatch);
        b.AddClaim(MilitiaHezbollah.Value, new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.Supporting),
            new Attribution(MilitiaSource, AttributionMode.Stated, viaAfp), Dispatch);
        b.AddClaim(UnDisplaced.Value,
            new FigureAssertion(new Figure(FigureKind.Displaced, new ApproximateCount(120_000), text: "quelque 120.00 personnes"), Displacement),
            new Attribution(Un, AttributionMode.Reported, viaAfp), Dispatch);
        b.AddClaim(OtherDisplaced.Value,
            new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(50_000)), Displacement),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        b.AddClaim(OsdhRawa.Value, new ControlAssertion(Rawa, IslamicState, FuzzyDate.OnDay(Thursday)),
            new Attribution(Osdh, AttributionMode.Stated, viaAfp), Dispatch);
        b.AddClaim(IsDenies.Value, new EventAssertion(Capture), new Attribution(new SourceId("amaq"), AttributionMode.Denied));
        return b;
    }

    internal static Dossier Build() => Builder().Build();
}
