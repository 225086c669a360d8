using System.Collections.Generic;
using System.Linq;
using ConflictModel.Serialization;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    [Fact]
    public void Read_ClaimNamedByItsEvent_HoldsOneStringForTheId()
    {
        var written = DossierJson.Write(SyntheticDossier.Generate(50));

        var back = DossierJson.Read(written);

        back.Events.Should().NotBeEmpty();
        foreach (var e in back.Events)
        {
            e.Claims.Should().NotBeEmpty();
            foreach (var named in e.Claims)
            {
                var claim = back.Claims.Single(c => c.Id == named);
                ReferenceEquals(claim.Id.Value, named.Value).Should().BeTrue($"event {e.Id} names claim {named} by the string the claim holds");
            }
        }
    }

    [Fact]
    public void Read_AssertionNamingAnEvent_HoldsTheEventsIdString()
    {
        var back = DossierJson.Read(DossierJson.Write(SyntheticDossier.Generate(50)));

        var events = back.Events.ToDictionary(e => e.Id);
        var assertions = back.Claims.Select(c => c.Assertion).OfType<EventAssertion>().ToList();
        assertions.Should().NotBeEmpty();
        foreach (var assertion in assertions)
        {
            ReferenceEquals(assertion.Event.Value, events[assertion.Event].Id.Value).Should().BeTrue($"the assertion names event {assertion.Event} by the event's own string");
        }
    }

    [Fact]
    public void Read_EqualParticipantsAndFigures_ShareOneInstanceAndStayEqual()
    {
        var dossier = SyntheticDossier.Generate(200);

        var back = DossierJson.Read(DossierJson.Write(dossier));

        back.Should().Be(dossier);
        var participants = back.Events.SelectMany(e => e.Participants).ToList();
        participants.Distinct(ReferenceEqualityComparer.Instance).Count().Should().Be(participants.Distinct().Count(),
            "each distinct participant is one instance");
        foreach (var claim in back.Claims)
        {
            if (claim.Assertion is FigureAssertion { Event: { } eventId } asserted)
            {
                var figure = back.Events.Single(e => e.Id == eventId).Figures.Single();
                if (figure == asserted.Figure)
                {
                    ReferenceEquals(figure, asserted.Figure).Should().BeTrue($"claim {claim.Id} asserts the figure of event {eventId}");
                }
            }
        }
    }
}
