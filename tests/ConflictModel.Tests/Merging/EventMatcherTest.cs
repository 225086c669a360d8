using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Merging;
using NodaTime;

namespace ConflictModel.Tests.Merging;

public class EventMatcherTest(ITestOutputHelper output)
{
    private static readonly LocalDate November9 = new(2017, 11, 9);

    private static Place At(string id, double lat, double lon, SpatialPrecision precision = SpatialPrecision.Exact) =>
        new(new PlaceId(id), new NameSet(id), PlaceKind.Town, location: new GeoPoint(lat, lon), precision: precision);

    private static ConflictEvent Event(string id, EventType type, FuzzyDate date, string place, params string[] actors) =>
        new(new EventId(id), type, date, new PlaceId(place), participants: actors.Select((a, k) => new Participant(new ActorId(a), k == 0 ? ParticipantRole.SideA : ParticipantRole.SideB)));

    // An ACLED-shaped and a UCDP-shaped account of November 2017 on the Syrian-Iraqi border.
    private static Dossier Acled() => new(
        places: [At("boukamal", 34.4506, 40.9189), At("rawa", 34.4806, 41.9175), At("mayadin", 35.0207, 40.4518)],
        events:
        [
            Event("acled-syr-1", EventType.Battles, FuzzyDate.OnDay(November9), "boukamal"),
            Event("acled-syr-2", EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(new LocalDate(2017, 11, 12)), "mayadin"),
            Event("acled-irq-1", EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 17)), "rawa"),
        ]);

    private static Dossier Ucdp() => new(
        places: [At("abu-kamal", 34.4516, 40.9175), At("rawa-district", 34.40, 41.80, SpatialPrecision.DistrictCentroid), At("hajin", 34.6939, 40.8306)],
        events:
        [
            Event("ged-1", EventType.Battles, FuzzyDate.OnDay(November9), "abu-kamal"),
            Event("ged-2", EventType.Battles, FuzzyDate.Between(new LocalDate(2017, 11, 16), new LocalDate(2017, 11, 18)), "rawa-district"),
            Event("ged-3", EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 20)), "hajin"),
        ]);

    [Fact]
    public void Match_AcledAndUcdpOfTheSameMonth_PairsTheSameBattlesAndLeavesTheOthers()
    {
        var result = EventMatcher.Default.Match(Acled(), Ucdp());

        result.Matches.Select(m => (m.Left.Value, m.Right.Value)).Should().Equal(("acled-syr-1", "ged-1"), ("acled-irq-1", "ged-2"));
        result.UnmatchedLeft.Select(e => e.Value).Should().Equal("acled-syr-2");
        result.UnmatchedRight.Select(e => e.Value).Should().Equal("ged-3");
    }

    [Fact]
    public void Match_SameDayAndPoint_GivesEvidenceForDatesPlaceAndType()
    {
        var match = EventMatcher.Default.Match(Acled(), Ucdp()).Matches[0];

        match.Evidence.Select(e => e.Kind).Should().Equal(MatchEvidenceKind.SameDates, MatchEvidenceKind.Nearby, MatchEvidenceKind.CompatibleTypes);
        match.Evidence[0].Detail.Should().Be("both 2017-11-09");
        match.Evidence[1].Detail.Should().StartWith("0.2 km apart");
        match.Evidence[2].Detail.Should().Be("both battles");
        // 0.35 (same day) + 0.35 × (1 − 0.5 × 0.17/10) + 0.2 (same type) + 0.05 (actors not compared).
        match.Score.Should().BeInRange(0.94, 0.95);
    }

    [Fact]
    public void Match_RangeOfDaysAtADistrictCentroid_MatchesTheDayInsideIt()
    {
        var match = EventMatcher.Default.Match(Acled(), Ucdp()).Matches[1];

        match.Evidence[0].Kind.Should().Be(MatchEvidenceKind.SameDates);
        match.Evidence[0].Detail.Should().Be("2017-11-17 and 2017-11-16/2017-11-18 overlap");
        match.Evidence[1].Detail.Should().Contain("beyond the points' imprecision");
    }

    [Fact]
    public void Match_DatesFurtherApartThanTheTolerance_DoNotMatch()
    {
        var left = new Dossier(places: [At("boukamal", 34.4506, 40.9189)], events: [Event("a", EventType.Battles, FuzzyDate.OnDay(November9), "boukamal")]);
        var right = new Dossier(places: [At("boukamal", 34.4506, 40.9189)], events: [Event("b", EventType.Battles, FuzzyDate.OnDay(November9.PlusDays(2)), "boukamal")]);

        EventMatcher.Default.Match(left, right).Matches.Should().BeEmpty();
        new EventMatcher(new EventMatchOptions { Days = 2 }).Match(left, right).Matches.Should().ContainSingle()
            .Which.Evidence[0].Should().Be(new MatchEvidence(MatchEvidenceKind.NearDates, 0.175, "2017-11-09 and 2017-11-11 are 2 days apart"));
    }

    [Fact]
    public void Match_IncompatibleTypes_DoNotMatchWhileRelatedTypesDo()
    {
        var left = new Dossier(places: [At("p", 34.45, 40.92)],
            events: [Event("protest", EventType.Protests, FuzzyDate.OnDay(November9), "p"), Event("strike", EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(November9), "p")]);
        var right = new Dossier(places: [At("p", 34.45, 40.92)], events: [Event("battle", EventType.Battles, FuzzyDate.OnDay(November9), "p")]);

        var result = EventMatcher.Default.Match(left, right);

        var match = result.Matches.Should().ContainSingle().Subject;
        match.Left.Value.Should().Be("strike");
        match.Evidence.Single(e => e.Kind == MatchEvidenceKind.CompatibleTypes).Detail.Should().Be("explosions-remote-violence ~ battles");
        new EventMatcher(new EventMatchOptions { Types = EventTypeCompatibility.Identical }).Match(left, right).Matches.Should().BeEmpty();
    }

    [Fact]
    public void Match_PlaceFarBeyondTheTolerance_DoesNotMatch()
    {
        var left = new Dossier(places: [At("boukamal", 34.4506, 40.9189)], events: [Event("a", EventType.Battles, FuzzyDate.OnDay(November9), "boukamal")]);
        var right = new Dossier(places: [At("mayadin", 35.0207, 40.4518)], events: [Event("b", EventType.Battles, FuzzyDate.OnDay(November9), "mayadin")]);

        EventMatcher.Default.Match(left, right).Matches.Should().BeEmpty();
    }

    [Fact]
    public void Match_OneToOneAndOneToMany_TakeOneOrEveryEventOfTheSecondInput()
    {
        var left = new Dossier(places: [At("p", 34.45, 40.92)], events: [Event("report", EventType.Battles, FuzzyDate.OnDay(November9), "p")]);
        var right = new Dossier(places: [At("p", 34.45, 40.92)],
            events: [Event("row-1", EventType.Battles, FuzzyDate.OnDay(November9), "p"), Event("row-2", EventType.Battles, FuzzyDate.OnDay(November9), "p")]);

        EventMatcher.Default.Match(left, right).Matches.Select(m => m.Right.Value).Should().Equal("row-1");
        new EventMatcher(new EventMatchOptions { Policy = EventMatchPolicy.OneToMany }).Match(left, right).Matches.Select(m => m.Right.Value)
            .Should().Equal("row-1", "row-2");
    }

    [Fact]
    public void Match_PlacesAndActorsResolved_SaySamePlaceAndSharedActors()
    {
        var left = new Dossier(
            actors: [new Actor(new ActorId("syrian-army"), new NameSet("Armée syrienne"), ActorKind.StateForces, "SY"), new Actor(new ActorId("islamic-state"), new NameSet("Etat islamique"), ActorKind.JihadistGroup)],
            places: [new Place(new PlaceId("boukamal"), new NameSet("Boukamal"), PlaceKind.City)],
            events: [Event("capture", EventType.Battles, FuzzyDate.OnDay(November9), "boukamal", "syrian-army", "islamic-state")]);
        var right = new Dossier(
            actors: [new Actor(new ActorId("is-syria"), new NameSet("Islamic State (Syria)"), ActorKind.JihadistGroup), new Actor(new ActorId("sdf"), new NameSet("Syrian Democratic Forces"), ActorKind.RebelGroup)],
            places: [new Place(new PlaceId("abu-kamal"), new NameSet("Abu Kamal"), PlaceKind.City)],
            events: [Event("ged-9", EventType.Battles, FuzzyDate.OnDay(November9), "abu-kamal", "is-syria", "sdf")]);
        var places = EntityResolver.Default.ResolvePlaces(right.Places, left.Places);
        var actors = EntityResolver.Default.ResolveActors(right.Actors, left.Actors);

        var match = EventMatcher.Default.Match(left, right, places, actors).Matches.Should().ContainSingle().Subject;

        match.Evidence.Select(e => e.Kind).Should().Equal(MatchEvidenceKind.SameDates, MatchEvidenceKind.SamePlace, MatchEvidenceKind.CompatibleTypes, MatchEvidenceKind.SharedActors);
        match.Evidence[1].Detail.Should().Be("both at boukamal");
        match.Evidence[3].Detail.Should().Be("both name islamic-state");
        match.Score.Should().BeApproximately(1.0, 1e-9);
    }

    [Fact]
    public void Match_NearbyEventsOfRelatedTypesNamingNoActorInCommon_DoNotMatch()
    {
        // A crossing of the border by one militia, and an offensive of another told at the province's centroid 70 km away in
        // the same week: the dates overlap, the places are close enough for a province and the types are related, but each
        // names who took part and they share no one (0.62 without that, above the 0.6 a match needs).
        var left = new Dossier(
            actors: [new Actor(new ActorId("sdf"), new NameSet("Syrian Democratic Forces"), ActorKind.RebelGroup, "SY")],
            places: [At("deir-ezzor", 35.0, 40.5, SpatialPrecision.ProvinceCentroid)],
            events: [Event("offensive", EventType.Battles, FuzzyDate.InWeekOf(November9), "deir-ezzor", "sdf")]);
        var right = new Dossier(
            actors: [new Actor(new ActorId("pmf"), new NameSet("Popular Mobilisation Forces"), ActorKind.PoliticalMilitia, "IQ")],
            places: [At("border", 34.4523, 40.9185, SpatialPrecision.Near)],
            events: [Event("crossing", EventType.StrategicDevelopments, FuzzyDate.Between(November9.PlusDays(-7), November9.PlusDays(-1)), "border", "pmf")]);
        var places = EntityResolver.Default.ResolvePlaces(right.Places, left.Places);
        var actors = EntityResolver.Default.ResolveActors(right.Actors, left.Actors);

        var result = EventMatcher.Default.Match(left, right, places, actors);

        result.Matches.Should().BeEmpty("naming no actor in common weighs against the match");
        result.UnmatchedLeft.Should().ContainSingle();
    }

    [Fact]
    public void Match_WithoutPointsOrResolution_DoesNotMatchOnDateAndTypeAlone()
    {
        var left = new Dossier(places: [new Place(new PlaceId("a"), new NameSet("A"), PlaceKind.Town)], events: [Event("x", EventType.Battles, FuzzyDate.OnDay(November9), "a")]);
        var right = new Dossier(places: [new Place(new PlaceId("b"), new NameSet("B"), PlaceKind.Town)], events: [Event("y", EventType.Battles, FuzzyDate.OnDay(November9), "b")]);

        // 0.35 + 0.35 × 0.3 + 0.2 + 0.05 = 0.705 ≥ 0.6: the same day and type at unknown places is a weak match that the threshold lets through…
        EventMatcher.Default.Match(left, right).Matches.Should().ContainSingle().Which.Score.Should().BeApproximately(0.705, 1e-9);
        // …and a stricter threshold refuses.
        new EventMatcher(new EventMatchOptions { MinScore = 0.8 }).Match(left, right).Matches.Should().BeEmpty();
    }

    [Fact]
    public void Match_MonthPrecisionDate_MatchesADayInTheMonth()
    {
        var left = new Dossier(places: [At("p", 34.45, 40.92)], events: [Event("day", EventType.Battles, FuzzyDate.OnDay(November9), "p")]);
        var right = new Dossier(places: [At("p", 34.45, 40.92)], events: [Event("month", EventType.Battles, FuzzyDate.InMonth(new YearMonth(2017, 11)), "p")]);

        var match = EventMatcher.Default.Match(left, right).Matches.Should().ContainSingle().Subject;

        match.Evidence[0].Should().Be(new MatchEvidence(MatchEvidenceKind.SameDates, 0.28, "2017-11-09 and 2017-11 overlap"));
        EventMatcher.Default.Match(right, left).Matches.Should().ContainSingle();
    }

    [Fact]
    public void Match_EventAtAProvinceTheOtherPlaceLiesIn_MatchesWhateverTheCentroidsDistance()
    {
        var anbar = new Place(new PlaceId("anbar"), new NameSet("Al Anbar"), PlaceKind.Governorate);
        var left = new Dossier(
            places: [anbar, new Place(new PlaceId("akashat"), new NameSet("Akashat"), PlaceKind.Town, parent: anbar.Id, location: new GeoPoint(33.799, 40.604), precision: SpatialPrecision.Exact)],
            events: [Event("raid", EventType.Battles, FuzzyDate.OnDay(November9), "akashat")]);
        // The centroid of Anbar is 140 km from Akashat: more than a province's imprecision of 100 km and the tolerance of 10.
        var right = new Dossier(places: [At("anbar-province", 33.35, 42.10, SpatialPrecision.ProvinceCentroid)],
            events: [Event("ged", EventType.Battles, FuzzyDate.OnDay(November9), "anbar-province")]);
        var places = EntityResolver.Default.ResolvePlaces([new Place(new PlaceId("anbar-province"), new NameSet("Anbar province"), PlaceKind.Governorate)], left.Places);

        EventMatcher.Default.Match(left, right).Matches.Should().BeEmpty();
        var match = EventMatcher.Default.Match(left, right, places).Matches.Should().ContainSingle().Subject;

        match.Evidence[1].Should().Be(new MatchEvidence(MatchEvidenceKind.WithinPlace, 0.175, "akashat lies in anbar"));
        match.Score.Should().BeApproximately(0.35 + 0.175 + 0.2 + 0.05, 1e-9);
    }

    [Fact]
    public void Match_TwoLikeCandidates_TakesTheOneWhoseTollAgrees()
    {
        var day = FuzzyDate.OnDay(November9);
        ConflictEvent Strike(string id, int killed, string place) => new(new EventId(id), EventType.ExplosionsRemoteViolence, day, new PlaceId(place),
            figures: [new Figure(FigureKind.Killed, new ExactCount(killed))]);
        var left = new Dossier(places: [At("p", 35.6483, 36.6739)], events: [Strike("no-deaths", 0, "p"), Strike("four-civilians", 4, "p")]);
        var right = new Dossier(places: [At("q", 35.6483, 36.6739)],
            events: [new ConflictEvent(new EventId("ged"), EventType.Battles, day, new PlaceId("q"), figures: [new Figure(FigureKind.Killed, new CountEstimate(3, 4, 6))])]);

        var match = EventMatcher.Default.Match(left, right).Matches.Should().ContainSingle().Subject;

        match.Left.Value.Should().Be("four-civilians");
        match.Evidence[^1].Should().Be(new MatchEvidence(MatchEvidenceKind.AgreeingTolls, 0.05, "tolls of 4 and 3 / 4 / 6 killed can both be true"));
    }

    [Fact]
    public void Match_GeneratedGroundTruth_HasPrecisionAndRecallOfAtLeast95Percent()
    {
        var (left, right, truth) = GroundTruth(seed: 17, events: 3_000);

        var result = EventMatcher.Default.Match(left, right);

        var found = result.Matches.Select(m => (m.Left.Value, m.Right.Value)).ToHashSet();
        int correct = found.Count(truth.Contains);
        double precision = (double)correct / found.Count;
        double recall = (double)correct / truth.Count;
        output.WriteLine($"event matching on generated ground truth: {truth.Count} true pairs, {found.Count} found, precision {precision:0.000}, recall {recall:0.000}");
        precision.Should().BeGreaterThanOrEqualTo(0.95);
        recall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    /// <summary>
    /// Events of a month over Syria and Iraq; the second input re-reports most of them as another
    /// dataset would (a day off, a point a few kilometres off, an air strike coded as a battle, a
    /// district centroid), and adds events of its own.
    /// </summary>
    private static (Dossier Left, Dossier Right, HashSet<(string, string)> Truth) GroundTruth(int seed, int events)
    {
        var random = new Random(seed);
        var leftPlaces = new List<Place>();
        var rightPlaces = new List<Place>();
        var leftEvents = new List<ConflictEvent>();
        var rightEvents = new List<ConflictEvent>();
        var truth = new HashSet<(string, string)>();
        var start = new LocalDate(2017, 11, 1);
        for (int i = 0; i < events; i++)
        {
            double lat = 32 + (random.NextDouble() * 5);
            double lon = 36 + (random.NextDouble() * 8);
            var day = start.PlusDays(random.Next(30));
            var type = random.Next(3) == 0 ? EventType.ExplosionsRemoteViolence : EventType.Battles;
            leftPlaces.Add(At("l" + i, lat, lon));
            leftEvents.Add(Event("left-" + i, type, FuzzyDate.OnDay(day), "l" + i));
            if (random.Next(10) < 8)
            {
                // About 0.03 degrees is at most about 4 km.
                double rLat = lat + ((random.NextDouble() - 0.5) * 0.06);
                double rLon = lon + ((random.NextDouble() - 0.5) * 0.06);
                var precision = random.Next(5) == 0 ? SpatialPrecision.DistrictCentroid : SpatialPrecision.Exact;
                var rDay = random.Next(4) == 0 ? day.PlusDays(random.Next(2) == 0 ? -1 : 1) : day;
                var rType = type == EventType.ExplosionsRemoteViolence && random.Next(2) == 0 ? EventType.Battles : type;
                rightPlaces.Add(At("r" + i, rLat, rLon, precision));
                rightEvents.Add(Event("right-" + i, rType, FuzzyDate.OnDay(rDay), "r" + i));
                truth.Add(("left-" + i, "right-" + i));
            }
        }
        for (int i = 0; i < events / 5; i++)
        {
            // The second dataset's own events, elsewhere in the region.
            rightPlaces.Add(At("n" + i, 32 + (random.NextDouble() * 5), 36 + (random.NextDouble() * 8)));
            rightEvents.Add(Event("noise-" + i, EventType.Battles, FuzzyDate.OnDay(start.PlusDays(random.Next(30))), "n" + i));
        }
        return (new Dossier(places: leftPlaces, events: leftEvents), new Dossier(places: rightPlaces, events: rightEvents), truth);
    }
}
