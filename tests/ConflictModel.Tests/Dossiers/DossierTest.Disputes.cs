using NodaTime;
using static ConflictModel.Tests.Dossiers.BoukamalFixture;

namespace ConflictModel.Tests.Dossiers;

public partial class DossierTest
{
    [Fact]
    public void ControllerOf_AfterACaptureThatTheLoserDenies_SaysItIsDisputedAndByWhom()
    {
        var answer = Build().ControllerOf(Boukamal, Thursday.PlusDays(1))!;

        answer.Controller.Should().Be(SyrianArmy);
        answer.IsDisputed.Should().BeTrue();
        answer.Disputes.Should().Equal(IsDenies);
        answer.Claims.Should().NotContain(IsDenies);
    }

    [Fact]
    public void CorroborationOf_ACaptureTheLoserDenies_NamesTheDenialAsADispute()
    {
        var corroboration = Build().CorroborationOf(ArmyLiberated);

        corroboration.IsDisputed.Should().BeTrue();
        corroboration.Disputes.Should().Equal(IsDenies);
        corroboration.IndependentClaims.Should().NotContain(IsDenies);
        corroboration.ToString().Should().EndWith("; disputed by " + IsDenies.Value);
    }

    [Fact]
    public void CorroborationOf_TheDenial_IsDisputedByTheClaimsItDenies()
    {
        var corroboration = Build().CorroborationOf(IsDenies);

        corroboration.Disputes.Should().Contain(ArmyLiberated);
    }

    [Fact]
    public void CorroborationOf_AClaimNobodyContradicts_IsNotDisputed()
    {
        var corroboration = Build().CorroborationOf(OsdhHezbollah);

        corroboration.IsDisputed.Should().BeFalse();
        corroboration.ToString().Should().NotContain("disputed");
    }

    [Fact]
    public void ControllerOf_BeforeTheDeniedCapture_IsNotDisputedByTheDenial()
    {
        var answer = Build().ControllerOf(Boukamal, Wednesday)!;

        answer.Controller.Should().Be(IslamicState);
        answer.IsDisputed.Should().BeFalse();
        answer.Disputes.Should().BeEmpty();
    }

    [Fact]
    public void ControllerOf_UndatedDenialOfTheChange_DisputesTheAnswerAfterIt()
    {
        var b = Builder();
        b.AddClaim("army-denies-withdrawal", new ControlChangeAssertion(Boukamal, IslamicState, SyrianArmy),
            new Attribution(new SourceId("amaq"), AttributionMode.Denied));

        var answer = b.Build().ControllerOf(Boukamal, new LocalDate(2017, 12, 1))!;

        answer.Disputes.Should().Contain(new ClaimId("army-denies-withdrawal"));
    }

    [Fact]
    public void ControllerOf_AnotherSourceSaysAnotherActorHeldThePlaceThatDay_IsDisputed()
    {
        var b = Builder();
        b.AddClaim("sdf-says-it-holds-rawa", new ControlAssertion(Rawa, new ActorId("sdf"), FuzzyDate.OnDay(Thursday)),
            new Attribution(new SourceId("sdf-press"), AttributionMode.Claimed));

        var answer = b.Build().ControllerOf(Rawa, Thursday)!;

        // Both claims speak of Thursday; the one given last answers, and the other disputes it.
        answer.Controller.Should().Be(new ActorId("sdf"));
        answer.Claims.Should().Equal(new ClaimId("sdf-says-it-holds-rawa"));
        answer.Disputes.Should().Equal(OsdhRawa);
        answer.ToString().Should().EndWith("(claims: sdf-says-it-holds-rawa; disputed by osdh-is-holds-rawa)");
    }

    [Fact]
    public void ControllerOf_DenialThatTheControllerHeldThePlace_DisputesOnlyThatController()
    {
        var b = Builder();
        b.AddClaim("osdh-denies-is-holds-rawa", new ControlAssertion(Rawa, IslamicState, FuzzyDate.Between(Wednesday, Thursday)),
            new Attribution(Osdh, AttributionMode.Stated), modality: Modality.Negated);
        b.AddClaim("osdh-denies-sdf-holds-rawa", new ControlAssertion(Rawa, new ActorId("sdf"), FuzzyDate.OnDay(Thursday)),
            new Attribution(Osdh, AttributionMode.Denied));

        var answer = b.Build().ControllerOf(Rawa, Thursday)!;

        answer.Controller.Should().Be(IslamicState);
        answer.Disputes.Should().Equal(new ClaimId("osdh-denies-is-holds-rawa"));
    }

    [Fact]
    public void ControllerOf_ClaimsOfAnotherPlaceOrDay_DoNotDisputeIt()
    {
        var b = Builder();
        b.AddClaim("sdf-held-rawa-in-december", new ControlAssertion(Rawa, new ActorId("sdf"), FuzzyDate.OnDay(new LocalDate(2017, 12, 20))),
            new Attribution(new SourceId("sdf-press"), AttributionMode.Claimed));
        b.AddClaim("sdf-holds-boukamal-that-day", new ControlAssertion(Boukamal, new ActorId("sdf"), FuzzyDate.OnDay(Wednesday)),
            new Attribution(new SourceId("sdf-press"), AttributionMode.Claimed), modality: Modality.Future);

        var answer = b.Build().ControllerOf(Rawa, Thursday)!;

        answer.IsDisputed.Should().BeFalse();
    }
}
