using static ConflictModel.Tests.Dossiers.BoukamalFixture;

namespace ConflictModel.Tests.Dossiers;

public partial class DossierTest
{
    [Fact]
    public void ClaimsBy_Source_ReturnsItsOwnClaimsInOrder()
    {
        Build().ClaimsBy(Osdh).Select(c => c.Id).Should().Equal(OsdhHezbollah, OtherDisplaced, OsdhRawa);
    }

    [Fact]
    public void ClaimsBy_RelayingAgency_DoesNotIncludeRelayedClaims()
    {
        Build().ClaimsBy(Afp).Select(c => c.Id).Should().Equal(AfpLost);
    }

    [Fact]
    public void ClaimsRelayedBy_Agency_ReturnsWhatItRelayed()
    {
        Build().ClaimsRelayedBy(Afp).Select(c => c.Id)
            .Should().Equal(ArmyLiberated, OsdhHezbollah, DirectorHezbollah, MilitiaHezbollah, UnDisplaced, OsdhRawa);
    }

    [Fact]
    public void ClaimsBy_UnknownSource_IsEmpty()
    {
        Build().ClaimsBy(new SourceId("nobody")).Should().BeEmpty();
    }

    [Fact]
    public void ClaimsAbout_Event_IncludesListedReferringAndNegativeClaimsOnce()
    {
        Build().ClaimsAbout(Capture).Select(c => c.Id)
            .Should().Equal(AfpLost, ArmyLiberated, OsdhHezbollah, DirectorHezbollah, MilitiaHezbollah, IsDenies);
    }

    [Fact]
    public void ClaimsAbout_HostAssertionNamingTheEventTwice_ComesOnceAfterTheBuiltInOnes()
    {
        var b = Builder();
        b.AddClaim("host-sighting", new SightingAssertion([Capture, Hezbollah, Capture]), new Attribution(Army, AttributionMode.Estimated));
        b.AddClaim("other-event", new SightingAssertion([new EventId("elsewhere")]), new Attribution(Army, AttributionMode.Estimated));

        b.Build().ClaimsAbout(Capture).Select(c => c.Id.Value)
            .Should().Equal(AfpLost.Value, ArmyLiberated.Value, OsdhHezbollah.Value, DirectorHezbollah.Value, MilitiaHezbollah.Value, IsDenies.Value,
                "host-sighting");
    }

    private sealed record SightingAssertion(IReadOnlyList<IEntityId> Seen) : ClaimAssertion
    {
        public override IEnumerable<IEntityId> References => Seen;

        public override string SubjectKey => Key("test:sighting", string.Join(",", Seen));
    }

    [Fact]
    public void ClaimsSupporting_Event_LeavesOutTheDenial()
    {
        Build().ClaimsSupporting(Capture).Select(c => c.Id)
            .Should().Equal(AfpLost, ArmyLiberated, OsdhHezbollah, DirectorHezbollah, MilitiaHezbollah);
    }

    [Fact]
    public void ClaimsSupporting_EventWithFutureClaim_LeavesItOut()
    {
        var b = Builder();
        b.AddClaim("forecast", new EventAssertion(Capture), new Attribution(Army, AttributionMode.Estimated), modality: Modality.Future);

        b.Build().ClaimsSupporting(Capture).Select(c => c.Id.Value).Should().NotContain("forecast");
    }

    [Fact]
    public void OriginOf_PersonOfAnOrganisation_IsTheOrganisation()
    {
        var dossier = Build();

        dossier.OriginOf(OsdhDirector).Should().Be(Osdh);
        dossier.OriginOf(AfpCorrespondent).Should().Be(Afp);
        dossier.OriginOf(Osdh).Should().Be(Osdh);
    }

    [Fact]
    public void OriginOf_LoopOfOrganisations_Terminates()
    {
        var b = new DossierBuilder();
        b.AddSource("a", "A", SourceKind.NewsOutlet, organization: new SourceId("b"));
        b.AddSource("b", "B", SourceKind.NewsOutlet, organization: new SourceId("c"));
        b.AddSource("c", "C", SourceKind.NewsOutlet, organization: new SourceId("b"));

        var origin = b.Build().OriginOf(new SourceId("a"));

        origin.Value.Should().BeOneOf("b", "c");
    }

    [Fact]
    public void CorroborationOf_OsdhClaim_CountsMilitiaSourceButNotOsdhsDirector()
    {
        var corroboration = Build().CorroborationOf(OsdhHezbollah);

        corroboration.Origin.Should().Be(Osdh);
        corroboration.IndependentClaims.Should().Equal(MilitiaHezbollah);
        corroboration.IndependentOrigins.Should().Equal(MilitiaSource);
        corroboration.DependentClaims.Should().Equal(DirectorHezbollah);
        corroboration.IsCorroborated.Should().BeTrue();
    }

    [Fact]
    public void IndependentSourcesFor_ArmyClaim_IsEmptyBecauseTheDenialDoesNotAgree()
    {
        Build().IndependentSourcesFor(ArmyLiberated).Should().BeEmpty();
    }

    [Fact]
    public void CorroborationOf_RelayOfSameOriginalSource_IsNotIndependent()
    {
        var b = Builder();
        b.AddClaim("osdh-direct-hezbollah", new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.Supporting),
            new Attribution(Osdh, AttributionMode.Stated));

        var corroboration = b.Build().CorroborationOf(new ClaimId("osdh-direct-hezbollah"));

        corroboration.DependentClaims.Should().Contain([OsdhHezbollah, DirectorHezbollah]);
        corroboration.IndependentOrigins.Should().Equal(MilitiaSource);
    }

    [Fact]
    public void CorroborationOf_UnknownClaim_Throws()
    {
        var act = () => Build().CorroborationOf(new ClaimId("missing"));

        act.Should().Throw<ArgumentException>().WithMessage("*missing*");
    }

    [Fact]
    public void Contradictions_FindsFiguresThatCannotBothBeTrueAndTheDenial()
    {
        var found = Build().Contradictions().ToList();

        found.Should().HaveCount(2);
        found.Should().ContainSingle(c => c.First == UnDisplaced && c.Second == OtherDisplaced)
            .Which.Reason.Should().Contain("displaced");
        found.Should().ContainSingle(c => c.First == ArmyLiberated && c.Second == IsDenies)
            .Which.Reason.Should().Contain("denies");
    }

    [Fact]
    public void Contradictions_ManyClaimsOnFewSubjects_SameAsComparingEveryPair()
    {
        var b = new DossierBuilder();
        var ev = new EventId("strike");
        var place = new PlaceId("x");
        var random = new Random(17);
        FigureValue[] values = [new ExactCount(73), new CountRange(30, 43), new AtLeastCount(40), new ApproximateCount(70), new ExactCount(35)];
        FuzzyDate?[] dates = [null, FuzzyDate.OnDay(Thursday), FuzzyDate.OnDay(Thursday.PlusDays(3)), FuzzyDate.Between(Thursday, Thursday.PlusDays(7))];
        ActorId?[] controllers = [SyrianArmy, IslamicState, null];
        for (int i = 0; i < 160; i++)
        {
            var attribution = new Attribution(i % 2 == 0 ? Osdh : Un, random.Next(6) == 0 ? AttributionMode.Denied : AttributionMode.Stated);
            ClaimAssertion assertion = (i % 3) switch
            {
                0 => new FigureAssertion(new Figure(FigureKind.Killed, values[random.Next(values.Length)], dates[random.Next(dates.Length)]), ev),
                1 => new ControlAssertion(place, controllers[random.Next(controllers.Length)], dates[1 + random.Next(dates.Length - 1)]!.Value),
                _ => new EventAssertion(ev),
            };
            b.AddClaim($"c{i}", assertion, attribution, modality: random.Next(10) == 0 ? Modality.Future : Modality.Asserted);
        }
        var dossier = b.Build();
        var expected = new List<(ClaimId, ClaimId)>();
        for (int i = 0; i < dossier.Claims.Count; i++)
        {
            for (int j = i + 1; j < dossier.Claims.Count; j++)
            {
                if (Contradict(dossier.Claims[i], dossier.Claims[j]))
                {
                    expected.Add((dossier.Claims[i].Id, dossier.Claims[j].Id));
                }
            }
        }

        var found = dossier.Contradictions().Select(c => (c.First, c.Second)).ToList();

        expected.Should().NotBeEmpty();
        found.Should().BeEquivalentTo(expected);
        found.Should().OnlyHaveUniqueItems();

        // Two claims of fact contradict when they assert what cannot both hold, or one denies what the other asserts.
        static bool Contradict(Claim a, Claim b)
        {
            if (!a.IsFactual || !b.IsFactual)
            {
                return false;
            }
            var content = a.Assertion.CompareWith(b.Assertion);
            return a.IsNegative == b.IsNegative
                ? content == AssertionComparison.Contradicts && !a.IsNegative
                : content == AssertionComparison.Agrees;
        }
    }

    [Fact]
    public void Contradictions_CompatibleFigures_AreNotReported()
    {
        var b = new DossierBuilder();
        var ev = new EventId("war");
        b.AddClaim("a", new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(330_000)), ev), new Attribution(Osdh, AttributionMode.Stated));
        b.AddClaim("b", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(340_000)), ev), new Attribution(Un, AttributionMode.Stated));
        b.AddClaim("c", new FigureAssertion(new Figure(FigureKind.Injured, new ExactCount(10)), ev), new Attribution(Un, AttributionMode.Stated));

        b.Build().Contradictions().Should().BeEmpty();
    }

    [Fact]
    public void Contradictions_TwoControllersAtOnce_AreReported()
    {
        var b = Builder();
        b.AddClaim("army-holds-rawa", new ControlAssertion(Rawa, SyrianArmy, FuzzyDate.OnDay(Thursday)), new Attribution(Army, AttributionMode.Stated));

        var found = b.Build().ContradictionsOf(OsdhRawa).ToList();

        found.Should().ContainSingle().Which.Second.Should().Be(new ClaimId("army-holds-rawa"));
        found[0].Reason.Should().Contain("controllers");
    }

    [Fact]
    public void Contradictions_DifferentRolesForSameActor_AreReported()
    {
        var b = Builder();
        b.AddClaim("hezbollah-side-b", new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideB), new Attribution(Army, AttributionMode.Stated));

        b.Build().ContradictionsOf(new ClaimId("hezbollah-side-b")).Select(c => c.First)
            .Should().Equal(OsdhHezbollah, DirectorHezbollah, MilitiaHezbollah);
    }

    [Fact]
    public void Contradictions_TwoDenialsOfExclusiveThings_AreNotReported()
    {
        var b = new DossierBuilder();
        var place = new PlaceId("x");
        var day = FuzzyDate.OnDay(Thursday);
        b.AddClaim("not-army", new ControlAssertion(place, SyrianArmy, day), new Attribution(Osdh, AttributionMode.Denied));
        b.AddClaim("not-is", new ControlAssertion(place, IslamicState, day), new Attribution(Un, AttributionMode.Denied));

        b.Build().Contradictions().Should().BeEmpty();
    }

    [Fact]
    public void Contradictions_HostAssertionWithTheKeyTextOfABuiltInOne_IsComparedWithIt()
    {
        var dossier = Build();
        var rumour = new Claim(new ClaimId("rumour"), new CaptureRumour(Capture), new Attribution(MilitiaSource, AttributionMode.Stated));
        var withRumour = new Dossier(dossier.Actors, dossier.Alliances, dossier.Relations, dossier.Places, dossier.Sources, dossier.Reports,
            [rumour, .. dossier.Claims], dossier.Events);
        // The rumour's key is the text of an EventAssertion's key, so it is compared with the claims that the capture happened.
        var asserted = dossier.Claims
            .Where(c => c.Assertion is EventAssertion { Event: var e } && e == Capture && c.IsFactual && !c.IsNegative)
            .Select(c => c.Id).ToList();

        asserted.Should().NotBeEmpty();
        withRumour.Contradictions().Where(c => c.First == rumour.Id).Select(c => c.Second).Should().Equal(asserted);
        withRumour.ContradictionsOf(rumour.Id).Select(c => c.Second).Should().Equal(asserted);
    }

    [Fact]
    public void CorroborationOf_HostAssertionWithTheKeyTextOfABuiltInOne_IsComparedWithIt()
    {
        var dossier = Build();
        var echo = new Claim(new ClaimId("echo"), new CaptureEcho(Capture), new Attribution(MilitiaSource, AttributionMode.Stated));
        var withEcho = new Dossier(dossier.Actors, dossier.Alliances, dossier.Relations, dossier.Places, dossier.Sources, dossier.Reports,
            [echo, .. dossier.Claims], dossier.Events);
        var asserted = dossier.Claims
            .Where(c => c.Assertion is EventAssertion { Event: var e } && e == Capture && c.IsFactual && !c.IsNegative)
            .Select(c => c.Id).ToList();

        var corroboration = withEcho.CorroborationOf(echo.Id);

        corroboration.IndependentClaims.Concat(corroboration.DependentClaims).Should().BeEquivalentTo(asserted);
    }

    /// <summary>A host's assertion that says the capture did not happen as claimed, keyed as the capture's own assertions are.</summary>
    private sealed record CaptureRumour(EventId Event) : ClaimAssertion
    {
        public override string SubjectKey => "event|" + Event.Value;

        public override AssertionComparison CompareWith(ClaimAssertion other) =>
            other is EventAssertion e && e.Event == Event ? AssertionComparison.Contradicts : AssertionComparison.Unrelated;
    }

    /// <summary>A host's assertion that repeats that the capture happened, keyed as the capture's own assertions are.</summary>
    private sealed record CaptureEcho(EventId Event) : ClaimAssertion
    {
        public override string SubjectKey => "event|" + Event.Value;

        public override AssertionComparison CompareWith(ClaimAssertion other) =>
            other is EventAssertion e && e.Event == Event ? AssertionComparison.Agrees : AssertionComparison.Unrelated;
    }
}
