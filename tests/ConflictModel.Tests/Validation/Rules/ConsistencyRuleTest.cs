using System.Globalization;
using ConflictModel.Tests.Dossiers;
using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

public class ConsistencyRuleTest
{
    private static readonly SourceId Osdh = new("osdh");
    private static readonly SourceId ArmyCommand = new("army-command");
    private static readonly EventId Counterattack = new("counterattack");

    [Fact]
    public void Valid_HasNoConsistencyDiagnostic()
    {
        Validate(Valid()).Diagnostics.Should().NotContain(d => d.Code.StartsWith("CM6", StringComparison.Ordinal));
    }

    [Fact]
    public void ActorOnBothSides_ArmyAlsoSideB_ReportsTheSideBEntry()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(Army, ParticipantRole.SideB)));

        var found = Diagnostics(b, ConflictModelDiagnostics.ActorOnBothSides).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[0].participants[2]");
        found.Severity.Should().Be(Severity.Error);
        found.Message.Should().Contain("\"syrian-army\"").And.Contain("both as side-a (participants[0]) and as side-b (participants[2])");
        found.EntityIds.Should().Equal("capture", "syrian-army");
    }

    [Fact]
    public void ActorOnBothSides_ArmyAlsoSupporting_IsNotReported()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(Army, ParticipantRole.Supporting)));

        Diagnostics(b, ConflictModelDiagnostics.ActorOnBothSides).Should().BeEmpty();
    }

    [Fact]
    public void ControlHandedOver_LaterOutcomeFromTheFormerHolder_PointsAtItsFromAndNamesTheEarlierEvent()
    {
        var b = Valid();
        b.Add(new ConflictEvent(Counterattack, EventType.Battles, FuzzyDate.OnDay(Day.PlusDays(3)), Town, SubEventType.ArmedClash,
            outcomes: [new ControlChange(Town, IslamicState, Army)]));

        var found = Diagnostics(b, ConflictModelDiagnostics.ControlHandedOverByWrongActor).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[1].outcomes[0].from");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("passed from \"islamic-state\"")
            .And.Contain("\"syrian-army\" holding the place")
            .And.Contain("event \"capture\" (2017-11-09)");
        found.EntityIds.Should().Equal("counterattack", "boukamal", "islamic-state", "syrian-army", "capture");
    }

    [Fact]
    public void ControlHandedOver_EarlierControlClaim_IsEvidenceToo()
    {
        var b = Valid();
        b.AddClaim("afp-army-held", new ControlAssertion(Town, Army, FuzzyDate.OnDay(Day.PlusDays(-2))),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ControlHandedOverByWrongActor).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[0].outcomes[0].from");
        found.Message.Should().Contain("claim \"afp-army-held\"");
    }

    [Fact]
    public void ControlHandedOver_ChainThatFollows_IsNotReported()
    {
        var b = Valid();
        b.Add(new ConflictEvent(Counterattack, EventType.Battles, FuzzyDate.OnDay(Day.PlusDays(3)), Town, SubEventType.ArmedClash,
            outcomes: [new ControlChange(Town, Army, IslamicState)]));
        // Evidence that may fall on the capture's own day is not "before" it.
        b.AddClaim("afp-army-held", new ControlAssertion(Town, Army, FuzzyDate.OnDay(Day)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.Add(new ConflictEvent(new EventId("overlapping"), EventType.Battles, FuzzyDate.Between(Day.PlusDays(-3), Day), Town,
            outcomes: [new ControlChange(Town, null, Army)]));

        Diagnostics(b, ConflictModelDiagnostics.ControlHandedOverByWrongActor).Should().BeEmpty();
    }

    [Fact]
    public void ControlHandedOver_LatestEvidenceNamesNobodyKnown_IsNotReported()
    {
        var b = Valid();
        b.Add(new ConflictEvent(new EventId("earlier"), EventType.Battles, FuzzyDate.OnDay(Day.PlusDays(-10)), Town,
            outcomes: [new ControlChange(Town, null, Army)]));
        b.Add(new ConflictEvent(new EventId("unclear"), EventType.Battles, FuzzyDate.OnDay(Day.PlusDays(-5)), Town,
            outcomes: [new ControlChange(Town, Army, null)]));

        Diagnostics(b, ConflictModelDiagnostics.ControlHandedOverByWrongActor).Should().BeEmpty();
    }

    [Fact]
    public void ContradictoryFigures_TwoIncompatibleCounts_NameBothClaimsSourcesAndValues()
    {
        var b = WithOsdh();
        b.AddClaim("afp-displaced", Displaced(new ApproximateCount(120_000), "quelque 120.000 personnes"),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("osdh-displaced", Displaced(new ExactCount(50_000)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var result = Validate(b);

        var found = result.WithCode(ConflictModelDiagnostics.ContradictoryFigures.Code).Should().ContainSingle().Subject;
        found.Path.Should().Be("$.claims[2].assertion.figure");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("1 claim says about 120,000 (\"quelque 120.000 personnes\") (\"afp-displaced\" by AFP)")
            .And.Contain("1 claim says 50,000 (\"osdh-displaced\" by OSDH)").And.Contain("displaced in event \"capture\"")
            .And.Contain("2 claims from 2 sources");
        found.EntityIds.Should().Equal("afp-displaced", "osdh-displaced", "afp", "osdh");
        found.AttemptedValue.Should().Be("50,000");
        result.WithCode(ConflictModelDiagnostics.ContradictoryClaims.Code).Should().BeEmpty();
    }

    [Fact]
    public void ContradictoryFigures_ManyClaimsOnTwoFigures_OneDiagnosticWithBothSidesCounted()
    {
        var b = WithOsdh();
        for (int i = 0; i < 300; i++)
        {
            b.AddClaim($"afp-{i}", Displaced(new ExactCount(73)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        }
        for (int i = 0; i < 200; i++)
        {
            b.AddClaim($"osdh-{i}", Displaced(new CountRange(30, 43)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        }

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryFigures).Should().ContainSingle().Subject;

        // The larger side first; the diagnostic stands at the first claim of the other.
        found.Message.Should().Contain("500 claims from 2 sources").And.Contain("with 2 figures")
            .And.Contain("300 claims say 73 (\"afp-0\" by AFP, \"afp-1\" by AFP, \"afp-2\" by AFP, 297 more)")
            .And.Contain("200 claims say 30-43 (\"osdh-0\" by OSDH, \"osdh-1\" by OSDH, \"osdh-2\" by OSDH, 197 more)");
        found.Path.Should().Be("$.claims[301].assertion.figure");
        found.EntityIds.Should().Equal("afp-0", "afp-1", "afp-2", "osdh-0", "osdh-1", "osdh-2", "afp", "osdh");
    }

    [Fact]
    public void ContradictoryFigures_ManyDistinctFigures_ListsTheLargestSidesAndCountsTheRest()
    {
        var b = WithOsdh();
        for (int i = 0; i < 40; i++)
        {
            for (int k = 0; k <= i % 3; k++)
            {
                b.AddClaim($"c{i}-{k}", Displaced(new ExactCount(1000 + i)), new Attribution(k == 0 ? Afp : Osdh, AttributionMode.Stated), Dispatch);
            }
        }
        // Compatible with every exact count above: takes part in no contradiction.
        b.AddClaim("vague", Displaced(new AtLeastCount(10)), new Attribution(Afp, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryFigures).Should().ContainSingle().Subject;

        found.Message.Should().Contain("with 40 figures").And.Contain("3 claims say 1,002").And.Contain("3 claims say 1,005")
            .And.Contain("and 35 other sides of").And.NotContain("vague").And.NotContain("1,000 (");
        found.EntityIds.Should().HaveCount(ConflictModel.Validation.Rules.Disagreements.ListedSides * 3 + 2);
    }

    [Fact]
    public void ContradictoryFigures_DifferentDatesOrOneUndated_ComparedOnlyWhereTheDatesMayCoincide()
    {
        var b = WithOsdh();
        var november = FuzzyDate.InMonth(new YearMonth(2017, 11));
        b.AddClaim("early", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(100), FuzzyDate.OnDay(new LocalDate(2017, 10, 1))), Capture),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("late", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(900), november), Capture),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        Diagnostics(b, ConflictModelDiagnostics.ContradictoryFigures).Should().BeEmpty();

        // Within November: contradicts the late figure, not the early one.
        b.AddClaim("mid-november", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(500), FuzzyDate.OnDay(new LocalDate(2017, 11, 15))), Capture),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryFigures).Should().ContainSingle().Subject;
        found.Message.Should().Contain("\"late\"").And.Contain("\"mid-november\"").And.NotContain("\"early\"")
            .And.Contain("as of 2017-11-15");
    }

    [Fact]
    public void ContradictoryFigures_ClaimIdDeclaredTwice_EachClaimStandsOnItsSide()
    {
        var b = WithOsdh();
        b.AddClaim("afp-displaced", Displaced(new ExactCount(10_000)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("osdh-displaced", Displaced(new ExactCount(50_000)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        var built = b.Build();
        var repeat = new Claim(new ClaimId("osdh-displaced"), Displaced(new ExactCount(10_000)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        var dossier = new Dossier(built.Actors, built.Alliances, built.Relations, built.Places, built.Sources, built.Reports,
            [.. built.Claims, repeat], built.Events);

        var found = DossierValidator.Default.Validate(dossier).WithCode(ConflictModelDiagnostics.ContradictoryFigures.Code).ToList();

        // 10,000 (claims[1] and its repeat, claims[3]) against 50,000 (claims[2]).
        found.Should().ContainSingle().Which.Path.Should().Be("$.claims[2].assertion.figure");
        found[0].Message.Should().Contain("2 claims say 10,000 (\"afp-displaced\" by AFP, \"osdh-displaced\" by OSDH)");
        found[0].EntityIds.Should().Equal("afp-displaced", "osdh-displaced", "afp", "osdh");
    }

    [Fact]
    public void ContradictoryFigures_CountsWithinTheApproximation_AreNotReported()
    {
        var b = WithOsdh();
        b.AddClaim("afp-displaced", Displaced(new ApproximateCount(120_000)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("osdh-displaced", Displaced(new ExactCount(115_000)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        // Another count of the same kind for another place is another subject.
        b.AddClaim("osdh-elsewhere", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(5_000)), Capture, Syria),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var result = Validate(b);

        result.WithCode(ConflictModelDiagnostics.ContradictoryFigures.Code).Should().BeEmpty();
        result.WithCode(ConflictModelDiagnostics.ContradictoryClaims.Code).Should().BeEmpty();
    }

    [Fact]
    public void ContradictoryClaims_DenialOfTheCapture_NamesBothClaimsAndTheReason()
    {
        var b = Valid();
        b.AddSource("amaq", "Amaq", SourceKind.PartyStatement, isPartyToConflict: true, speaksFor: IslamicState);
        b.AddClaim("amaq-denies", new EventAssertion(Capture), new Attribution(new SourceId("amaq"), AttributionMode.Denied), Dispatch);

        var result = Validate(b);

        var found = result.WithCode(ConflictModelDiagnostics.ContradictoryClaims.Code).Should().ContainSingle().Subject;
        found.Path.Should().Be("$.claims[1].assertion");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("\"afp-claim\" by AFP").And.Contain("\"amaq-denies\" by Amaq").And.Contain("amaq-denies denies what afp-claim asserts")
            .And.Contain("1 claim denies that");
        found.EntityIds.Should().Equal("afp-claim", "amaq-denies", "afp", "amaq");
        result.WithCode(ConflictModelDiagnostics.ContradictoryFigures.Code).Should().BeEmpty();
    }

    [Fact]
    public void ContradictoryClaims_UndatedDenialOfADatedCapture_IsReported()
    {
        var b = Valid();
        b.AddSource("amaq", "Amaq", SourceKind.PartyStatement, isPartyToConflict: true, speaksFor: IslamicState);
        b.AddClaim("afp-change", new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("amaq-denies-change", new ControlChangeAssertion(Town, null, Army), new Attribution(new SourceId("amaq"), AttributionMode.Denied), Dispatch);

        var result = Validate(b);

        var found = result.WithCode(ConflictModelDiagnostics.ContradictoryClaims.Code).Should().ContainSingle().Subject;
        found.Message.Should().Contain("amaq-denies-change denies what afp-change asserts");
    }

    [Fact]
    public void ContradictoryClaims_UndatedChangeToAnotherActor_IsNotReported()
    {
        var b = Valid();
        b.AddClaim("afp-change", new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("afp-earlier", new ControlChangeAssertion(Town, Army, IslamicState), new Attribution(Afp, AttributionMode.Stated), Dispatch);

        var result = Validate(b);

        result.WithCode(ConflictModelDiagnostics.ContradictoryClaims.Code).Should().BeEmpty();
    }

    [Fact]
    public void ContradictoryClaims_DeniedFigure_IsAContradictoryClaimNotContradictoryFigures()
    {
        var b = WithOsdh();
        b.AddClaim("afp-displaced", Displaced(new ExactCount(50_000)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("osdh-denies", Displaced(new ExactCount(50_000)), new Attribution(Osdh, AttributionMode.Denied), Dispatch);

        var result = Validate(b);

        result.WithCode(ConflictModelDiagnostics.ContradictoryClaims.Code).Should().ContainSingle().Which.Path.Should().Be("$.claims[2].assertion");
        result.WithCode(ConflictModelDiagnostics.ContradictoryFigures.Code).Should().BeEmpty();
    }

    [Fact]
    public void ContradictoryClaims_TwoControllersOnDifferentDays_AreNotReported()
    {
        var b = WithOsdh();
        b.AddClaim("osdh-is-held", new ControlAssertion(Town, IslamicState, FuzzyDate.OnDay(Day.PlusDays(-1))),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        b.AddClaim("afp-army-holds", new ControlAssertion(Town, Army, FuzzyDate.OnDay(Day.PlusDays(1))),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);
        // A forecast is not a claim of fact and contradicts nothing.
        b.AddClaim("afp-forecast", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Denied), Dispatch, modality: Modality.Future);

        Diagnostics(b, ConflictModelDiagnostics.ContradictoryClaims).Should().BeEmpty();
    }

    [Fact]
    public void ControlAtOddsWithChange_ThirdActorHoldsThePlaceOnTheDayOfTheChange_IsReported()
    {
        var b = WithOsdh();
        b.AddActor("sdf", "SDF", ActorKind.RebelGroup);
        b.AddClaim("afp-change", new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("osdh-sdf-holds", new ControlAssertion(Town, new ActorId("sdf"), FuzzyDate.InWeekOf(Day)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ControlAtOddsWithChange).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.claims[2].assertion.controller");
        found.Message.Should().Contain("\"osdh-sdf-holds\" says \"sdf\" held \"boukamal\"").And.Contain("claim \"afp-change\"")
            .And.Contain("from \"islamic-state\" to \"syrian-army\"");
        found.EntityIds.Should().Contain(["osdh-sdf-holds", "afp-change"]);
    }

    [Theory]
    [InlineData("islamic-state", 0, false)] // the former holder, that day
    [InlineData("syrian-army", 0, false)] // the new holder, that day
    [InlineData("sdf", 1, false)] // a day after: it may have changed hands again
    [InlineData("sdf", -1, false)] // the day before
    [InlineData("sdf", 0, true)]
    public void ControlAtOddsWithChange_OnlyAThirdActorOnDaysOfTheChange_IsReported(string holder, int offset, bool reported)
    {
        var b = WithOsdh();
        b.AddActor("sdf", "SDF", ActorKind.RebelGroup);
        b.AddClaim("afp-change", new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("osdh-holds", new ControlAssertion(Town, new ActorId(holder), FuzzyDate.OnDay(Day.PlusDays(offset))), new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.ControlAtOddsWithChange).Should().HaveCount(reported ? 1 : 0);
    }

    [Fact]
    public void ControlAtOddsWithChange_ChangeWithoutFormerHolderOrDenied_IsNotReported()
    {
        var b = WithOsdh();
        b.AddActor("sdf", "SDF", ActorKind.RebelGroup);
        b.AddClaim("afp-change", new ControlChangeAssertion(Town, null, Army, FuzzyDate.OnDay(Day)), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.AddClaim("osdh-denies-change", new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day)), new Attribution(Osdh, AttributionMode.Denied), Dispatch);
        b.AddClaim("osdh-sdf-holds", new ControlAssertion(Town, new ActorId("sdf"), FuzzyDate.OnDay(Day)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.ControlAtOddsWithChange).Should().BeEmpty();
    }

    [Fact]
    public void ControlAtOddsWithChange_ManyIdenticalClaimsOnOnePlace_OneDiagnosticEach()
    {
        var b = WithOsdh();
        b.AddActor("sdf", "SDF", ActorKind.RebelGroup);
        for (int i = 0; i < 200; i++)
        {
            b.AddClaim("change-" + i, new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day.PlusDays(i % 7))), new Attribution(Afp, AttributionMode.Stated), Dispatch);
            b.AddClaim("holds-" + i, new ControlAssertion(Town, new ActorId("sdf"), FuzzyDate.OnDay(Day.PlusDays(100 + i))), new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        }
        b.AddClaim("holds-that-week", new ControlAssertion(Town, new ActorId("sdf"), FuzzyDate.InWeekOf(Day)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.ControlAtOddsWithChange).Should().ContainSingle()
            .Which.EntityIds.Should().Contain("holds-that-week");
    }

    [Fact]
    public void ContradictoryClaims_TwoControllersTheSameDay_AreReported()
    {
        var b = WithOsdh();
        b.AddClaim("osdh-is-holds", new ControlAssertion(Town, IslamicState, FuzzyDate.OnDay(Day.PlusDays(1))),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        b.AddClaim("afp-army-holds", new ControlAssertion(Town, Army, FuzzyDate.OnDay(Day.PlusDays(1))),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryClaims).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.claims[2].assertion");
        found.Message.Should().Contain("different controllers of boukamal");
    }

    [Fact]
    public void ContradictoryClaims_ManyAssertOneDenies_OneDiagnosticWithBothSides()
    {
        var b = WithOsdh();
        for (int i = 0; i < 400; i++)
        {
            b.AddClaim($"osdh-{i}", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        }
        b.AddClaim("afp-denies", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Denied), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryClaims).Should().ContainSingle().Subject;

        found.Message.Should().Contain("402 claims from 2 sources").And.Contain("take 2 sides")
            .And.Contain("401 claims assert that").And.Contain("398 more").And.Contain("1 claim denies that");
        found.Path.Should().Be("$.claims[401].assertion");
    }

    [Fact]
    public void ContradictoryClaims_ControllersOverManyDays_OnlyTheDayTheyDifferIsListed()
    {
        var b = WithOsdh();
        for (int d = 0; d < 100; d++)
        {
            b.AddClaim($"army-{d}", new ControlAssertion(Town, Army, FuzzyDate.OnDay(Day.PlusDays(d))), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        }
        b.AddClaim("is-day-50", new ControlAssertion(Town, IslamicState, FuzzyDate.OnDay(Day.PlusDays(50))), new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryClaims).Should().ContainSingle().Subject;

        found.Message.Should().Contain("2 claims from 2 sources").And.Contain("\"army-50\"").And.Contain("\"is-day-50\"").And.NotContain("army-49");
    }

    [Fact]
    public void SelfReportedClaim_ArmyCommuniqueNobodyElseConfirms_IsReportedAsInfo()
    {
        var b = WithArmyCommand();
        b.AddClaim("army-liberated", new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day), Capture),
            new Attribution(ArmyCommand, AttributionMode.Stated, [new Relay(Afp, Dispatch)]), Dispatch,
            new Quote("ont libéré Boukamal", LanguageTag.French), new Wording("libéré", "captured"));

        var found = Diagnostics(b, ConflictModelDiagnostics.SelfReportedClaim).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.claims[1]");
        found.Severity.Should().Be(Severity.Info);
        found.Message.Should().Contain("self-reported by a party to the conflict (armée syrienne)")
            .And.Contain("uncorroborated").And.Contain("« ont libéré Boukamal »");
        found.EntityIds.Should().Equal("army-liberated", "army-command");
    }

    [Fact]
    public void SelfReportedClaim_BackedOnlyByAnotherParty_IsStillReported()
    {
        var b = WithArmyCommand();
        b.AddSource("militia-source", "source auprès des milices prorégime", SourceKind.Anonymous, isPartyToConflict: true,
            affiliation: "milices prorégime");
        var change = new ControlChangeAssertion(Town, IslamicState, Army, FuzzyDate.OnDay(Day), Capture);
        b.AddClaim("army-liberated", change, new Attribution(ArmyCommand, AttributionMode.Stated), Dispatch);
        b.AddClaim("militia-confirms", change, new Attribution(new SourceId("militia-source"), AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.SelfReportedClaim);

        found.Select(d => d.Path).Should().Equal("$.claims[1]", "$.claims[2]");
        found[0].Message.Should().Contain("come from the same origin or from parties");
    }

    [Fact]
    public void SelfReportedClaim_CorroboratedByTheAgency_OrAStatement_IsNotReported()
    {
        var b = WithArmyCommand();
        // The kit's AFP claim asserts the same event.
        b.AddClaim("army-liberated", new EventAssertion(Capture), new Attribution(ArmyCommand, AttributionMode.Stated), Dispatch,
            new Quote("ont libéré Boukamal", LanguageTag.French));
        b.AddClaim("army-importance", new StatementAssertion("La libération de Boukamal revêt une grande importance"),
            new Attribution(ArmyCommand, AttributionMode.Stated), Dispatch);
        b.AddClaim("army-denies", new EventAssertion(new EventId("massacre")), new Attribution(ArmyCommand, AttributionMode.Denied), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.SelfReportedClaim).Should().BeEmpty();
    }

    [Fact]
    public void SelfReportedClaim_BoukamalDispatch_FlagsTheArmysLiberationButNotTheMilitiaBackedByTheOsdh()
    {
        var found = Validate(BoukamalFixture.Builder()).WithCode("CM6005").ToList();

        found.Should().ContainSingle().Which.EntityIds.Should().Equal(BoukamalFixture.ArmyLiberated.Value, BoukamalFixture.Army.Value);
    }

    [Fact]
    public void ParticipantListedTwice_SameActorSameRole_ReportsTheRepeat()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(IslamicState, ParticipantRole.SideB)));

        var found = Diagnostics(b, ConflictModelDiagnostics.DuplicateParticipant).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[0].participants[2]");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("\"islamic-state\" is listed again as side-b").And.Contain("participants[1]");
        found.EntityIds.Should().Equal("capture", "islamic-state");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void ParticipantChecks_FewOrManyParticipants_ReportTheSameEntries(int others)
    {
        // Few participants are compared in pairs, many through tables: both give these diagnostics.
        var b = Valid().Update(Capture, e =>
        {
            for (int k = 0; k < others; k++)
            {
                e = e.WithParticipant(new Participant(new ActorId("ally-" + k.ToString(CultureInfo.InvariantCulture)), ParticipantRole.Supporting));
            }
            return e.WithParticipant(new Participant(Army, ParticipantRole.SideB))
                .WithParticipant(new Participant(Army, ParticipantRole.SideB))
                .WithParticipant(new Participant(IslamicState, ParticipantRole.SideA));
        });
        string At(int p) => "$.events[0].participants[" + p.ToString(CultureInfo.InvariantCulture) + "]";

        var bothSides = Diagnostics(b, ConflictModelDiagnostics.ActorOnBothSides);
        var repeated = Diagnostics(b, ConflictModelDiagnostics.DuplicateParticipant);

        bothSides.Select(d => d.Path).Should().Equal(At(1), At(others + 2));
        bothSides[0].Message.Should().Contain("as side-a (participants[" + (others + 4).ToString(CultureInfo.InvariantCulture) + "]) and as side-b (participants[1])");
        bothSides[1].Message.Should().Contain("as side-a (participants[0]) and as side-b (participants[" + (others + 2).ToString(CultureInfo.InvariantCulture) + "])");
        repeated.Should().ContainSingle().Which.Path.Should().Be(At(others + 3));
        repeated[0].Message.Should().Contain("participants[" + (others + 2).ToString(CultureInfo.InvariantCulture) + "]");
    }

    [Fact]
    public void ParticipantListedTwice_SameActorOtherRole_IsNotReported()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(IslamicState, ParticipantRole.Associated)));

        Diagnostics(b, ConflictModelDiagnostics.DuplicateParticipant).Should().BeEmpty();
    }

    [Fact]
    public void ControlChangeToSameActor_FromEqualsTo_IsReported()
    {
        var b = Valid().Update(Capture, e => e.WithOutcome(new ControlChange(Syria, Army, Army)));

        var found = Diagnostics(b, ConflictModelDiagnostics.ControlChangeToSameActor).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[0].outcomes[1]");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("passed from \"syrian-army\" to \"syrian-army\"");
        found.EntityIds.Should().Equal("capture", "sy", "syrian-army");
    }

    [Fact]
    public void ControlChangeToSameActor_UnknownFormerHolder_IsNotReported()
    {
        var b = Valid()
            .Update(Capture, e => e.WithOutcome(new ControlChange(Syria, null, Army)))
            .Update(Capture, e => e.WithOutcome(new ControlChange(new PlaceId("rawa"), null, null)));

        Diagnostics(b, ConflictModelDiagnostics.ControlChangeToSameActor).Should().BeEmpty();
    }

    [Fact]
    public void OverlappingMemberships_OpenMembershipAndALaterRole_ReportsTheLaterOne()
    {
        var b = Valid();
        b.Add(new Alliance(new AllianceId("pro-regime"), new NameSet("forces prorégime"),
        [
            new Membership(IslamicState, MembershipRole.Member, new ValidityInterval(new LocalDate(2014, 1, 1), new LocalDate(2014, 2, 1))),
            new Membership(Army, MembershipRole.Member, ValidityInterval.From(new LocalDate(2011, 3, 15))),
            new Membership(Army, MembershipRole.Leader, new ValidityInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31))),
        ]));

        var found = Diagnostics(b, ConflictModelDiagnostics.OverlappingMemberships).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.alliances[0].memberships[2]");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("\"syrian-army\"").And.Contain("memberships[1]").And.Contain("2011-03-15/..");
        found.EntityIds.Should().Equal("pro-regime", "syrian-army");
    }

    [Fact]
    public void OverlappingMemberships_ConsecutiveTerms_AreNotReported()
    {
        var b = Valid();
        b.Add(new Alliance(new AllianceId("pro-regime"), new NameSet("forces prorégime"),
        [
            new Membership(Army, MembershipRole.Leader, ValidityInterval.From(new LocalDate(2017, 1, 1))),
            new Membership(Army, MembershipRole.Member, new ValidityInterval(null, new LocalDate(2016, 12, 31))),
            new Membership(IslamicState, MembershipRole.Member, ValidityInterval.Always),
        ]));

        Diagnostics(b, ConflictModelDiagnostics.OverlappingMemberships).Should().BeEmpty();
    }

    [Fact]
    public void SubTypeOfAnotherType_BattleSubTypeOnAStrike_IsAnError()
    {
        var b = Valid();
        b.Add(new ConflictEvent(new EventId("strike"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(Day), Town,
            SubEventType.GovernmentRegainsTerritory));

        var found = Diagnostics(b, ConflictModelDiagnostics.SubTypeOfAnotherType).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[1].subType");
        found.Severity.Should().Be(Severity.Error);
        found.Message.Should().Contain("belongs to type \"battles\"").And.Contain("air-or-drone-strike");
        found.AttemptedValue.Should().Be("government-regains-territory");
    }

    [Fact]
    public void SubTypeOfAnotherType_MatchingOrHostSubType_IsNotReported()
    {
        var b = Valid();
        b.Add(new ConflictEvent(new EventId("strike"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(Day), Town, SubEventType.AirOrDroneStrike));
        b.Add(new ConflictEvent(new EventId("swarm"), EventType.Battles, FuzzyDate.OnDay(Day), Town, new SubEventType("drone-swarm")));

        Diagnostics(b, ConflictModelDiagnostics.SubTypeOfAnotherType).Should().BeEmpty();
    }

    [Fact]
    public void ConsistencyRules_OnBrokenDossier_DoNotThrow()
    {
        var b = Broken();

        var result = Validate(b);

        result.WithCode(DossierValidator.RuleFailed.Code).Should().BeEmpty();
    }

    /// <summary>A dossier with duplicate ids, dangling references, reversed dates and cycles, for robustness.</summary>
    internal static DossierBuilder Broken()
    {
        var b = WithOsdh();
        b.AddSource("loop-a", "A", SourceKind.Anonymous, isPartyToConflict: true, organization: new SourceId("loop-b"));
        b.AddSource("loop-b", "B", SourceKind.Anonymous, organization: new SourceId("loop-a"));
        b.AddPlace("cycle-1", "one", PlaceKind.Town, new PlaceId("cycle-2"), new GeoPoint(double.NaN, 40), SpatialPrecision.Exact);
        b.AddPlace("cycle-2", "two", PlaceKind.Town, new PlaceId("cycle-1"), new GeoPoint(34, 200), SpatialPrecision.Exact);
        b.AddPlace("orphan", "orphan", PlaceKind.Town, new PlaceId("nowhere"), new GeoPoint(0, 0), SpatialPrecision.Exact);
        b.Add(new ConflictEvent(Capture, EventType.Riots, FuzzyDate.Between(Day, Day.PlusDays(-5)), new PlaceId("nowhere"),
            SubEventType.ArmedClash,
            participants: [new Participant(new ActorId("ghost"), ParticipantRole.SideA), new Participant(new ActorId("ghost"), ParticipantRole.SideB)],
            outcomes: [new ControlChange(Town, new ActorId("ghost"), new ActorId("ghost"))],
            figures: [new Figure(FigureKind.Killed, new CountRange(40, 30), text: "entre 40 et 30 1.2.3.4.5 morts 9999999999999999999999999999999")]));
        b.Add(new Alliance(new AllianceId("broken"), new NameSet("broken"),
        [
            new Membership(Army, MembershipRole.Member, new ValidityInterval(new LocalDate(2017, 1, 1), new LocalDate(2016, 1, 1))),
            new Membership(Army, MembershipRole.Member, new ValidityInterval(new LocalDate(2016, 6, 1), null)),
        ]));
        var figure = Displaced(new ExactCount(10), "10");
        b.AddClaim("dup", figure, new Attribution(new SourceId("loop-a"), AttributionMode.Stated), credibility: Credibility.Confirmed);
        b.AddClaim("dup", Displaced(new ExactCount(10_000), "quelque 120.00"), new Attribution(Osdh, AttributionMode.Stated),
            credibility: Credibility.Confirmed);
        b.AddClaim("dangling-control", new ControlAssertion(Town, new ActorId("ghost"), FuzzyDate.Between(Day, Day.PlusDays(-1))),
            new Attribution(new SourceId("nobody"), AttributionMode.Stated), new ReportId("missing"), credibility: Credibility.Confirmed);
        return b;
    }

    private static DossierBuilder WithOsdh()
    {
        var b = Valid();
        b.AddSource(Osdh.Value, "OSDH", SourceKind.NgoMonitor, Reliability.B);
        return b;
    }

    private static DossierBuilder WithArmyCommand()
    {
        var b = Valid();
        b.AddSource(ArmyCommand.Value, "armée syrienne", SourceKind.PartyStatement, Reliability.C, isPartyToConflict: true, speaksFor: Army);
        return b;
    }

    private static FigureAssertion Displaced(FigureValue value, string? text = null) =>
        new(new Figure(FigureKind.Displaced, value, text: text), Capture);
}
