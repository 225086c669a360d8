using NodaTime;
using static ConflictModel.Tests.Dossiers.BoukamalFixture;

namespace ConflictModel.Tests.Dossiers;

public partial class DossierTest
{
    [Fact]
    public void ControllerOf_DayBeforeCapture_IsIslamicStateBeforeTheChange()
    {
        var answer = Build().ControllerOf(Boukamal, Wednesday);

        answer.Should().NotBeNull();
        answer!.Controller.Should().Be(IslamicState);
        answer.Basis.Should().Be(ControlBasis.BeforeChange);
        answer.Event.Should().Be(Capture);
    }

    [Fact]
    public void ControllerOf_DayAfterCapture_IsSyrianArmyWithTheClaimsBehindIt()
    {
        var answer = Build().ControllerOf(Boukamal, Thursday.PlusDays(1));

        answer!.Controller.Should().Be(SyrianArmy);
        answer.Basis.Should().Be(ControlBasis.AfterChange);
        answer.Event.Should().Be(Capture);
        // The army's own claim and AFP's account back the answer; the participation claims do not
        // speak of control, and the Islamic State's denial is not evidence.
        answer.Claims.Should().Equal(AfpLost, ArmyLiberated);
    }

    [Fact]
    public void ControllerOf_DayOfCapture_IsNewController()
    {
        Build().ControllerOf(Boukamal, Thursday)!.Controller.Should().Be(SyrianArmy);
    }

    [Fact]
    public void ControllerOf_MonthsLater_StillLastKnownController()
    {
        Build().ControllerOf(Boukamal, new LocalDate(2018, 3, 1))!.Controller.Should().Be(SyrianArmy);
    }

    [Fact]
    public void ControllerOf_PlaceWithOnlyAnAssertion_AnswersFromTheClaim()
    {
        var dossier = Build();

        var answer = dossier.ControllerOf(Rawa, Thursday);

        answer!.Controller.Should().Be(IslamicState);
        answer.Basis.Should().Be(ControlBasis.Asserted);
        answer.Claims.Should().Equal(OsdhRawa);
        answer.Event.Should().BeNull();
    }

    [Fact]
    public void ControllerOf_BeforeAnyAssertion_IsUnknown()
    {
        Build().ControllerOf(Rawa, Wednesday).Should().BeNull();
    }

    [Fact]
    public void ControllerOf_PlaceNobodySpeaksOf_IsNull()
    {
        Build().ControllerOf(Syria, Thursday).Should().BeNull();
    }

    [Fact]
    public void ControllerOf_InsideUncertainDatesOfChange_IsContested()
    {
        var b = Builder();
        var town = b.AddPlace("hajin", "Hajin", PlaceKind.Town, DeirEzzor);
        b.Add(new ConflictEvent(new EventId("capture-of-hajin"), EventType.Battles, FuzzyDate.InWeekOf(new LocalDate(2018, 12, 14)), town,
            outcomes: [new ControlChange(town, IslamicState, new ActorId("sdf"))]));
        var dossier = b.Build();

        var during = dossier.ControllerOf(town, new LocalDate(2018, 12, 12));
        var after = dossier.ControllerOf(town, new LocalDate(2018, 12, 16));
        var before = dossier.ControllerOf(town, new LocalDate(2018, 12, 9));

        during!.Basis.Should().Be(ControlBasis.Contested);
        during.Controller.Should().BeNull();
        after!.Controller.Should().Be(new ActorId("sdf"));
        before!.Controller.Should().Be(IslamicState);
    }

    [Fact]
    public void ControllerOf_LaterChangeBack_FollowsTheLatest()
    {
        var b = Builder();
        b.Add(new ConflictEvent(new EventId("counter-attack"), EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 19)), Boukamal,
            SubEventType.NonStateActorOvertakesTerritory, outcomes: [new ControlChange(Boukamal, SyrianArmy, IslamicState)]));
        b.Add(new ConflictEvent(new EventId("second-capture"), EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 25)), Boukamal,
            outcomes: [new ControlChange(Boukamal, IslamicState, SyrianArmy)]));
        var dossier = b.Build();

        dossier.ControllerOf(Boukamal, new LocalDate(2017, 11, 15))!.Controller.Should().Be(SyrianArmy);
        dossier.ControllerOf(Boukamal, new LocalDate(2017, 11, 20))!.Controller.Should().Be(IslamicState);
        dossier.ControllerOf(Boukamal, new LocalDate(2017, 11, 20))!.Event.Should().Be(new EventId("counter-attack"));
        dossier.ControllerOf(Boukamal, new LocalDate(2017, 12, 1))!.Controller.Should().Be(SyrianArmy);
        dossier.ControlHistory(Boukamal).Select(h => h.Event.Id.Value)
            .Should().Equal("capture-of-boukamal", "counter-attack", "second-capture");
    }

    [Fact]
    public void ControllerOf_FutureClaim_IsNotEvidence()
    {
        var b = new DossierBuilder();
        var place = b.AddPlace("raqqa", "Raqqa", PlaceKind.City);
        b.AddClaim("forecast", new ControlAssertion(place, SyrianArmy, FuzzyDate.InMonth(new YearMonth(2018, 1))),
            new Attribution(Army, AttributionMode.Estimated), modality: Modality.Future);

        b.Build().ControllerOf(place, new LocalDate(2018, 1, 15)).Should().BeNull();
    }

    [Fact]
    public void ControllerOf_ChangeClaimWithoutEvent_IsEvidence()
    {
        var b = new DossierBuilder();
        var place = b.AddPlace("al-qaim", "al-Qaïm", PlaceKind.BorderCrossing);
        var iraqiForces = new ActorId("iraqi-forces");
        b.AddClaim("retaken", new ControlChangeAssertion(place, IslamicState, iraqiForces, FuzzyDate.OnDay(new LocalDate(2017, 11, 3))),
            new Attribution(Afp, AttributionMode.Stated));
        var dossier = b.Build();

        dossier.ControllerOf(place, new LocalDate(2017, 11, 1))!.Controller.Should().Be(IslamicState);
        dossier.ControllerOf(place, new LocalDate(2017, 11, 5))!.Controller.Should().Be(iraqiForces);
        dossier.ControllerOf(place, new LocalDate(2017, 11, 5))!.Claims.Should().Equal(new ClaimId("retaken"));
    }
}
