using System;
using System.Collections.Generic;
using System.Linq;
using ConflictModel.Merging;
using NodaTime;

namespace ConflictModel.Tests.Merging;

public partial class EntityResolverTest
{
    private static Resolution<ActorId> ResolveActor(Actor incoming, params Actor[] known) =>
        EntityResolver.Default.ResolveActors([incoming], known).Single();

    /// <summary>
    /// A dossier of the given actors, each of which takes part in one event in each of the countries listed for it
    /// (a town under a country place, as the ACLED and GED imports build them).
    /// </summary>
    private static Dossier WithEventsIn(params (Actor Actor, string[] Countries)[] actors)
    {
        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var events = new List<ConflictEvent>();
        foreach (var (actor, countries) in actors)
        {
            foreach (string country in countries)
            {
                string countryId = "country-" + country.ToLowerInvariant();
                places.TryAdd(countryId, new Place(new PlaceId(countryId), new NameSet(country), PlaceKind.Country));
                string townId = "town-" + country.ToLowerInvariant();
                places.TryAdd(townId, new Place(new PlaceId(townId), new NameSet("A town of " + country), PlaceKind.Town, new PlaceId(countryId)));
                events.Add(new ConflictEvent(new EventId("event-" + actor.Id.Value + "-" + country.ToLowerInvariant()), EventType.Battles,
                    FuzzyDate.OnDay(new LocalDate(2017, 11, 9)), new PlaceId(townId), participants: [new Participant(actor.Id, ParticipantRole.SideA)]));
            }
        }
        return new Dossier(actors: actors.Select(a => a.Actor), places: places.Values, events: events);
    }

    private static Actor Unspecified(string id, string name) => new(new ActorId(id), new NameSet(name), new ActorKind("unspecified"));

    // ---- institutions of a country ----

    [Theory]
    [InlineData("Military Forces of Syria (2000-2024)")]
    [InlineData("Military Forces of Syria (2000-)")]
    [InlineData("military forces of Syria")]
    [InlineData("Military Forces of Syria [2000-2024]")]
    public void ResolveActors_MilitaryForcesAndGovernmentOfOneCountry_AreTheStateForces(string acledName)
    {
        var resolution = ResolveActor(Group("gov", "Government of Syria", ActorKind.StateForces), Group("army", acledName, ActorKind.StateForces));

        resolution.Decision.Should().Be(ResolutionDecision.Same, resolution.ToString());
        var evidence = resolution.Candidates.Single().Evidence.Should().ContainSingle(e => e.Kind == MatchEvidenceKind.SameInstitution).Which;
        evidence.Weight.Should().Be(0.9);
        evidence.Detail.Should().Be("'Government of Syria' ~ '" + acledName + "': both name the state forces of Syria");
    }

    [Fact]
    public void ResolveActors_GovernmentOfIraqAgainstMilitaryForcesOfSyria_IsNotMatched()
    {
        var resolution = ResolveActor(Group("gov-iq", "Government of Iraq", ActorKind.StateForces),
            Group("army-sy", "Military Forces of Syria (2000-2024)", ActorKind.StateForces), Group("gov-sy", "Government of Syria", ActorKind.StateForces));

        resolution.Decision.Should().Be(ResolutionDecision.New, resolution.ToString());
        resolution.Candidates.Should().NotContain(c => c.Score > 0.35);
    }

    [Fact]
    public void ResolveActors_MilitaryForcesOfTwoCountries_AreDifferentCountriesHoweverAlikeTheWords()
    {
        var resolution = ResolveActor(Group("army-iq", "Military Forces of Iraq (2014-)", ActorKind.StateForces),
            Group("army-sy", "Military Forces of Syria (2000-2024)", ActorKind.StateForces));

        resolution.Decision.Should().Be(ResolutionDecision.New, resolution.ToString());
        resolution.Candidates.Single().Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.DifferentCountry
            && e.Detail.EndsWith("the state forces of Iraq against the state forces of Syria", StringComparison.Ordinal));
    }

    [Fact]
    public void ResolveActors_PoliceAgainstMilitaryForcesOfOneCountry_AreKeptApartByDefault()
    {
        var police = Group("police", "Police Forces of Syria (2000-2024)", ActorKind.StateForces);
        var army = Group("army", "Military Forces of Syria (2000-2024)", ActorKind.StateForces);

        var resolution = ResolveActor(police, army);

        resolution.Decision.Should().Be(ResolutionDecision.New, resolution.ToString());
        resolution.Candidates.Should().NotContain(c => c.Score > 0.35);
    }

    [Fact]
    public void ResolveActors_PoliceAgainstMilitaryForcesWithAlikeNames_AreCappedAsDifferentInstitutions()
    {
        // An alias that spells the police almost as the army ("Police Forces of Syria" ~ "Polise Forces of Syria") would
        // score as a similar name; the rules read two institutions and keep them apart.
        var police = Group("police", "Police Forces of Syria", ActorKind.StateForces);
        var army = Group("army", "Military Forces of Syria (2000-2024)", ActorKind.StateForces, null, "Polise Forces of Syria");

        var resolution = ResolveActor(police, army);

        resolution.Decision.Should().Be(ResolutionDecision.New, resolution.ToString());
        resolution.Candidates.Single().Evidence.Select(e => e.Kind).Should().Equal(MatchEvidenceKind.SimilarName, MatchEvidenceKind.DifferentKind);
        resolution.Candidates.Single().Evidence[1].Detail.Should().EndWith("the police forces of Syria against the state forces of Syria");
    }

    [Fact]
    public void ResolveActors_PoliceTakenAsStateForcesByTheHost_AreTheMilitaryForces()
    {
        var rules = ActorNameRule.Defaults.Where(r => r.Institution != ActorNameRule.PoliceForces)
            .Append(new ActorNameRule("Police Forces of", ActorNameRule.StateForces)).ToList();
        var resolver = new EntityResolver(EntityResolverOptions.Default with { ActorNameRules = rules });

        var resolution = resolver.ResolveActors([Group("police", "Police Forces of Syria (2000-2024)", ActorKind.StateForces)],
            [Group("army", "Military Forces of Syria (2000-2024)", ActorKind.StateForces)]).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same, resolution.ToString());
        resolution.Target.Should().Be(new ActorId("army"));
    }

    [Fact]
    public void ResolveActors_UnitNamedAfterTheStateForces_IsNotTheStateForces()
    {
        var resolution = ResolveActor(Group("gov-iq", "Government of Iraq", ActorKind.StateForces),
            Group("peshmerga", "Military Forces of Iraq (2014-) Kurdistan Regional Government - Peshmerga", ActorKind.StateForces));

        resolution.Decision.Should().Be(ResolutionDecision.New, resolution.ToString());
        resolution.Candidates.SelectMany(c => c.Evidence).Should().NotContain(e => e.Kind == MatchEvidenceKind.SameInstitution);
    }

    [Fact]
    public void ResolveActors_CountryUnderAnotherName_IsTheSameCountryThroughTheAliases()
    {
        var gedName = Group("gov-us", "Government of United States of America", ActorKind.StateForces);
        var acledName = Group("army-us", "Military Forces of the United States (2017-2021)", ActorKind.StateForces);

        ResolveActor(gedName, acledName).Decision.Should().Be(ResolutionDecision.Same);
        var withoutAliases = new EntityResolver(EntityResolverOptions.Default with { CountryAliases = new Dictionary<string, string>() });
        withoutAliases.ResolveActors([gedName], [acledName]).Single().Decision.Should().NotBe(ResolutionDecision.Same);
    }

    [Fact]
    public void EntityResolver_RulesHoldingNull_IsRejected()
    {
        var options = EntityResolverOptions.Default with { ActorNameRules = [null!] };

        var create = () => new EntityResolver(options);

        create.Should().Throw<ArgumentException>().WithParameterName(nameof(EntityResolverOptions.ActorNameRules));
    }

    [Theory]
    [InlineData(" ", "state forces")]
    [InlineData("Government of", "")]
    public void ActorNameRule_BlankPart_IsRejected(string prefix, string institution)
    {
        var create = () => new ActorNameRule(prefix, institution);

        create.Should().Throw<ArgumentException>();
    }

    // ---- initials and qualifiers ----

    [Fact]
    public void ResolveActors_InitialsOfAQualifiedNameWhoseCountryFitsTheEvents_IsThatActor()
    {
        var ged = WithEventsIn((Unspecified("ucdp-is", "IS"), ["Iraq"]));
        var acled = WithEventsIn(
            (Group("is-syria", "Islamic State (Syria)", ActorKind.RebelGroup), ["Syria"]),
            (Group("is-iraq", "Islamic State (Iraq)", ActorKind.RebelGroup), ["Iraq"]));

        var resolution = EntityResolver.Default.ResolveActors(ged, acled).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Same, resolution.ToString());
        resolution.Target.Should().Be(new ActorId("is-iraq"));
        var best = resolution.Candidates[0];
        best.Evidence.Select(e => e.Kind).Should().Equal(MatchEvidenceKind.Acronym, MatchEvidenceKind.QualifierFits);
        best.Evidence[0].Detail.Should().Be("'IS' ~ 'Islamic State (Iraq)': IS is the initials of Islamic State (Iraq)");
        best.Evidence[1].Detail.Should().Be("Iraq of 'Islamic State (Iraq)' is among the countries of ucdp-is's events (Iraq)");
        best.Score.Should().BeApproximately(0.8, 1e-9);
        var other = resolution.Candidates.Single(c => c.Target == new ActorId("is-syria"));
        other.Score.Should().Be(0.3);
        other.Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.QualifierDoesNotFit && e.Detail.StartsWith("Syria of 'Islamic State (Syria)' is not among", StringComparison.Ordinal));
    }

    [Fact]
    public void ResolveActors_InitialsWithTwoQualifiedCandidatesThatBothFit_IsAmbiguousListingBoth()
    {
        var ged = WithEventsIn((Unspecified("ucdp-is", "IS"), ["Syria", "Iraq"]));
        var acled = WithEventsIn(
            (Group("is-syria", "Islamic State (Syria)", ActorKind.RebelGroup), ["Syria"]),
            (Group("is-iraq", "Islamic State (Iraq)", ActorKind.RebelGroup), ["Iraq"]));

        var resolution = EntityResolver.Default.ResolveActors(ged, acled).Single();

        resolution.Decision.Should().Be(ResolutionDecision.Ambiguous, resolution.ToString());
        resolution.Target.Should().BeNull();
        resolution.Candidates.Select(c => c.Target.Value).Should().BeEquivalentTo(["is-iraq", "is-syria"]);
        resolution.Candidates.Should().OnlyContain(c => c.Evidence.Any(e => e.Kind == MatchEvidenceKind.QualifierFits));
    }

    [Fact]
    public void ResolveActors_InitialsWithoutKnownEvents_IsAmbiguousNotSame()
    {
        var resolution = ResolveActor(Unspecified("ucdp-is", "IS"), Group("is-syria", "Islamic State (Syria)", ActorKind.RebelGroup));

        resolution.Decision.Should().Be(ResolutionDecision.Ambiguous, resolution.ToString());
        resolution.Candidates.Single().Score.Should().Be(0.75);
    }

    [Theory]
    [InlineData("SDF")]
    [InlineData("Is")]
    [InlineData("ISIS")]
    public void ResolveActors_NameThatIsNotTheInitialsInCapitals_IsNotAnAcronym(string name)
    {
        var resolution = ResolveActor(Unspecified("x", name), Group("is-syria", "Islamic State (Syria)", ActorKind.RebelGroup));

        resolution.Candidates.SelectMany(c => c.Evidence).Should().NotContain(e => e.Kind == MatchEvidenceKind.Acronym);
        resolution.Decision.Should().Be(ResolutionDecision.New);
    }

    [Fact]
    public void ResolveActors_InitialsOfAnotherDatasetsGroup_SkipTheArticle()
    {
        var resolution = ResolveActor(Unspecified("hts", "HTS"), Group("hayat", "Hayat Tahrir al-Sham", ActorKind.RebelGroup));

        resolution.Candidates.Single().Evidence[0].Kind.Should().Be(MatchEvidenceKind.Acronym);
    }

    [Fact]
    public void ResolveActors_AbbreviationDeclaredInTheName_IsTheActor()
    {
        var resolution = ResolveActor(Unspecified("ucdp-sdf", "SDF"), Group("acled-sdf", "SDF: Syrian Democratic Forces", ActorKind.RebelGroup));

        resolution.Decision.Should().Be(ResolutionDecision.Same, resolution.ToString());
        resolution.Candidates.Single().Evidence[0].Kind.Should().Be(MatchEvidenceKind.SameName);
    }

    [Fact]
    public void ResolveActors_SameNameWithDifferentQualifiers_IsNew()
    {
        var resolution = ResolveActor(Group("is-iraq", "Islamic State (Iraq)", ActorKind.RebelGroup), Group("is-syria", "Islamic State (Syria)", ActorKind.RebelGroup));

        resolution.Decision.Should().Be(ResolutionDecision.New, resolution.ToString());
        resolution.Candidates.Single().Evidence.Should().Contain(e => e.Kind == MatchEvidenceKind.QualifierDoesNotFit && e.Detail == "(Iraq) against (Syria)");
    }

    [Fact]
    public void ResolveActors_QualifiedNameAgainstAnUnqualifiedOneOfOtherCountries_IsNew()
    {
        // The qualified actor is the incoming one: its qualifier is checked against the known actor's events.
        var incoming = WithEventsIn((Group("civ-iq", "Civilians (Iraq)", ActorKind.Civilians), ["Iraq"]));
        var known = WithEventsIn((Group("civ", "Civilians", ActorKind.Civilians), ["Syria"]));

        var resolution = EntityResolver.Default.ResolveActors(incoming, known).Single();

        resolution.Decision.Should().Be(ResolutionDecision.New, resolution.ToString());
        resolution.Candidates.Single().Evidence.Select(e => e.Kind).Should().Equal(MatchEvidenceKind.SameKey, MatchEvidenceKind.QualifierDoesNotFit);
    }
}
