// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Collections.Generic;

namespace ConflictModel.Tests.Events;

public partial class ConflictEventTest
{
    [Fact]
    public void Equals_BuiltFromSeparateButEqualLists_EqualWithSameHashCode()
    {
        var a = Full();
        var b = Full();

        a.Participants.Should().NotBeSameAs(b.Participants);
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_ListTypesDiffer_StillEqual()
    {
        var fromArray = new ConflictEvent(Id, EventType.Battles, Nov9, participants: Participants());
        var fromList = new ConflictEvent(Id, EventType.Battles, Nov9, participants: new List<Participant>(Participants()));

        fromArray.Should().Be(fromList);
    }

    [Fact]
    public void Equals_ParticipantsInOtherOrder_NotEqual()
    {
        var a = new ConflictEvent(Id, EventType.Battles, Nov9, participants: [new Participant(Army, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB)]);
        var b = new ConflictEvent(Id, EventType.Battles, Nov9, participants: [new Participant(IslamicState, ParticipantRole.SideB), new Participant(Army, ParticipantRole.SideA)]);

        a.Should().NotBe(b);
    }

    [Fact]
    public void Equals_DifferentFigureValue_NotEqual()
    {
        var a = new ConflictEvent(Id, EventType.Battles, Nov9, figures: [new Figure(FigureKind.Killed, new ExactCount(20))]);
        var b = new ConflictEvent(Id, EventType.Battles, Nov9, figures: [new Figure(FigureKind.Killed, new ExactCount(21))]);

        a.Should().NotBe(b);
    }

    [Fact]
    public void Equals_EmptyListAndNullList_Equal()
    {
        new ConflictEvent(Id, EventType.Battles, Nov9, claims: [])
            .Should().Be(new ConflictEvent(Id, EventType.Battles, Nov9, claims: null));
    }

    [Fact]
    public void Equals_DifferentDatePrecision_NotEqual()
    {
        new ConflictEvent(Id, EventType.Battles, Nov9)
            .Should().NotBe(new ConflictEvent(Id, EventType.Battles, FuzzyDate.InWeekOf(Nov9.Start)));
    }

    [Fact]
    public void Constructor_SourceListChangedAfterwards_EventUnchanged()
    {
        var claims = new List<ClaimId> { new("c1") };
        var e = new ConflictEvent(Id, EventType.Battles, Nov9, claims: claims);

        claims.Add(new ClaimId("c2"));

        e.Claims.Should().Equal(new ClaimId("c1"));
    }
}
