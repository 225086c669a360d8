// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Events;

/// <summary>Participants, control changes and external references.</summary>
public class EventPartsTest
{
    private static readonly ActorId Army = new("syrian-army");
    private static readonly ActorId IslamicState = new("islamic-state");
    private static readonly PlaceId Boukamal = new("boukamal");

    [Fact]
    public void Participant_KeepsActorAndRole()
    {
        var participant = new Participant(Army, ParticipantRole.SideA);

        participant.Actor.Should().Be(Army);
        participant.Role.Should().Be(ParticipantRole.SideA);
        participant.Should().Be(new Participant(new ActorId("syrian-army"), new ParticipantRole("side-a")));
        participant.Should().NotBe(new Participant(Army, ParticipantRole.SideB));
        participant.ToString().Should().Be("syrian-army (side-a)");
    }

    [Fact]
    public void Participant_DefaultActorOrRole_ThrowsArgument()
    {
        ((Action)(() => _ = new Participant(default, ParticipantRole.SideA))).Should().ThrowExactly<ArgumentException>().WithParameterName("actor");
        ((Action)(() => _ = new Participant(Army, default))).Should().ThrowExactly<ArgumentException>().WithParameterName("role");
    }

    [Fact]
    public void ParticipantRole_WellKnownTerms_HaveTheirText()
    {
        ParticipantRole.WellKnown.Should().Equal(
            new ParticipantRole("side-a"), new ParticipantRole("side-b"), new ParticipantRole("supporting"), new ParticipantRole("associated"),
            new ParticipantRole("mediator"), new ParticipantRole("guarantor"));
    }

    [Fact]
    public void ControlChange_KeepsPlaceFromTo()
    {
        var change = new ControlChange(Boukamal, IslamicState, Army);

        change.Place.Should().Be(Boukamal);
        change.From.Should().Be(IslamicState);
        change.To.Should().Be(Army);
        change.ToString().Should().Be("boukamal: islamic-state → syrian-army");
        new ControlChange(Boukamal, null, Army).ToString().Should().Be("boukamal: ? → syrian-army");
    }

    [Fact]
    public void ControlChange_DefaultIds_ThrowArgument()
    {
        ((Action)(() => _ = new ControlChange(default, IslamicState, Army))).Should().ThrowExactly<ArgumentException>().WithParameterName("place");
        ((Action)(() => _ = new ControlChange(Boukamal, default(ActorId), Army))).Should().ThrowExactly<ArgumentException>().WithParameterName("from");
        ((Action)(() => _ = new ControlChange(Boukamal, IslamicState, default(ActorId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("to");
    }

    [Fact]
    public void ControlChange_Equality_ByContent()
    {
        new ControlChange(Boukamal, IslamicState, Army).Should().Be(new ControlChange(Boukamal, IslamicState, Army));
        new ControlChange(Boukamal, IslamicState, Army).Should().NotBe(new ControlChange(Boukamal, Army, IslamicState));
    }

    [Fact]
    public void ExternalReference_KeepsSchemeAndValue()
    {
        var reference = new ExternalReference(ExternalReference.UcdpGed, "244657");

        reference.Scheme.Should().Be("ucdp-ged");
        reference.Value.Should().Be("244657");
        reference.ToString().Should().Be("ucdp-ged:244657");
        ExternalReference.Acled.Should().Be("acled");
    }

    [Fact]
    public void ExternalReference_MalformedSchemeOrBlankValue_Throws()
    {
        ((Action)(() => _ = new ExternalReference("ACLED", "SYR1"))).Should().ThrowExactly<ArgumentException>().WithParameterName("scheme");
        ((Action)(() => _ = new ExternalReference(null!, "SYR1"))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("scheme");
        ((Action)(() => _ = new ExternalReference("acled", " "))).Should().ThrowExactly<ArgumentException>().WithParameterName("value");
        ((Action)(() => _ = new ExternalReference("acled", null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void EventType_WellKnownTerms_AreTheSixAcledTypesThenDisplacementAndStatement()
    {
        EventType.WellKnown.Should().Equal(
            new EventType("battles"), new EventType("explosions-remote-violence"), new EventType("violence-against-civilians"),
            new EventType("protests"), new EventType("riots"), new EventType("strategic-developments"),
            new EventType("displacement"), new EventType("statement"));
    }
}
