using System.Linq;
using ConflictModel.Merging;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Tests.Merging;

/// <summary>
/// Every reference of a later input is renamed to the merged ids, and nothing an input says is
/// dropped on the way: figure subjects, a statement's places, a part's total, an event's time.
/// </summary>
public partial class DossierMergerTest
{
    private static readonly GeoPoint Halfaya = new(35.2600, 36.6056);

    private static Source Monitor(string id, string name, string? abbreviation = null)
    {
        var names = new NameSet(name);
        return new Source(new SourceId(id), abbreviation is null ? names : names.WithAbbreviation(abbreviation), SourceKind.NgoMonitor, Reliability.C);
    }

    /// <summary>The first input: an actor, a town and a claim whose id the second input also uses for another claim.</summary>
    private static Dossier Earlier() => new(
        actors: [new Actor(new ActorId("alpha"), new NameSet("Alpha Brigade"), ActorKind.RebelGroup, "SY")],
        places: [new Place(new PlaceId("halfaya"), new NameSet("Halfaya"), PlaceKind.Town, location: Halfaya, precision: SpatialPrecision.Exact)],
        sources: [Monitor("monitor", "Monitor")],
        claims:
        [
            new Claim(new ClaimId("total"), new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(5)), place: new PlaceId("halfaya")),
                new Attribution(new SourceId("monitor"), AttributionMode.Reported)),
        ]);

    /// <summary>The second input: the same actor and town under other ids, and claims and an event that refer to them.</summary>
    private static Dossier Later()
    {
        var brigade = new ActorId("alpha-bde");
        var town = new PlaceId("halfaya-town");
        var by = new Attribution(new SourceId("monitor"), AttributionMode.Reported);
        var day = new LocalDate(2018, 11, 9);
        return new Dossier(
            actors: [new Actor(brigade, new NameSet("Alpha Brigade"), ActorKind.RebelGroup, "SY")],
            places: [new Place(town, new NameSet("Halfaya"), PlaceKind.Town, location: Halfaya, precision: SpatialPrecision.Exact)],
            sources: [Monitor("monitor", "Monitor")],
            claims:
            [
                // The part comes before its total, whose id the first input already gave to another claim.
                new Claim(new ClaimId("part"), new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(3), subject: FigureSubject.OfActor(brigade)),
                    new EventId("strike"), partOf: new ClaimId("total")), by),
                new Claim(new ClaimId("total"), new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(7)), new EventId("strike")), by),
                new Claim(new ClaimId("said"), new StatementAssertion("The brigade holds the town.", [brigade], [town]), by),
            ],
            events:
            [
                new ConflictEvent(new EventId("strike"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(day), town,
                    SubEventType.AirOrDroneStrike, figures: [new Figure(FigureKind.Injured, new ExactCount(2), subject: FigureSubject.OfActor(brigade))],
                    claims: [new ClaimId("part"), new ClaimId("total")], time: DayTime.AtHour(6)),
            ]);
    }

    [Fact]
    public void Merge_LaterInputsReferences_AllRenamedAndNothingDropped()
    {
        var result = DossierMerger.Default.Merge(Earlier(), Later());

        var merged = result.Dossier;
        result.MergedId(1, new ActorId("alpha-bde")).Should().Be("alpha");
        result.MergedId(1, new PlaceId("halfaya-town")).Should().Be("halfaya");
        string total = result.MergedId(1, new ClaimId("total"))!;
        total.Should().NotBe("total", "the first input's claim \"total\" says something else");

        var part = (FigureAssertion)merged.Find(new ClaimId(result.MergedId(1, new ClaimId("part"))!))!.Assertion;
        part.PartOf.Should().Be(new ClaimId(total), "the part's total came later in its input and was renamed");
        part.Figure.Subject!.Actor.Should().Be(new ActorId("alpha"));
        var said = (StatementAssertion)merged.Find(new ClaimId(result.MergedId(1, new ClaimId("said"))!))!.Assertion;
        said.About.Should().Equal(new ActorId("alpha"));
        said.Places.Should().Equal(new PlaceId("halfaya"));
        var strike = merged.Find(new EventId(result.MergedId(1, new EventId("strike"))!))!;
        strike.Time.Should().Be(DayTime.AtHour(6));
        strike.Figures.Single().Subject!.Actor.Should().Be(new ActorId("alpha"));
        DossierValidator.Default.Validate(merged).Diagnostics.Should().NotContain(d => d.Code.StartsWith("CM2", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_MatchedEventWithATimeOnlyInTheLaterInput_KeepsTheTime()
    {
        var later = Later();
        var earlier = new Dossier(later.Actors, later.Alliances, later.Relations, later.Places, later.Sources, later.Reports, later.Claims,
            [later.Events[0].WithTime(null)]);

        var result = DossierMerger.Default.Merge(earlier, later);

        result.Dossier.Events.Should().ContainSingle().Which.Time.Should().Be(DayTime.AtHour(6));
    }

    [Fact]
    public void Merge_MatchedEventsOnDifferentDays_EachInputsClaimThatItHappenedTakesItsDay()
    {
        Dossier Told(string source, int day) => new(
            places: [new Place(new PlaceId("halfaya"), new NameSet("Halfaya"), PlaceKind.Town, location: Halfaya, precision: SpatialPrecision.Exact)],
            sources: [Monitor(source, source)],
            claims: [new Claim(new ClaimId(source + "-says"), new EventAssertion(new EventId(source + "-strike")), new Attribution(new SourceId(source), AttributionMode.Reported))],
            events:
            [
                new ConflictEvent(new EventId(source + "-strike"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(new LocalDate(2018, 11, day)),
                    new PlaceId("halfaya"), SubEventType.AirOrDroneStrike, claims: [new ClaimId(source + "-says")]),
            ]);

        var result = DossierMerger.Default.Merge(Told("first", 8), Told("second", 9));

        result.Matches.Should().ContainSingle("a day apart at one town");
        var merged = result.Dossier;
        ((EventAssertion)merged.Find(new ClaimId("first-says"))!.Assertion).When.Should().Be(FuzzyDate.OnDay(new LocalDate(2018, 11, 8)));
        ((EventAssertion)merged.Find(new ClaimId("second-says"))!.Assertion).When.Should().Be(FuzzyDate.OnDay(new LocalDate(2018, 11, 9)));
        DossierValidator.Default.Validate(merged).Diagnostics.Should().ContainSingle(d => d.Code == "CM6004")
            .Which.EntityIds.Should().Contain(["first-says", "second-says"]);
    }

    [Fact]
    public void Merge_MatchedEventsWhoseDatesOverlap_LeaveTheClaimsUndated()
    {
        var week = new Dossier(
            places: [new Place(new PlaceId("halfaya"), new NameSet("Halfaya"), PlaceKind.Town, location: Halfaya, precision: SpatialPrecision.Exact)],
            sources: [Monitor("first", "first")],
            claims: [new Claim(new ClaimId("says"), new EventAssertion(new EventId("strike")), new Attribution(new SourceId("first"), AttributionMode.Reported))],
            events: [new ConflictEvent(new EventId("strike"), EventType.ExplosionsRemoteViolence, FuzzyDate.InWeekOf(new LocalDate(2018, 11, 8)),
                new PlaceId("halfaya"), SubEventType.AirOrDroneStrike, claims: [new ClaimId("says")])]);
        var day = new Dossier(places: week.Places,
            events: [new ConflictEvent(new EventId("strike-9"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(new LocalDate(2018, 11, 9)),
                new PlaceId("halfaya"), SubEventType.AirOrDroneStrike)]);

        var result = DossierMerger.Default.Merge(week, day);

        result.Matches.Should().ContainSingle();
        ((EventAssertion)result.Dossier.Find(new ClaimId("says"))!.Assertion).When.Should().BeNull("the day lies in the week");
    }

    [Fact]
    public void Merge_MonitorsSharingAnAbbreviation_AreOneSource()
    {
        var a = new Dossier(sources: [Monitor("osdh", "Observatoire syrien des droits de l'Homme", "SOHR")]);
        var b = new Dossier(sources: [Monitor("sohr", "Syrian Observatory for Human Rights", "SOHR")]);

        var result = DossierMerger.Default.Merge(a, b);

        result.MergedId(1, new SourceId("sohr")).Should().Be("osdh");
        result.Dossier.Sources.Should().ContainSingle();
    }

    [Fact]
    public void Merge_NameSharedByTwoEarlierSources_MergesWithNeither()
    {
        var a = new Dossier(sources: [Monitor("first", "First Monitor", "FM"), Monitor("second", "Second Monitor", "FM")]);
        var b = new Dossier(sources: [Monitor("third", "Third Monitor", "FM")]);

        var result = DossierMerger.Default.Merge(a, b);

        result.Dossier.Sources.Should().HaveCount(3, "\"FM\" names two sources already: it says nothing about the third");
    }

    [Fact]
    public void Merge_AnonymousSourcesWithTheSameNamesAndAffiliation_StayApart()
    {
        // Two reports' "military source": nothing says they are one person.
        Source Anonymous(string id) => new(new SourceId(id), new NameSet("Military source").WithAbbreviation("MS"), SourceKind.Anonymous,
            isPartyToConflict: true, affiliation: "army");
        var a = new Dossier(sources: [Anonymous("first-source")]);
        var b = new Dossier(sources: [Anonymous("second-source")]);

        var result = DossierMerger.Default.Merge(a, b);

        result.Dossier.Sources.Should().HaveCount(2);
    }

    [Fact]
    public void Merge_SameAbbreviationOfSourcesOfDifferentKinds_KeepsThemApart()
    {
        var a = new Dossier(sources: [Monitor("un-monitor", "Union Network", "UN")]);
        var b = new Dossier(sources: [new Source(new SourceId("un"), new NameSet("United Nations").WithAbbreviation("UN"), SourceKind.IntergovernmentalOrganization)]);

        var result = DossierMerger.Default.Merge(a, b);

        result.Dossier.Sources.Should().HaveCount(2);
    }
}
