using ConflictModel.Samples;
using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Samples.AlbuKamalCaptureReport;

namespace ConflictModel.Tests.Samples;

/// <summary>
/// The checklist of the Reuters report on the capture of Albu Kamal (One America News wire, 8 November
/// 2017): every attributed statement, figure, date and place of the report must be in the dossier.
/// </summary>
public class AlbuKamalCaptureReportTest
{
    private static readonly Dossier Dossier = Build();

    public static TheoryData<string, string, string, string> Statements => new()
    {
        { "commander-captured-wednesday", "pro-assad-commander", "stated", "on Wednesday, a commander in the alliance said" },
        { "commander-free-of-daesh", "pro-assad-commander", "stated", "is free of the Daesh organization" },
        { "commander-hezbollah-foundation", "pro-assad-commander", "stated", "the foundation in the battle" },
        { "commander-hundreds-of-hezbollah-elite", "pro-assad-commander", "stated", "hundreds of the elite forces" },
        { "commander-hezbollah-entered-iraq", "pro-assad-commander", "stated", "Hezbollah forces entered Iraq" },
        { "commander-pmf-crossed-into-syria", "pro-assad-commander", "stated", "crossed into Syria" },
        { "commander-pmf-helped-capture", "pro-assad-commander", "stated", "to help capture the town" },
        { "state-tv-albu-kamal-liberated", "syrian-state-tv", "stated", "Albu Kamal is liberated" },
        { "sohr-not-true-albu-kamal-taken", "sohr", "reported", "it was not true that Albu Kamal was taken" },
        { "sohr-still-fighting", "sohr", "reported", "still fighting in the area" },
        { "reuters-encircled-and-attacked", "reuters", "stated", "encircled and attacked Albu Kamal" },
        { "reuters-iran-backed-hezbollah", "reuters", "stated", "Iran-backed" },
        { "reuters-is-all-but-destroyed", "reuters", "stated", "all but destroyed" },
        { "reuters-is-retains-desert-and-villages", "reuters", "stated", "areas of desert and villages" },
        { "stringer-pmf-liberated-al-qaim", "reuters-stringer", "observed", "liberating the city of Al-Qaim" },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_IsCodedWithItsSourceModeAndWords(string claim, string source, string mode, string words) =>
        CodedReportChecks.StatementIsCoded(Dossier, claim, source, mode, words, Wire, Oann);

    [Fact]
    public void Statements_EveryClaimOfTheDossierIsInTheChecklist() => CodedReportChecks.EveryClaimIsListed(Dossier, Statements);

    [Fact]
    public void Capture_OnWednesdayAccordingToTheCommanderAndDeniedByTheMonitor()
    {
        var capture = Dossier.Find(Capture)!;

        capture.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 8)));
        capture.Outcomes.Should().ContainSingle().Which.Should().Be(new ControlChange(AlbuKamal, IslamicState, SyrianArmy));
        capture.ActorsWithRole(ParticipantRole.Supporting).Should().Equal(Hezbollah, Pmf);
        var denial = Dossier.Find(SohrNotTaken)!;
        denial.Modality.Should().Be(Modality.Negated);
        denial.Assertion.Should().Be(Dossier.Find(CommanderCaptured)!.Assertion, "the monitor denies exactly what the commander asserts");
    }

    [Fact]
    public void Caption_ThePhotographDatesTheCaptureOfAlQaimFiveDaysEarlier()
    {
        var alQaim = Dossier.Find(AlQaimCapture)!;

        alQaim.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 3)));
        Dossier.Find(alQaim.Place!.Value)!.Parent.Should().Be(Iraq);
        Dossier.Find(ReutersStringer)!.Organization.Should().Be(Reuters);
    }

    [Fact]
    public void Names_TheTownAndThePmfAsTheReportSpellsThem()
    {
        Dossier.Find(AlbuKamal)!.Names.Primary.Text.Should().Be("Albu Kamal");
        Dossier.Find(Pmf)!.Names.Matches("Popular Mobilization Forces").Should().BeTrue("the photograph's caption spells it with a z");
        Dossier.Find(IslamicState)!.Names.Matches("Daesh").Should().BeTrue();
    }

    [Fact]
    public void Figure_HundredsOfHezbollahFighters()
    {
        var figure = ((FigureAssertion)Dossier.Find(CommanderHundreds)!.Assertion).Figure;

        figure.ToString().Should().Be("200-999 fighters (actor lebanese-hezbollah)");
    }

    [Fact]
    public void Validate_TheDenialAndThePartysUncorroboratedWords()
    {
        var diagnostics = DossierValidator.Default.Validate(Dossier).Diagnostics;

        diagnostics.Should().ContainSingle(d => d.Code == "CM6004").Which.EntityIds.Should()
            .Contain(["commander-captured-wednesday", "sohr-not-true-albu-kamal-taken"]);
        // The commander and state television speak for a party; only the monitor and Reuters do not.
        diagnostics.Where(d => d.Code == "CM6005").Select(d => d.EntityIds[0]).Should().OnlyContain(id => id.StartsWith("commander-") || id.StartsWith("state-tv-"));
        diagnostics.Should().OnlyContain(d => d.Code == "CM6004" || d.Code == "CM6005");
    }

    [Fact]
    public void Json_RoundTripKeepsEveryConstruct() => CodedReportChecks.JsonRoundTrips(Dossier);
}
