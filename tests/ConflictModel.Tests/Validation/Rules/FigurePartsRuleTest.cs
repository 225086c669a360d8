using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>
/// Breakdowns of a total: "73 people had been killed, at least 43 insurgents and 30 pro-government
/// fighters", the parts counted by subject and linked to their total with partOf.
/// </summary>
public class FigurePartsRuleTest
{
    private static readonly SourceId Osdh = new("osdh");
    private static readonly ClaimId Total = new("total");

    private static DossierBuilder WithOsdh()
    {
        var b = Valid();
        b.AddSource(Osdh.Value, "OSDH", SourceKind.NgoMonitor, Reliability.B);
        return b;
    }

    private static FigureAssertion Killed(FigureValue value, FigureSubject? subject = null, ClaimId? partOf = null) =>
        new(new Figure(FigureKind.Killed, value, subject: subject), Capture, partOf: partOf);

    private static Attribution ByAfp => new(Afp, AttributionMode.Stated);

    private static DossierBuilder Breakdown(FigureValue insurgents, FigureValue proGovernment)
    {
        var b = WithOsdh();
        b.AddClaim(Total.Value, Killed(new ExactCount(73)), ByAfp, Dispatch);
        b.AddClaim("insurgents", Killed(insurgents, FigureSubject.OfGroup(PeopleGroup.Insurgents), Total), ByAfp, Dispatch);
        b.AddClaim("pro-government", Killed(proGovernment, FigureSubject.OfGroup(PeopleGroup.ProGovernmentFighters), Total), ByAfp, Dispatch);
        return b;
    }

    [Fact]
    public void Breakdown_PartsWithinTotal_NoContradictionNorPartDiagnostic()
    {
        var result = Validate(Breakdown(new AtLeastCount(43), new ExactCount(30)));

        result.Diagnostics.Should().NotContain(d => d.Code == "CM6003" || d.Code == "CM6004" || d.Code == "CM6010" || d.Code == "CM6011");
    }

    [Fact]
    public void Breakdown_WithoutPartOf_PartsOfOtherSubjectsStillDoNotContradictTheTotal()
    {
        var b = WithOsdh();
        b.AddClaim("total", Killed(new ExactCount(73)), ByAfp, Dispatch);
        b.AddClaim("insurgents", Killed(new AtLeastCount(43), FigureSubject.OfGroup(PeopleGroup.Insurgents)), ByAfp, Dispatch);
        b.AddClaim("soldiers", Killed(new ExactCount(30), FigureSubject.OfActor(Army)), ByAfp, Dispatch);

        Validate(b).Diagnostics.Should().NotContain(d => d.Code == "CM6003" || d.Code == "CM6004");
    }

    [Fact]
    public void Breakdown_TwoSourcesWithDifferentTotals_StillContradict()
    {
        var b = Breakdown(new AtLeastCount(43), new ExactCount(30));
        b.AddClaim("osdh-total", Killed(new ExactCount(22)), new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryFigures).Should().ContainSingle().Subject;

        found.EntityIds.Should().Contain(["total", "osdh-total"]).And.NotContain(["insurgents", "pro-government"]);
    }

    [Fact]
    public void Breakdown_TwoSourcesOnOnePart_ContradictOnThatPartOnly()
    {
        var b = Breakdown(new AtLeastCount(43), new ExactCount(30));
        b.AddClaim("osdh-insurgents", Killed(new ExactCount(12), FigureSubject.OfGroup(PeopleGroup.Insurgents)),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryFigures).Should().ContainSingle().Subject;

        found.EntityIds.Should().Contain(["insurgents", "osdh-insurgents"]).And.NotContain("total");
        found.Message.Should().Contain("(killed (insurgents) in event \"capture\")");
    }

    [Fact]
    public void PartsExceedTotal_PartsAddUpToMore_ReportsTheSumAndTheClaims()
    {
        var found = Diagnostics(Breakdown(new AtLeastCount(50), new ExactCount(30)), ConflictModelDiagnostics.PartsExceedTotal)
            .Should().ContainSingle().Subject;

        found.Path.Should().Be("$.claims[2].assertion.partOf");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("claim \"total\"").And.Contain("at least 80").And.Contain("upper bound 73")
            .And.Contain("at least 50 insurgents (claim \"insurgents\")").And.Contain("at least 30 pro-government-fighters (claim \"pro-government\")");
        found.EntityIds.Should().Equal("total", "insurgents", "pro-government");
        found.AttemptedValue.Should().Be("80");
    }

    [Fact]
    public void PartsExceedTotal_OneSubjectCountedByTwoSources_TakesTheSmallerCountOnce()
    {
        var b = Breakdown(new AtLeastCount(43), new ExactCount(30));
        // 43 + 30 = 73 fits; counting the second source's 40 insurgents again would make 113.
        b.AddClaim("osdh-insurgents", Killed(new ApproximateCount(45), FigureSubject.OfGroup(PeopleGroup.Insurgents), Total),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.PartsExceedTotal).Should().BeEmpty();
    }

    [Fact]
    public void PartsExceedTotal_DeniedPartOrOpenTotal_IsNotReported()
    {
        var denied = Breakdown(new AtLeastCount(43), new ExactCount(30));
        denied.AddClaim("denied", Killed(new ExactCount(500), FigureSubject.OfGroup(PeopleGroup.Civilians), Total),
            new Attribution(Osdh, AttributionMode.Denied), Dispatch);
        Diagnostics(denied, ConflictModelDiagnostics.PartsExceedTotal).Should().BeEmpty();

        var open = WithOsdh();
        open.AddClaim("total", Killed(new AtLeastCount(10)), ByAfp, Dispatch);
        open.AddClaim("part", Killed(new ExactCount(500), FigureSubject.OfGroup(PeopleGroup.Civilians), Total), ByAfp, Dispatch);
        Diagnostics(open, ConflictModelDiagnostics.PartsExceedTotal).Should().BeEmpty();
    }

    [Theory]
    [InlineData("kind", "counts \"injured\" and the total \"killed\"")]
    [InlineData("event", "is about event \"(none)\" and the total about \"capture\"")]
    [InlineData("subject", "give it a subject")]
    [InlineData("self", "names itself as its total")]
    [InlineData("not-figure", "the total is not a figure claim")]
    public void PartDoesNotMatchTotal_Mismatch_IsAnErrorSayingWhy(string mismatch, string why)
    {
        var b = WithOsdh();
        b.AddClaim(Total.Value, Killed(new ExactCount(73)), ByAfp, Dispatch);
        var civilians = FigureSubject.OfGroup(PeopleGroup.Civilians);
        FigureAssertion part = mismatch switch
        {
            "kind" => new(new Figure(FigureKind.Injured, new ExactCount(5), subject: civilians), Capture, partOf: Total),
            "event" => new(new Figure(FigureKind.Killed, new ExactCount(5), subject: civilians), partOf: Total),
            "subject" => Killed(new ExactCount(5), partOf: Total),
            "self" => Killed(new ExactCount(5), civilians, new ClaimId("part")),
            _ => Killed(new ExactCount(5), civilians, AfpClaim),
        };
        b.AddClaim("part", part, ByAfp, Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.PartDoesNotMatchTotal).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.claims[2].assertion.partOf");
        found.Severity.Should().Be(Severity.Error);
        found.Message.Should().Contain(why);
    }

    [Fact]
    public void UnresolvedReference_PartOfMissingClaimOrSubjectOfMissingActor_NamesThePaths()
    {
        var b = WithOsdh();
        b.AddClaim("part", Killed(new ExactCount(5), FigureSubject.OfActor(new ActorId("ghost")), new ClaimId("no-such-total")), ByAfp, Dispatch);

        var paths = Diagnostics(b, ConflictModelDiagnostics.UnresolvedReference).Select(d => d.Path);

        paths.Should().BeEquivalentTo(["$.claims[1].assertion.partOf", "$.claims[1].assertion.figure.subject.actor"]);
    }

    [Fact]
    public void Periods_CountsOverDifferentPeriods_DoNotContradict()
    {
        var b = WithOsdh();
        var twoWeeks = new ValidityInterval(new LocalDate(2017, 10, 27), Day);
        b.AddClaim("fortnight", new FigureAssertion(new Figure(FigureKind.Killed, new ApproximateCount(300), period: twoWeeks), Capture),
            ByAfp, Dispatch);
        b.AddClaim("war", new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(330_000), period: ValidityInterval.From(new LocalDate(2011, 3, 15))), Capture),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        b.AddClaim("fortnight-osdh", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(90), period: twoWeeks), Capture),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ContradictoryFigures).Should().ContainSingle().Subject;

        found.EntityIds.Should().Contain(["fortnight", "fortnight-osdh"]).And.NotContain("war");
        found.Message.Should().Contain("(killed over 2017-10-27/2017-11-09 in event \"capture\")");
    }
}
