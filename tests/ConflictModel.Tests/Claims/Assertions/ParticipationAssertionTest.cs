// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Claims.Assertions;

public class ParticipationAssertionTest
{
    private static readonly EventId Capture = new("capture-boukamal");
    private static readonly EventId Other = new("clash-mayadin");
    private static readonly ActorId Hezbollah = new("hezbollah");
    private static readonly ActorId Army = new("syrian-army");

    [Fact]
    public void Constructor_KeepsEventActorRole()
    {
        var assertion = new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA);

        assertion.Event.Should().Be(Capture);
        assertion.Actor.Should().Be(Hezbollah);
        assertion.Role.Should().Be(ParticipantRole.SideA);
    }

    [Fact]
    public void Constructor_DefaultParts_ThrowArgument()
    {
        ((Action)(() => _ = new ParticipationAssertion(default, Hezbollah, ParticipantRole.SideA))).Should().ThrowExactly<ArgumentException>();
        ((Action)(() => _ = new ParticipationAssertion(Capture, default, ParticipantRole.SideA))).Should().ThrowExactly<ArgumentException>().WithParameterName("actor");
        ((Action)(() => _ = new ParticipationAssertion(Capture, Hezbollah, default))).Should().ThrowExactly<ArgumentException>().WithParameterName("role");
    }

    [Fact]
    public void SubjectKey_SameEventAndActorWithOtherRole_Equal()
    {
        new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA).SubjectKey
            .Should().Be(new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.Supporting).SubjectKey);
    }

    [Fact]
    public void SubjectKey_OtherActorOrEvent_Differs()
    {
        var key = new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA).SubjectKey;

        new ParticipationAssertion(Capture, Army, ParticipantRole.SideA).SubjectKey.Should().NotBe(key);
        new ParticipationAssertion(Other, Hezbollah, ParticipantRole.SideA).SubjectKey.Should().NotBe(key);
    }

    [Fact]
    public void CompareWith_SameRole_Agrees()
    {
        new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA)
            .CompareWith(new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA))
            .Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_OtherRole_Contradicts()
    {
        new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA)
            .CompareWith(new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.Supporting))
            .Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_OtherActorOrEventOrType_Unrelated()
    {
        var assertion = new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA);

        assertion.CompareWith(new ParticipationAssertion(Capture, Army, ParticipantRole.SideA)).Should().Be(AssertionComparison.Unrelated);
        assertion.CompareWith(new ParticipationAssertion(Other, Hezbollah, ParticipantRole.SideA)).Should().Be(AssertionComparison.Unrelated);
        assertion.CompareWith(new EventAssertion(Capture)).Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void References_EventAndActor()
    {
        new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA).References
            .Should().BeEquivalentTo(new IEntityId[] { Capture, Hezbollah });
    }

    [Fact]
    public void Equals_SameContent_EqualAndOtherRoleNotEqual()
    {
        var a = new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideA);

        a.Should().Be(new ParticipationAssertion(new EventId("capture-boukamal"), new ActorId("hezbollah"), ParticipantRole.SideA));
        a.Should().NotBe(new ParticipationAssertion(Capture, Hezbollah, ParticipantRole.SideB));
    }
}
