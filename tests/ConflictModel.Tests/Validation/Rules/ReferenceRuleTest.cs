using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

public class ReferenceRuleTest
{
    [Fact]
    public void Valid_HasNoDiagnosticAtAll()
    {
        Validate(Valid()).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void DuplicateId_SameKindTwice_ReportsTheSecondWithTheFirstsPath()
    {
        var b = Valid();
        b.AddPlace(Town.Value, "Abu Kamal", PlaceKind.City, Syria);

        var found = Diagnostics(b, ConflictModelDiagnostics.DuplicateId);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.places[2].id");
        found[0].Message.Should().Contain("$.places[1]");
        found[0].EntityIds.Should().Equal("boukamal");
        found[0].Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void IdSharedAcrossKinds_ActorAndPlaceWithOneId_IsReportedOnceNotAsDuplicate()
    {
        var b = Valid();
        b.AddActor(Town.Value, "Boukamal military council", ActorKind.PoliticalMilitia);

        var result = Validate(b);

        result.WithCode("CM1002").Should().ContainSingle().Which.Path.Should().Be("$.places[1].id");
        result.WithCode("CM1001").Should().BeEmpty();
    }

    [Fact]
    public void UnresolvedReference_ParticipantMissing_PointsAtTheParticipant()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(new ActorId("hezbollah"), ParticipantRole.Supporting)));

        var found = Diagnostics(b, ConflictModelDiagnostics.UnresolvedReference);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.events[0].participants[2].actor");
        found[0].EntityIds.Should().Equal("capture", "hezbollah");
        found[0].AttemptedValue.Should().Be("hezbollah");
    }

    [Fact]
    public void UnresolvedReference_RelayReportAndAssertion_AreEachLocated()
    {
        var b = Valid();
        b.AddClaim("relayed", new ControlAssertion(new PlaceId("rawa"), IslamicState, FuzzyDate.OnDay(Day)),
            new Attribution(new SourceId("osdh"), AttributionMode.Reported, [new Relay(Afp, new ReportId("other-dispatch"))]));

        var paths = Diagnostics(b, ConflictModelDiagnostics.UnresolvedReference).Select(d => d.Path);

        paths.Should().BeEquivalentTo(
            "$.claims[1].attribution.source", "$.claims[1].attribution.relays[0].report", "$.claims[1].assertion.place");
    }

    [Fact]
    public void WrongKindReference_ActorThatIsAPlace_IsReportedAsWrongKindNotUnresolved()
    {
        var b = Valid().Update(Capture, e => e.WithParticipant(new Participant(new ActorId(Town.Value), ParticipantRole.Associated)));

        var result = Validate(b);

        var found = result.WithCode("CM2002").Should().ContainSingle().Subject;
        found.Path.Should().Be("$.events[0].participants[2].actor");
        found.Message.Should().Contain("place").And.Contain("$.places[1]").And.Contain("actor");
        result.WithCode("CM2001").Should().BeEmpty();
    }
}
