using System.Collections.Generic;
using System.Linq;
using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Tests.Dossiers;

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
        participants.Distinct(ReferenceEqualityComparer.Instance).Count().Should().BeLessThan(participants.Count,
            "participants met again while still remembered are shared");
    }

    [Fact]
    public void Read_FiguresDifferingOnlyInSubjectOrPeriod_KeepEachOne()
    {
        var killed = new Figure(FigureKind.Killed, new ExactCount(5));
        var figures = new[]
        {
            killed,
            killed.WithSubject(FigureSubject.OfGroup(PeopleGroup.Civilians)),
            killed.WithSubject(FigureSubject.OfGroup(PeopleGroup.Soldiers)),
            killed.WithPeriod(ValidityInterval.From(new NodaTime.LocalDate(2017, 11, 1))),
            killed.WithPeriod(ValidityInterval.From(new NodaTime.LocalDate(2017, 11, 2))),
        };
        var b = BoukamalFixture.Builder();
        for (int i = 0; i < figures.Length; i++)
        {
            b.Add(DossierNdjsonTest.SmallEvent(2000 + i).WithFigure(figures[i]));
        }
        var dossier = b.Build();

        var back = DossierJson.Read(DossierJson.Write(dossier));

        back.Should().Be(dossier);
        for (int i = 0; i < figures.Length; i++)
        {
            var figure = back.Events.Single(e => e.Id.Value == "e" + (2000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).Figures.Single();
            figure.Should().Be(figures[i], "figure {0} differs from the others only in whose people or which days it counts", i);
        }
    }

    [Fact]
    public void Read_AttributionsRelaysAndWordingsDifferingInOneMember_KeepEachOne()
    {
        var day = FuzzyDate.OnDay(new NodaTime.LocalDate(2017, 11, 9));
        var viaAfp = new Relay(BoukamalFixture.Afp);
        var attributions = new[]
        {
            new Attribution(BoukamalFixture.Osdh, AttributionMode.Reported, [viaAfp]),
            new Attribution(BoukamalFixture.Osdh, AttributionMode.Stated, [viaAfp]),
            new Attribution(BoukamalFixture.Osdh, AttributionMode.Reported, [viaAfp], day),
            new Attribution(BoukamalFixture.Osdh, AttributionMode.Reported, [new Relay(BoukamalFixture.Afp, BoukamalFixture.Dispatch)]),
            new Attribution(BoukamalFixture.Osdh, AttributionMode.Reported, [viaAfp, new Relay(BoukamalFixture.Un)]),
            new Attribution(BoukamalFixture.Osdh, AttributionMode.Reported),
        };
        var wordings = new[] { new Wording("liberated", "took"), new Wording("liberated", "captured"), new Wording("freed", "took") };
        var b = BoukamalFixture.Builder();
        for (int i = 0; i < attributions.Length; i++)
        {
            b.AddClaim("shared-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new EventAssertion(BoukamalFixture.Capture),
                attributions[i], wording: wordings[i % wordings.Length]);
        }
        var dossier = b.Build();

        var back = DossierJson.Read(DossierJson.Write(dossier));

        back.Should().Be(dossier);
        for (int i = 0; i < attributions.Length; i++)
        {
            var claim = back.Claims.Single(c => c.Id.Value == "shared-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            claim.Attribution.Should().Be(attributions[i], "attribution {0} differs from the one before it in one member", i);
            claim.Wording.Should().Be(wordings[i % wordings.Length]);
        }
    }

    [Fact]
    public void Read_EventsRepeatingTwoParticipants_HoldTwoInstances()
    {
        var b = BoukamalFixture.Builder();
        for (int i = 0; i < 300; i++)
        {
            b.Add(DossierNdjsonTest.SmallEvent(1000 + i));
        }
        var dossier = b.Build();

        var back = DossierJson.Read(DossierJson.Write(dossier));

        back.Should().Be(dossier);
        var participants = back.Events.Where(e => e.Id.Value.StartsWith("e1", System.StringComparison.Ordinal) && e.Id.Value.Length == 5)
            .SelectMany(e => e.Participants).ToList();
        participants.Should().HaveCount(600);
        participants.Distinct(ReferenceEqualityComparer.Instance).Should().HaveCount(2, "the same two participants repeat in every event");
    }

    [Fact]
    public void Read_ParticipantWithExtensionData_IsNotSharedAndKeepsItsData()
    {
        var ext = ExtensionData.Empty.With("acme:note", System.Text.Json.JsonDocument.Parse("\"first\"").RootElement.Clone());
        var plain = new Participant(BoukamalFixture.SyrianArmy, ParticipantRole.SideA);
        var b = BoukamalFixture.Builder();
        b.Add(new ConflictEvent(new EventId("x1"), EventType.Battles, FuzzyDate.OnDay(BoukamalFixture.Thursday), participants: [new Participant(BoukamalFixture.SyrianArmy, ParticipantRole.SideA, ext)]));
        b.Add(new ConflictEvent(new EventId("x2"), EventType.Battles, FuzzyDate.OnDay(BoukamalFixture.Thursday), participants: [plain]));
        var dossier = b.Build();

        var back = DossierJson.Read(DossierJson.Write(dossier));

        back.Should().Be(dossier);
        var first = back.Events.Single(e => e.Id.Value == "x1").Participants.Single();
        var second = back.Events.Single(e => e.Id.Value == "x2").Participants.Single();
        (first.Extensions == ext).Should().BeTrue("the participant keeps its extension data");
        second.Extensions.IsEmpty.Should().BeTrue();
    }
}
