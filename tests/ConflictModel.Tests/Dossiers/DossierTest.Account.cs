using System.Linq;
using static ConflictModel.Tests.Dossiers.BoukamalFixture;

namespace ConflictModel.Tests.Dossiers;

public partial class DossierTest
{
    [Fact]
    public void AccountOf_ACaptureTheLoserDenies_ListsTheDenialAndTheClaimItDisputes()
    {
        var account = Build().AccountOf(Capture);

        account.Supporting.Should().Equal(AfpLost, ArmyLiberated, OsdhHezbollah, DirectorHezbollah, MilitiaHezbollah);
        account.Denials.Should().Equal(IsDenies);
        account.Disputed.Should().Equal(ArmyLiberated);
        account.DisputedBy.Should().Equal(IsDenies);
        account.IsSupported.Should().BeTrue();
        account.IsDisputed.Should().BeTrue();
        account.ToString().Should().Be(
            "capture-of-boukamal: supported by 5 claims (afp-is-lost-boukamal, army-liberated-boukamal, osdh-hezbollah-led, " +
            "director-hezbollah-backbone, militia-hezbollah-crossed); denied by is-denies-loss; disputed: army-liberated-boukamal by is-denies-loss");
    }

    [Fact]
    public void AccountOf_TwoTollsThatCannotBothBeTrue_EachIsDisputedByTheOther()
    {
        var b = Builder();
        b.AddClaim("osdh-12-killed", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(12)), Capture), new Attribution(Osdh, AttributionMode.Stated));
        b.AddClaim("army-3-killed", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(3)), Capture), new Attribution(Army, AttributionMode.Stated));
        b.AddClaim("afp-12-killed", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(12)), Capture), new Attribution(Afp, AttributionMode.Stated));

        var account = b.Build().AccountOf(Capture);

        account.Disputed.Should().Equal(ArmyLiberated, new ClaimId("osdh-12-killed"), new ClaimId("army-3-killed"), new ClaimId("afp-12-killed"));
        account.DisputedBy.Should().Equal(IsDenies, new ClaimId("osdh-12-killed"), new ClaimId("army-3-killed"), new ClaimId("afp-12-killed"));
    }

    [Fact]
    public void AccountOf_ABreakdownBySide_DoesNotDisputeItsTotal()
    {
        var b = Builder();
        b.AddClaim("total", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(73)), Capture), new Attribution(Osdh, AttributionMode.Stated));
        b.AddClaim("insurgents", new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(43), subject: FigureSubject.OfActor(IslamicState)), Capture,
            partOf: new ClaimId("total")), new Attribution(Osdh, AttributionMode.Stated));
        b.AddClaim("soldiers", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(30), subject: FigureSubject.OfActor(SyrianArmy)), Capture,
            partOf: new ClaimId("total")), new Attribution(Osdh, AttributionMode.Stated));

        var account = b.Build().AccountOf(Capture);

        account.Supporting.Should().Contain([new ClaimId("total"), new ClaimId("insurgents"), new ClaimId("soldiers")]);
        account.Disputed.Should().Equal(ArmyLiberated);
    }

    [Fact]
    public void AccountOf_AnEventNobodyDisputes_SaysSo()
    {
        var b = Builder();
        b.AddClaim("osdh-encirclement", new EventAssertion(Encirclement), new Attribution(Osdh, AttributionMode.Stated));

        var account = b.Build().AccountOf(Encirclement);

        account.Supporting.Should().Equal(new ClaimId("osdh-encirclement"));
        account.IsDisputed.Should().BeFalse();
        account.ToString().Should().Be("encirclement-of-boukamal: supported by 1 claim (osdh-encirclement); undisputed");
    }

    [Fact]
    public void AccountOf_AnEventNothingIsSaidAbout_IsEmpty()
    {
        var account = Build().AccountOf(new EventId("nowhere"));

        account.Supporting.Concat(account.Denials).Concat(account.Disputed).Concat(account.DisputedBy).Should().BeEmpty();
        account.IsSupported.Should().BeFalse();
        account.ToString().Should().Be("nowhere: supported by no claim; undisputed");
    }

    [Fact]
    public void AccountOf_OnlyADenial_IsDisputedAndUnsupported()
    {
        var b = Builder();
        b.AddClaim("army-denies-encirclement", new EventAssertion(Encirclement), new Attribution(Army, AttributionMode.Denied));

        var account = b.Build().AccountOf(Encirclement);

        account.IsSupported.Should().BeFalse();
        account.IsDisputed.Should().BeTrue();
        account.Denials.Should().Equal(new ClaimId("army-denies-encirclement"));
        account.ToString().Should().Be("encirclement-of-boukamal: supported by no claim; denied by army-denies-encirclement");
    }

    [Fact]
    public void AccountOf_AskedTwice_GivesEqualAnswersAndAnotherEventDoesNot()
    {
        var dossier = Build();

        dossier.AccountOf(Capture).Should().Be(Build().AccountOf(Capture));
        dossier.AccountOf(Capture).GetHashCode().Should().Be(Build().AccountOf(Capture).GetHashCode());
        dossier.AccountOf(Capture).Should().NotBe(dossier.AccountOf(Encirclement));
    }
}
