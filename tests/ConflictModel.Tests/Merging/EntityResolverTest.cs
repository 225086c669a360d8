using System;
using System.Linq;
using ConflictModel.Merging;

namespace ConflictModel.Tests.Merging;

public partial class EntityResolverTest
{
    // Boukamal's centre, and points about 1 km and about 40 km from it (0.36 degrees of latitude).
    private static readonly GeoPoint BoukamalPoint = new(34.4506, 40.9189);
    private static readonly GeoPoint OneKilometreAway = new(34.4596, 40.9189);

    private static Place Town(string id, string name, GeoPoint? at = null, PlaceCodes? codes = null, string? alias = null)
    {
        var names = new NameSet(name);
        if (alias is not null)
        {
            names = names.WithAlias(alias);
        }
        return new Place(new PlaceId(id), names, PlaceKind.Town, location: at, precision: at is null ? null : SpatialPrecision.Exact, codes: codes);
    }

    private static Actor Group(string id, string name, ActorKind kind, string? country = null, params string[] aliases)
    {
        var names = new NameSet(name);
        foreach (string alias in aliases)
        {
            names = names.WithAlias(alias);
        }
        return new Actor(new ActorId(id), names, kind, country);
    }

    private static Resolution<PlaceId> ResolveOne(Place incoming, params Place[] known) =>
        EntityResolver.Default.ResolvePlaces([incoming], known).Single();

    [Theory]
    [InlineData("Al-Bukamal", MatchEvidenceKind.SameKey)]
    [InlineData("al Boukamal", MatchEvidenceKind.SameKey)]
    [InlineData("Albu Kamal", MatchEvidenceKind.SameKey)]
    [InlineData("Abu Kamal", MatchEvidenceKind.SameSkeleton)]
    [InlineData("Abou Kamal", MatchEvidenceKind.SameSkeleton)]
    [InlineData("البوكمال", MatchEvidenceKind.SameSkeleton)]
    [InlineData("BOUKAMAL", MatchEvidenceKind.SameName)]
    public void ResolvePlaces_SpellingOfBoukamal_IsTheKnownTown(string spelling, MatchEvidenceKind expected)
    {
        var known = Town("boukamal", "Boukamal", BoukamalPoint);

        var resolution = ResolveOne(Town("incoming", spelling), known);

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Target.Should().Be(new PlaceId("boukamal"));
        resolution.Candidates.Single().Evidence.Select(e => e.Kind).Should().Contain(expected);
        resolution.Candidates.Single().Evidence[0].Detail.Should().Contain(spelling).And.Contain("Boukamal");
    }

    [Theory]
    [InlineData("Deir ez-Zor")]
    [InlineData("Dayr az Zawr")]
    [InlineData("Deir al-Zour")]
    [InlineData("دير الزور")]
    public void ResolvePlaces_SpellingOfDeirEzzor_IsTheKnownGovernorate(string spelling)
    {
        var known = new Place(new PlaceId("deir-ezzor"), new NameSet("Deir Ezzor"), PlaceKind.Governorate);

        var resolution = EntityResolver.Default.ResolvePlaces([new Place(new PlaceId("x"), new NameSet(spelling), PlaceKind.Governorate)], [known]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same, resolution.ToString());
        resolution.Target.Should().Be(new PlaceId("deir-ezzor"));
    }

    [Theory]
    [InlineData("Abu Kamal town", "Abu Kamal", false)]
    [InlineData("Anbar province", "Al Anbar", true)]
    [InlineData("Dayr az Zawr governorate", "Deir ez Zor", true)]
    public void ResolvePlaces_NameEndingInTheKindOfPlace_IsThePlaceWithoutIt(string incoming, string known, bool governorate)
    {
        var kind = governorate ? PlaceKind.Governorate : PlaceKind.Town;
        var resolution = EntityResolver.Default.ResolvePlaces(
            [new Place(new PlaceId("incoming"), new NameSet(incoming), kind)], [new Place(new PlaceId("known"), new NameSet(known), kind)]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same, resolution.ToString());
    }

    [Fact]
    public void ResolvePlaces_KindWordAlone_IsKeptAsAName()
    {
        var resolution = ResolveOne(Town("incoming", "Province"), Town("known", "Anbar"));

        resolution.Decision.Should().Be(ResolutionDecision.New);
    }

    [Fact]
    public void ResolvePlaces_NearbyPoint_AddsEvidenceWithTheDistance()
    {
        var resolution = ResolveOne(Town("abu-kamal", "Abu Kamal", OneKilometreAway), Town("boukamal", "Boukamal", BoukamalPoint));

        var candidate = resolution.Candidates.Single();
        candidate.Evidence.Should().ContainSingle(e => e.Kind == MatchEvidenceKind.Nearby).Which.Detail.Should().StartWith("1.0 km apart");
        candidate.Score.Should().BeApproximately(0.9, 1e-9);
    }

    [Fact]
    public void ResolvePlaces_SimilarVillagesFortyKilometresApart_AreAmbiguousNotMerged()
    {
        var known = Town("khirbet-ghazaleh", "Khirbet Ghazaleh", new GeoPoint(32.7339, 36.2008));
        var incoming = Town("khirbat-ghazala", "Khirbat Ghazala", new GeoPoint(33.0939, 36.2008));

        var resolution = ResolveOne(incoming, known);

        resolution.Decision.Should().Be(ResolutionDecision.Ambiguous);
        resolution.Target.Should().BeNull();
        var candidate = resolution.Candidates.Single();
        candidate.Target.Should().Be(new PlaceId("khirbet-ghazaleh"));
        candidate.Evidence.Select(e => e.Kind).Should().Equal(MatchEvidenceKind.SameSkeleton, MatchEvidenceKind.FarApart);
        candidate.Evidence[1].Detail.Should().StartWith("40.0 km apart");
    }

    [Fact]
    public void ResolvePlaces_SameNameInAnotherProvince_IsNew()
    {
        // Two villages named Tell Abyad, 300 km apart.
        var resolution = ResolveOne(Town("tell-abyad-2", "Tell Abyad", new GeoPoint(36.6969, 38.9567)), Town("tell-abyad-1", "Tell Abyad", new GeoPoint(34.0, 38.0)));

        resolution.Decision.Should().Be(ResolutionDecision.New);
        resolution.Candidates.Single().Score.Should().Be(0.3);
    }

    [Fact]
    public void ResolvePlaces_ProvinceCentroid_IsNotFarFromATownInIt()
    {
        var town = Town("boukamal", "Boukamal", BoukamalPoint);
        // A point 40 km away that stands for the whole province is no evidence against the town.
        var centroid = new Place(new PlaceId("bk"), new NameSet("Boukamal"), PlaceKind.Town, location: new GeoPoint(34.8106, 40.9189), precision: SpatialPrecision.ProvinceCentroid);

        var resolution = ResolveOne(centroid, town);

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Candidates.Single().Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.Nearby);
    }

    [Fact]
    public void ResolvePlaces_TwoKnownPlacesWithTheSameName_IsAmbiguousListingBoth()
    {
        var first = Town("al-qaim-1", "Al-Qaim");
        var second = Town("al-qaim-2", "Al-Qaim");

        var resolution = ResolveOne(Town("qaim", "al-Qaïm"), first, second);

        resolution.Decision.Should().Be(ResolutionDecision.Ambiguous);
        resolution.Candidates.Select(c => c.Target.Value).Should().Equal("al-qaim-1", "al-qaim-2");
    }

    [Fact]
    public void ResolvePlaces_SameGeoNamesIdUnderUnrelatedNames_IsTheSame()
    {
        var known = Town("boukamal", "Boukamal", codes: new PlaceCodes(geoNamesId: 172515));

        var resolution = ResolveOne(Town("x", "Town on the Euphrates", codes: new PlaceCodes(geoNamesId: 172515)), known);

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Candidates.Single().Evidence.Should().ContainSingle(e => e.Kind == MatchEvidenceKind.SameCode).Which.Detail.Should().Contain("geonames:172515");
    }

    [Fact]
    public void ResolvePlaces_DifferentGeoNamesIdsUnderTheSameName_IsNew()
    {
        var resolution = ResolveOne(Town("a", "Hajin", codes: new PlaceCodes(geoNamesId: 1)), Town("b", "Hajin", codes: new PlaceCodes(geoNamesId: 2)));

        resolution.Decision.Should().Be(ResolutionDecision.New);
        resolution.Candidates.Single().Evidence.Select(e => e.Kind).Should().Contain(MatchEvidenceKind.DifferentCode);
    }

    [Fact]
    public void ResolveActors_IslamicStateInThreeNames_AreOneActor()
    {
        var known = Group("islamic-state", "Etat islamique", ActorKind.JihadistGroup, null, "EI", "Daech");

        var resolutions = EntityResolver.Default.ResolveActors(
            [Group("is-syria", "Islamic State (Syria)", ActorKind.JihadistGroup), Group("daesh", "Daech", ActorKind.JihadistGroup), Group("isis", "DAESH", ActorKind.JihadistGroup)],
            [known]);

        resolutions.Should().OnlyContain(r => r.Decision == ResolutionDecision.Same && r.Target == new ActorId("islamic-state"));
        resolutions[0].Candidates.Single().Evidence[0].Kind.Should().Be(MatchEvidenceKind.SameWords);
        resolutions[0].Candidates.Single().Evidence[0].Detail.Should().Contain("{islamic, state}");
        resolutions[1].Candidates.Single().Evidence[0].Kind.Should().Be(MatchEvidenceKind.SameName);
        resolutions[2].Candidates.Single().Evidence[0].Kind.Should().Be(MatchEvidenceKind.SameKey);
    }

    [Fact]
    public void ResolveActors_FrenchAndEnglishTransliterations_AreOneActor()
    {
        var known = Group("pmf", "Hachd al-Chaabi", ActorKind.PoliticalMilitia, "IQ");

        var resolution = EntityResolver.Default.ResolveActors([Group("hashd", "Hashd al-Shaabi", ActorKind.PoliticalMilitia, "IQ")], [known]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Candidates.Single().Evidence.Select(e => e.Kind).Should().Equal(MatchEvidenceKind.SameKey, MatchEvidenceKind.SameCountry);
        resolution.Candidates.Single().Score.Should().BeApproximately(0.95, 1e-9);
    }

    [Fact]
    public void ResolveActors_SameNameOfAnotherCountry_IsNew()
    {
        var known = Group("army-sy", "National Army", ActorKind.StateForces, "SY");

        var resolution = EntityResolver.Default.ResolveActors([Group("army-ly", "National Army", ActorKind.StateForces, "LY")], [known]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.New);
        resolution.Candidates.Single().Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.DifferentCountry && e.Detail == "LY against SY");
    }

    [Fact]
    public void ResolveActors_UnrelatedNames_IsNewWithNoCandidate()
    {
        var resolution = EntityResolver.Default.ResolveActors(
            [Group("sdf", "Forces démocratiques syriennes", ActorKind.RebelGroup)], [Group("hezbollah", "Hezbollah", ActorKind.PoliticalMilitia)]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.New);
        resolution.Candidates.Should().BeEmpty();
    }

    [Fact]
    public void ResolveActors_FrenchAndEnglishWordOrder_AreOneActor()
    {
        var resolution = EntityResolver.Default.ResolveActors(
            [Group("sdf", "Syrian Democratic Forces", ActorKind.RebelGroup)], [Group("fds", "Forces démocratiques syriennes", ActorKind.RebelGroup, null, "FDS")]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Candidates.Single().Evidence[0].Detail.Should().Contain("{democratic, force, syrian}");
    }

    [Fact]
    public void Resolve_OverrideSame_WinsOverTheScores()
    {
        var options = new EntityResolverOptions { Overrides = ResolutionOverrides.None.Same(new PlaceId("x"), new PlaceId("boukamal")) };

        var resolution = new EntityResolver(options).ResolvePlaces([Town("x", "The border town")], [Town("boukamal", "Boukamal"), Town("mayadin", "Mayadin")]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Target.Should().Be(new PlaceId("boukamal"));
        resolution.Candidates[0].Evidence.Should().ContainSingle(e => e.Kind == MatchEvidenceKind.UserSame);
    }

    [Fact]
    public void Resolve_OverrideNever_TakesTheCandidateOutAndSaysWhy()
    {
        var options = new EntityResolverOptions { Overrides = ResolutionOverrides.None.Never(new PlaceId("abu-kamal"), new PlaceId("boukamal")) };

        var resolution = new EntityResolver(options).ResolvePlaces([Town("abu-kamal", "Abu Kamal")], [Town("boukamal", "Boukamal")]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.New);
        var candidate = resolution.Candidates.Single();
        candidate.Score.Should().Be(0);
        candidate.Evidence.Select(e => e.Kind).Should().Contain(MatchEvidenceKind.UserNeverSame);
    }

    [Fact]
    public void Resolve_KnownOrder_DoesNotChangeTheResolutions()
    {
        Place[] known = [Town("al-qaim-1", "Al-Qaim"), Town("al-qaim-2", "Al Qaim"), Town("boukamal", "Boukamal", BoukamalPoint), Town("rawa", "Rawa")];
        Place[] incoming = [Town("a", "Abu Kamal", OneKilometreAway), Town("b", "al-Qaïm"), Town("c", "Raoua")];

        var forward = EntityResolver.Default.ResolvePlaces(incoming, known);
        var backward = EntityResolver.Default.ResolvePlaces(incoming, known.Reverse());

        backward.Should().Equal(forward);
    }

    [Fact]
    public void Resolve_EveryActorAgainstItself_FindsItselfFirst()
    {
        var actors = new[]
        {
            Group("islamic-state", "Etat islamique", ActorKind.JihadistGroup, null, "EI", "Daech"),
            Group("syrian-army", "Armée syrienne", ActorKind.StateForces, "SY"),
            Group("hezbollah", "Hezbollah", ActorKind.PoliticalMilitia, "LB"),
            Group("pmf", "Hachd al-Chaabi", ActorKind.PoliticalMilitia, "IQ"),
            Group("sdf", "Forces démocratiques syriennes", ActorKind.RebelGroup, "SY", "FDS"),
            Group("irgc", "Gardiens de la Révolution", ActorKind.StateForces, "IR"),
        };

        var resolutions = EntityResolver.Default.ResolveActors(actors, actors);

        resolutions.Select(r => r.Target?.Value).Should().Equal(actors.Select(a => a.Id.Value));
        resolutions.Should().OnlyContain(r => r.Candidates[0].Evidence[0].Kind == MatchEvidenceKind.SameName);
    }

    [Fact]
    public void Resolve_HostileLongName_IsComparedOnItsStartWithoutFailing()
    {
        string name = "Kafr " + new string('x', 100_000);

        var resolution = ResolveOne(Town("long", name), Town("kafr", "Kafr " + new string('x', 300)));

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Candidates.Single().Evidence[0].Detail.Length.Should().BeGreaterThan(100_000, "the detail quotes the names as given");
    }

    [Fact]
    public void Resolution_ToString_ShowsDecisionTargetAndEvidence()
    {
        var text = ResolveOne(Town("abu-kamal", "Abu Kamal"), Town("boukamal", "Boukamal")).ToString();

        text.Should().Be("abu-kamal: Same boukamal [boukamal 0.80 (SameSkeleton +0.80: 'Abu Kamal' ~ 'Boukamal': the same consonants bkml)]");
    }

    [Fact]
    public void Options_OutOfRange_AreRefusedWhenTheResolverIsMade()
    {
        Action act = () => _ = new EntityResolver(new EntityResolverOptions { SameScore = 0.5, AmbiguousScore = 0.6 });

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("AmbiguousScore");
    }

    [Fact]
    public void Overrides_DefaultId_IsRefused()
    {
        Action act = () => ResolutionOverrides.None.Same(default(PlaceId), new PlaceId("b"));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("incoming");
    }

    [Fact]
    public void ResolveActors_JihadistGroupCodedAsRebelGroupByAcled_IsTheSameActor()
    {
        // ACLED puts the Islamic State among its rebel groups (category 2); the seed codes it as a jihadist group.
        var known = Group("islamic-state", "Etat islamique", ActorKind.JihadistGroup);

        var resolution = EntityResolver.Default.ResolveActors([Group("is", "Islamic State (Syria)", ActorKind.RebelGroup)], [known]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Candidates.Single().Evidence.Select(e => e.Kind).Should().NotContain(MatchEvidenceKind.DifferentKind);
    }

    [Fact]
    public void ResolveActors_StateForcesAgainstRebelGroup_WeighsTheKind()
    {
        var known = Group("fsa", "Free Army", ActorKind.RebelGroup);

        var candidate = EntityResolver.Default.ResolveActors([Group("army", "Free Army", ActorKind.StateForces)], [known]).Single().Candidates.Single();

        candidate.Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.DifferentKind && e.Weight == -0.1);
        candidate.Score.Should().BeApproximately(0.9, 1e-9);
    }

    [Fact]
    public void ResolvePlaces_GovernorateNamedLikeACity_IsAmbiguousWhileATownIsTheCity()
    {
        var city = new Place(new PlaceId("damascus"), new NameSet("Damascus"), PlaceKind.City);
        var governorate = new Place(new PlaceId("damascus-gov"), new NameSet("Damascus"), PlaceKind.Governorate);
        var town = new Place(new PlaceId("damascus-town"), new NameSet("Damascus"), PlaceKind.Town);

        var resolutions = EntityResolver.Default.ResolvePlaces([governorate, town], [city]);

        resolutions[0].Decision.Should().Be(ResolutionDecision.Ambiguous);
        resolutions[0].Candidates.Single().Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.DifferentKind && e.Detail.Contains("another level"));
        resolutions[1].Decision.Should().Be(ResolutionDecision.Same);
        resolutions[1].Candidates.Single().Score.Should().Be(1.0);
    }

    [Fact]
    public void ResolvePlaces_CountryInTwoLanguagesWithItsIsoCode_IsTheSame()
    {
        var known = new Place(new PlaceId("sy"), new NameSet("Syrie"), PlaceKind.Country, codes: new PlaceCodes(iso3166: "SY"));
        var incoming = new Place(new PlaceId("syria"), new NameSet("Syria"), PlaceKind.Country, codes: new PlaceCodes(iso3166: "sy"));

        var resolution = EntityResolver.Default.ResolvePlaces([incoming], [known]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same);
        resolution.Candidates.Single().Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.SameCode && e.Detail == "both have iso3166:SY");
    }
}
