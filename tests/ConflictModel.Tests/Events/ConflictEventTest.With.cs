// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Events;

public partial class ConflictEventTest
{
    [Fact]
    public void WithParticipant_ReturnsNewEventAndLeavesOriginal()
    {
        var original = new ConflictEvent(Id, EventType.Battles, Nov9, participants: [new Participant(Army, ParticipantRole.SideA)]);
        var russia = new Participant(new ActorId("russia"), ParticipantRole.Supporting);

        var changed = original.WithParticipant(russia);

        changed.Participants.Should().Equal(new Participant(Army, ParticipantRole.SideA), russia);
        original.Participants.Should().Equal(new Participant(Army, ParticipantRole.SideA));
        changed.Should().NotBe(original);
    }

    [Fact]
    public void WithOutcome_ReturnsNewEventAndLeavesOriginal()
    {
        var original = new ConflictEvent(Id, EventType.Battles, Nov9);
        var outcome = new ControlChange(Boukamal, IslamicState, Army);

        var changed = original.WithOutcome(outcome);

        changed.Outcomes.Should().Equal(outcome);
        original.Outcomes.Should().BeEmpty();
    }

    [Fact]
    public void WithFigure_ReturnsNewEventAndLeavesOriginal()
    {
        var original = new ConflictEvent(Id, EventType.Battles, Nov9);
        var figure = new Figure(FigureKind.Displaced, new ApproximateCount(120_000));

        var changed = original.WithFigure(figure);

        changed.Figures.Should().Equal(figure);
        original.Figures.Should().BeEmpty();
    }

    [Fact]
    public void WithClaim_ReturnsNewEventAndLeavesOriginal()
    {
        var original = new ConflictEvent(Id, EventType.Battles, Nov9, claims: [new ClaimId("c1")]);

        var changed = original.WithClaim(new ClaimId("c2"));

        changed.Claims.Should().Equal(new ClaimId("c1"), new ClaimId("c2"));
        original.Claims.Should().Equal(new ClaimId("c1"));
    }

    [Fact]
    public void WithMethods_AddingSameContentToEqualEvents_GiveEqualEvents()
    {
        var a = new ConflictEvent(Id, EventType.Battles, Nov9).WithClaim(new ClaimId("c1")).WithParticipant(new Participant(Army, ParticipantRole.SideA));
        var b = new ConflictEvent(Id, EventType.Battles, Nov9, participants: [new Participant(Army, ParticipantRole.SideA)], claims: [new ClaimId("c1")]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void WithMethods_NullOrDefault_Throw()
    {
        var e = new ConflictEvent(Id, EventType.Battles, Nov9);

        ((Action)(() => e.WithParticipant(null!))).Should().ThrowExactly<ArgumentNullException>();
        ((Action)(() => e.WithOutcome(null!))).Should().ThrowExactly<ArgumentNullException>();
        ((Action)(() => e.WithFigure(null!))).Should().ThrowExactly<ArgumentNullException>();
        ((Action)(() => e.WithClaim(default))).Should().ThrowExactly<ArgumentException>();
    }
}
