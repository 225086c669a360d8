using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

public class TimeRuleTest
{
    private static readonly ActorId Hezbollah = new("hezbollah");
    private static readonly ReportId Later = new("afp-later");

    [Fact]
    public void EventAfterItsReports_EventAWeekAfterItsOnlyReport_PointsAtTheEventsDate()
    {
        var b = Valid().Update(Capture, e => Redated(e, FuzzyDate.OnDay(Day.PlusDays(7))));

        var found = Diagnostics(b, ConflictModelDiagnostics.EventAfterItsReports);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.events[0].date");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("2017-11-16").And.Contain("\"afp-dispatch\"").And.Contain("2017-11-09");
        found[0].EntityIds.Should().Equal("capture", "afp-dispatch");
    }

    [Fact]
    public void EventAfterItsReports_ListedClaimAndProjectionInALaterReport_UsesOnlyClaimsOfFact()
    {
        var b = Valid().Update(Capture, e => Redated(e, FuzzyDate.OnDay(Day.PlusDays(7))));
        b.Add(new Report(Later, Afp, Published.PlusHours(24 * 10), LanguageTag.French, "Suite"));
        b.AddClaim("projection", new StatementAssertion("The army will take Boukamal"), new Attribution(Afp, AttributionMode.Stated), Later,
            modality: Modality.Future);
        b.Support(Capture, new ClaimId("projection"));

        Diagnostics(b, ConflictModelDiagnostics.EventAfterItsReports).Should().ContainSingle();
    }

    [Fact]
    public void EventAfterItsReports_OneReportAfterTheEvent_IsNotReported()
    {
        var b = Valid().Update(Capture, e => Redated(e, FuzzyDate.OnDay(Day.PlusDays(7))));
        b.Add(new Report(Later, Afp, Published.PlusHours(24 * 10), LanguageTag.French, "Suite"));
        b.AddClaim("later-claim", new StatementAssertion("Boukamal was taken"), new Attribution(Afp, AttributionMode.Stated), Later);
        b.Support(Capture, new ClaimId("later-claim"));

        Diagnostics(b, ConflictModelDiagnostics.EventAfterItsReports).Should().BeEmpty();
    }

    [Fact]
    public void EventAfterItsReports_WeekThatStartsBeforeTheReportOrNoReport_IsNotReported()
    {
        var b = Valid().Update(Capture, e => Redated(e, FuzzyDate.InWeekOf(Day)));
        b.Add(new ConflictEvent(new EventId("untold"), EventType.Battles, FuzzyDate.OnDay(Day.PlusDays(30)), Town));

        Diagnostics(b, ConflictModelDiagnostics.EventAfterItsReports).Should().BeEmpty();
    }

    [Fact]
    public void ClaimBeforeEvent_AssertedTheDayBefore_PointsAtTheStatementDate()
    {
        var b = Valid();
        b.AddClaim("early", new ParticipationAssertion(Capture, Army, ParticipantRole.SideA),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.OnDay(Day.PlusDays(-1))), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ClaimBeforeEvent);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].attribution.statedOn");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("2017-11-08").And.Contain("\"capture\"").And.Contain("Future");
        found[0].EntityIds.Should().Equal("early", "capture");
    }

    [Fact]
    public void ClaimBeforeEvent_Denial_IsReportedToo()
    {
        var b = Valid();
        b.AddClaim("early-denial", new EventAssertion(Capture),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.OnDay(Day.PlusDays(-3))), modality: Modality.Negated);

        Diagnostics(b, ConflictModelDiagnostics.ClaimBeforeEvent).Should().ContainSingle().Which.Message.Should().Contain("denies");
    }

    [Fact]
    public void ClaimBeforeEvent_FutureClaimOrStatementThatMayBeOnTheDay_IsNotReported()
    {
        var b = Valid();
        b.AddClaim("announced", new EventAssertion(Capture),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.OnDay(Day.PlusDays(-1))), modality: Modality.Future);
        b.AddClaim("that-week", new EventAssertion(Capture),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.InWeekOf(Day.PlusDays(-3))));
        b.AddClaim("no-event", new ControlChangeAssertion(Town, IslamicState, Army),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.OnDay(Day.PlusDays(-5))));

        Diagnostics(b, ConflictModelDiagnostics.ClaimBeforeEvent).Should().BeEmpty();
    }

    [Fact]
    public void RelationNotValidOnEventDate_SupportThatStartsLater_PointsAtTheLaterParticipant()
    {
        var b = WithHezbollahSupporting();
        b.Add(new ActorRelation(new RelationId("hezbollah-supports-army"), Hezbollah, RelationKind.Supports, Army,
            ValidityInterval.From(new LocalDate(2018, 1, 1))));

        var found = Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.events[0].participants[2]");
        found[0].Severity.Should().Be(Severity.Warning);
        found[0].Message.Should().Contain("\"hezbollah-supports-army\"").And.Contain("2018-01-01/..").And.Contain("2017-11-09");
        found[0].EntityIds.Should().Equal("capture", "syrian-army", "hezbollah", "hezbollah-supports-army");
    }

    [Fact]
    public void RelationNotValidOnEventDate_FightingAlongsideThatEndedEarlier_IsReported()
    {
        var b = WithHezbollahSupporting();
        b.Add(new ActorRelation(new RelationId("alongside"), Hezbollah, RelationKind.FightsAlongside, Army,
            new ValidityInterval(new LocalDate(2013, 1, 1), new LocalDate(2016, 12, 31))));

        var found = Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate).Should().ContainSingle().Subject;

        found.EntityIds.Should().Equal("capture", "syrian-army", "hezbollah", "alongside");
    }

    [Fact]
    public void RelationNotValidOnEventDate_MediatorIsOnNoSide_IsNotReported()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(Hezbollah, ParticipantRole.Mediator)));
        b.AddActor(Hezbollah.Value, "Hezbollah", ActorKind.PoliticalMilitia);
        b.Add(new ActorRelation(new RelationId("old-support"), Hezbollah, RelationKind.Supports, Army,
            new ValidityInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31))));

        Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate).Should().BeEmpty();
    }

    [Fact]
    public void RelationNotValidOnEventDate_OneOfTwoRelationsHolds_IsNotReported()
    {
        var b = WithHezbollahSupporting();
        b.Add(new ActorRelation(new RelationId("old"), Hezbollah, RelationKind.Supports, Army,
            new ValidityInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31))));
        b.Add(new ActorRelation(new RelationId("current"), Army, RelationKind.AlliedWith, Hezbollah, ValidityInterval.From(new LocalDate(2013, 1, 1))));

        Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate).Should().BeEmpty();
    }

    [Fact]
    public void RelationNotValidOnEventDate_OppositeSidesOrFightsRelation_IsNotReported()
    {
        var b = WithHezbollahSupporting();
        b.Add(new ActorRelation(new RelationId("lapsed-truce"), Army, RelationKind.AlliedWith, IslamicState,
            new ValidityInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 2, 1))));
        b.Add(new ActorRelation(new RelationId("fight"), Hezbollah, RelationKind.Fights, Army,
            new ValidityInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 2, 1))));

        Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate).Should().BeEmpty();
    }

    [Fact]
    public void RelationNotValidOnEventDate_TwoActorsOnSideB_AreChecked()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(new ActorId("hts"), ParticipantRole.SideB)));
        b.AddActor("hts", "HTS", ActorKind.JihadistGroup);
        b.Add(new ActorRelation(new RelationId("pledge"), new ActorId("hts"), RelationKind.PartOf, IslamicState,
            new ValidityInterval(new LocalDate(2013, 1, 1), new LocalDate(2013, 4, 1))));

        var found = Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate);

        found.Should().ContainSingle().Which.Path.Should().Be("$.events[0].participants[2]");
    }

    [Fact]
    public void RelationNotValidOnEventDate_MembershipThatStartsLater_NamesTheLapsedMember()
    {
        var b = WithHezbollahSupporting();
        b.Add(new Alliance(new AllianceId("pro-regime"), new NameSet("Pro-regime forces"),
        [
            new Membership(Army, MembershipRole.Leader),
            new Membership(Hezbollah, MembershipRole.Auxiliary, ValidityInterval.From(new LocalDate(2018, 1, 1))),
        ]));

        var found = Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.events[0].participants[2]");
        found[0].Message.Should().Contain("\"pro-regime\"").And.Contain("membership of \"hezbollah\"").And.Contain("2018-01-01/..");
        found[0].EntityIds.Should().Equal("capture", "syrian-army", "hezbollah", "pro-regime");
    }

    [Fact]
    public void RelationNotValidOnEventDate_BothMembershipsCoverTheDate_IsNotReported()
    {
        var b = WithHezbollahSupporting();
        b.Add(new Alliance(new AllianceId("pro-regime"), new NameSet("Pro-regime forces"),
        [
            new Membership(Army, MembershipRole.Leader),
            new Membership(Hezbollah, MembershipRole.Auxiliary, new ValidityInterval(new LocalDate(2010, 1, 1), new LocalDate(2011, 1, 1))),
            new Membership(Hezbollah, MembershipRole.Auxiliary, ValidityInterval.From(new LocalDate(2013, 1, 1))),
            new Membership(IslamicState, MembershipRole.Member, ValidityInterval.From(new LocalDate(2030, 1, 1))),
        ]));

        Diagnostics(b, ConflictModelDiagnostics.RelationNotValidOnEventDate).Should().BeEmpty();
    }

    [Fact]
    public void ClaimAfterItsReport_StatedTheDayAfter_PointsAtTheStatementDate()
    {
        var b = Valid();
        b.AddClaim("late", new StatementAssertion("Boukamal is free"),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.OnDay(Day.PlusDays(1))), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ClaimAfterItsReport);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].attribution.statedOn");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("2017-11-10").And.Contain("\"afp-dispatch\"").And.Contain("2017-11-09");
        found[0].EntityIds.Should().Equal("late", "afp-dispatch");
    }

    [Fact]
    public void ClaimAfterItsReport_SameDayOrWeekOrNoReport_IsNotReported()
    {
        var b = Valid();
        b.AddClaim("same-day", new StatementAssertion("Boukamal is free"),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.OnDay(Day)), Dispatch);
        b.AddClaim("that-week", new StatementAssertion("Boukamal is free"),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.InWeekOf(Day)), Dispatch);
        b.AddClaim("no-report", new StatementAssertion("Boukamal is free"),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.OnDay(Day.PlusDays(3))));

        Diagnostics(b, ConflictModelDiagnostics.ClaimAfterItsReport).Should().BeEmpty();
    }

    [Fact]
    public void FigureAfterItsReport_CountAsOfNextMonth_PointsAtTheFiguresDate()
    {
        var b = Valid();
        b.AddClaim("displaced", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(120_000), FuzzyDate.InMonth(new YearMonth(2017, 12))), Capture),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.FigureAfterItsReport);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].assertion.figure.asOf");
        found[0].Severity.Should().Be(Severity.Warning);
        found[0].Message.Should().Contain("2017-12-01").And.Contain("2017-11-09");
        found[0].EntityIds.Should().Equal("displaced", "afp-dispatch");
    }

    [Fact]
    public void FigureAfterItsReport_ProjectionOrCountOfTheDay_IsNotReported()
    {
        var b = Valid();
        b.AddClaim("projection", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(200_000), FuzzyDate.InMonth(new YearMonth(2017, 12)))),
            new Attribution(Afp, AttributionMode.Stated), Dispatch, modality: Modality.Future);
        b.AddClaim("today", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(120_000), FuzzyDate.InMonth(new YearMonth(2017, 11)))),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.FigureAfterItsReport).Should().BeEmpty();
    }

    [Fact]
    public void TimeRules_DanglingReferencesAndReversedDates_DoNotThrow()
    {
        var b = Valid().Update(Capture, e => Redated(e, FuzzyDate.Between(Day.PlusDays(5), Day)));
        b.AddClaim("dangling", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(3), FuzzyDate.OnDay(Day)), new EventId("nowhere")),
            new Attribution(Afp, AttributionMode.Stated, statedOn: FuzzyDate.Between(Day.PlusDays(2), Day.PlusDays(-2))), new ReportId("missing"));
        b.Support(Capture, new ClaimId("missing-claim"));
        b.Add(new ActorRelation(new RelationId("self"), Army, RelationKind.Commands, Army, new ValidityInterval(Day, Day.PlusDays(-9))));

        Validate(b).WithCode(ConflictModel.Validation.DossierValidator.RuleFailed.Code).Should().BeEmpty();
    }

    private static DossierBuilder WithHezbollahSupporting()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(Hezbollah, ParticipantRole.Supporting)));
        b.AddActor(Hezbollah.Value, "Hezbollah", ActorKind.PoliticalMilitia);
        return b;
    }

    private static ConflictEvent Redated(ConflictEvent e, FuzzyDate date) =>
        new(e.Id, e.Type, date, e.Place, e.SubType, e.Participants, e.Outcomes, e.Figures, e.Claims, e.Description, e.ExternalReferences);
}
