// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Events;

public partial class ConflictEventTest
{
    private static readonly EventId Id = new("capture-boukamal");
    private static readonly PlaceId Boukamal = new("boukamal");
    private static readonly ActorId Army = new("syrian-army");
    private static readonly ActorId Hezbollah = new("hezbollah");
    private static readonly ActorId IslamicState = new("islamic-state");
    private static readonly FuzzyDate Nov9 = FuzzyDate.OnDay(new LocalDate(2017, 11, 9));

    private static Participant[] Participants() =>
        [new(Army, ParticipantRole.SideA), new(Hezbollah, ParticipantRole.SideA), new(IslamicState, ParticipantRole.SideB)];

    private static ConflictEvent Full() => new(
        Id, EventType.Battles, Nov9, Boukamal, SubEventType.GovernmentRegainsTerritory,
        Participants(), [new ControlChange(Boukamal, IslamicState, Army)],
        [new Figure(FigureKind.Killed, new AtLeastCount(20))], [new ClaimId("c1"), new ClaimId("c2")],
        "The army and allied militias took Boukamal from IS.", [new ExternalReference(ExternalReference.Acled, "SYR12345")]);

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var e = Full();

        e.Id.Should().Be(Id);
        e.Type.Should().Be(EventType.Battles);
        e.Date.Should().Be(Nov9);
        e.Place.Should().Be(Boukamal);
        e.SubType.Should().Be(SubEventType.GovernmentRegainsTerritory);
        e.Participants.Should().Equal(Participants());
        e.Outcomes.Should().Equal(new ControlChange(Boukamal, IslamicState, Army));
        e.Figures.Should().Equal(new Figure(FigureKind.Killed, new AtLeastCount(20)));
        e.Claims.Should().Equal(new ClaimId("c1"), new ClaimId("c2"));
        e.Description.Should().Be("The army and allied militias took Boukamal from IS.");
        e.ExternalReferences.Should().Equal(new ExternalReference("acled", "SYR12345"));
    }

    [Fact]
    public void Constructor_RequiredOnly_EmptyListsAndNulls()
    {
        var e = new ConflictEvent(Id, EventType.Battles, Nov9);

        e.Place.Should().BeNull();
        e.SubType.Should().BeNull();
        e.Description.Should().BeNull();
        e.Participants.Should().BeEmpty();
        e.Outcomes.Should().BeEmpty();
        e.Figures.Should().BeEmpty();
        e.Claims.Should().BeEmpty();
        e.ExternalReferences.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DefaultIdTypeOrSubType_ThrowsArgument()
    {
        ((Action)(() => _ = new ConflictEvent(default, EventType.Battles, Nov9))).Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        ((Action)(() => _ = new ConflictEvent(Id, default, Nov9))).Should().ThrowExactly<ArgumentException>().WithParameterName("type");
        ((Action)(() => _ = new ConflictEvent(Id, EventType.Battles, Nov9, subType: default(SubEventType)))).Should().ThrowExactly<ArgumentException>().WithParameterName("subType");
        ((Action)(() => _ = new ConflictEvent(Id, EventType.Battles, Nov9, default(PlaceId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("place");
    }

    [Fact]
    public void Constructor_NullParticipant_ThrowsArgumentNamingIndex()
    {
        Action act = () => _ = new ConflictEvent(Id, EventType.Battles, Nov9, participants: [new Participant(Army, ParticipantRole.SideA), null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("participants").WithMessage("*[1]*");
    }

    [Fact]
    public void Constructor_NullInOtherLists_ThrowsArgument()
    {
        ((Action)(() => _ = new ConflictEvent(Id, EventType.Battles, Nov9, outcomes: [null!]))).Should().ThrowExactly<ArgumentException>().WithParameterName("outcomes");
        ((Action)(() => _ = new ConflictEvent(Id, EventType.Battles, Nov9, figures: [null!]))).Should().ThrowExactly<ArgumentException>().WithParameterName("figures");
        ((Action)(() => _ = new ConflictEvent(Id, EventType.Battles, Nov9, externalReferences: [null!]))).Should().ThrowExactly<ArgumentException>().WithParameterName("externalReferences");
    }

    [Fact]
    public void Constructor_DefaultClaimId_ThrowsArgumentNamingIndex()
    {
        Action act = () => _ = new ConflictEvent(Id, EventType.Battles, Nov9, claims: [new ClaimId("c1"), new ClaimId("c2"), default]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("claims").WithMessage("*[2]*");
    }

    [Fact]
    public void ActorsWithRole_Role_ReturnsActorsInOrder()
    {
        var e = Full();

        e.ActorsWithRole(ParticipantRole.SideA).Should().Equal(Army, Hezbollah);
        e.ActorsWithRole(ParticipantRole.SideB).Should().Equal(IslamicState);
        e.ActorsWithRole(ParticipantRole.Supporting).Should().BeEmpty();
    }

    [Fact]
    public void ToString_PrefersSubTypeAndShowsPlace()
    {
        Full().ToString().Should().Be("capture-boukamal: government-regains-territory on 2017-11-09 at boukamal");
        new ConflictEvent(Id, EventType.Battles, Nov9).ToString().Should().Be("capture-boukamal: battles on 2017-11-09");
    }
}
