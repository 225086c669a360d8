using NodaTime;
using static ConflictModel.Tests.Dossiers.BoukamalFixture;

namespace ConflictModel.Tests.Dossiers;

public partial class DossierTest
{
    [Fact]
    public void ControlAnswerToString_AfterCapture_ReadsPlaceDateControllerEventClaimsAndDispute()
    {
        var answer = Build().ControllerOf(Boukamal, Thursday.PlusDays(1));

        answer!.ToString().Should().Be(
            "boukamal on 2017-11-10: syrian-army, after capture-of-boukamal (claims: afp-is-lost-boukamal, army-liberated-boukamal; disputed by is-denies-loss)");
    }

    [Fact]
    public void ControlAnswerToString_BeforeCapture_SaysBefore()
    {
        var answer = Build().ControllerOf(Boukamal, Wednesday);

        answer!.ToString().Should().StartWith("boukamal on 2017-11-08: islamic-state, before capture-of-boukamal (claims: ");
    }

    [Fact]
    public void ControlAnswerToString_AssertedOnly_SaysAsserted()
    {
        Build().ControllerOf(Rawa, Thursday)!.ToString().Should().Be("rawa on 2017-11-09: islamic-state, asserted (claims: osdh-is-holds-rawa)");
    }

    [Fact]
    public void ControlAnswerToString_Contested_SaysUnknownControllerAndNoClaims()
    {
        var b = Builder();
        var town = b.AddPlace("hajin", "Hajin", PlaceKind.Town, DeirEzzor);
        b.Add(new ConflictEvent(new EventId("capture-of-hajin"), EventType.Battles, FuzzyDate.InWeekOf(new LocalDate(2018, 12, 14)), town,
            outcomes: [new ControlChange(town, IslamicState, new ActorId("sdf"))]));

        var during = b.Build().ControllerOf(town, new LocalDate(2018, 12, 12));

        during!.ToString().Should().Be("hajin on 2018-12-12: unknown, contested during capture-of-hajin (no claims)");
    }

    [Fact]
    public void CorroborationToString_Corroborated_ListsOriginsClaimsAndTheSameOriginInSingular()
    {
        var corroboration = Build().CorroborationOf(OsdhHezbollah);

        corroboration.ToString().Should().Be(
            "osdh-hezbollah-led (origin osdh): corroborated by 1 independent origin, pro-regime-militia-source (claims: militia-hezbollah-crossed); "
            + "1 claim from the same origin: director-hezbollah-backbone");
    }

    [Fact]
    public void CorroborationToString_NotCorroborated_SaysSo()
    {
        var text = Build().CorroborationOf(ArmyLiberated).ToString();

        text.Should().StartWith("army-liberated-boukamal (origin ").And.Contain("): not corroborated");
        text.Should().NotContain("System.");
    }
}
