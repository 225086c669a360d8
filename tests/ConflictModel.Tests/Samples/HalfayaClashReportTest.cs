using System.Threading.Tasks;
using ConflictModel.Samples;
using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Samples.HalfayaClashReport;

namespace ConflictModel.Tests.Samples;

/// <summary>
/// The checklist of the Reuters report on fighting in Hama province (Daily Mail wire, 9 November
/// 2018): every attributed statement, figure, time and place of the report must be in the dossier.
/// </summary>
public class HalfayaClashReportTest
{
    private static readonly Dossier Dossier = Build();

    public static TheoryData<string, string, string, string> Statements => new()
    {
        { "sohr-heaviest-fighting-in-a-year", "sohr", "reported", "heaviest fighting in the northwest" },
        { "sohr-army-attacked-near-halfaya", "sohr", "reported", "near the village of Halfaya overnight" },
        { "sohr-some-positions-seized", "sohr", "reported", "seizing some positions" },
        { "sana-ambush-killed-militants", "sana", "stated", "killed insurgents in an ambush in Hama" },
        { "sana-in-response-to-attacks", "sana", "stated", "attacks on a military position with heavy machineguns" },
        { "sohr-unclear-pro-government-losses", "sohr", "reported", "unclear if pro-government forces were killed" },
        { "sohr-22-jaish-al-izza-killed", "sohr", "reported", "At least 22 members of the Jaish al-Izza faction" },
        { "sohr-dozens-wounded", "sohr", "reported", "dozens more were wounded" },
        { "sohr-highest-toll-in-months", "sohr", "reported", "highest casualty toll of fighters" },
        { "reuters-russia-turkey-deal", "reuters", "stated", "a deal in September between Russia" },
        { "reuters-russia-damascus-ally", "reuters", "stated", "a key Damascus ally" },
        { "reuters-turkey-backs-opposition", "reuters", "stated", "has backed the opposition" },
        { "reuters-zone-staved-off-offensive", "reuters", "stated", "deep demilitarized zone" },
        { "reuters-insurgents-control-idlib", "reuters", "stated", "the dominant force being Tahrir al-Sham" },
        { "sohr-shelling-jarjanaz", "sohr", "reported", "shelled parts of Jarjanaz" },
        { "sohr-shelling-khan-sheikhoun", "sohr", "reported", "Khan Sheikhoun" },
        { "un-nearly-3-million-in-northwest", "un", "stated", "nearly 3 million people" },
        { "un-battle-could-spark-suffering", "un", "stated", "could spark great suffering" },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_IsCodedWithItsSourceModeAndWords(string claim, string source, string mode, string words) =>
        CodedReportChecks.StatementIsCoded(Dossier, claim, source, mode, words, Wire, DailyMail);

    [Fact]
    public void Statements_EveryClaimOfTheDossierIsInTheChecklist() => CodedReportChecks.EveryClaimIsListed(Dossier, Statements);

    [Fact]
    public void Attack_OvernightNearHalfaya()
    {
        var attack = Dossier.Find(Attack)!;

        attack.Date.Should().Be(FuzzyDate.Between(new LocalDate(2018, 11, 8), new LocalDate(2018, 11, 9)));
        attack.Time.Should().Be(DayTime.During(PartOfDay.Overnight));
        var place = Dossier.Find(attack.Place!.Value)!;
        place.RelativeTo!.Of.Should().Be(Halfaya);
        place.RelativeTo.IsNear.Should().BeTrue();
        attack.ActorsWithRole(ParticipantRole.Supporting).Should().Equal(AlliedForces);
    }

    [Fact]
    public void Figures_OneFactionsTollAndWounded()
    {
        var killed = ((FigureAssertion)Dossier.Find(SohrKilled)!.Assertion).Figure;
        var wounded = ((FigureAssertion)Dossier.Find(SohrWounded)!.Assertion).Figure;

        killed.ToString().Should().Be("at least 22 killed (actor jaish-al-izza)");
        wounded.ToString().Should().Be("20-99 injured (actor jaish-al-izza)");
        ((FigureAssertion)Dossier.Find(UnPopulation)!.Assertion).Figure.Value.Should().Be(new AtMostCount(3_000_000));
    }

    [Fact]
    public void Deal_RussiaAndTurkeyAsGuarantorsEachBackingASide()
    {
        var deal = Dossier.Find(SochiDeal)!;

        deal.SubType.Should().Be(SubEventType.Agreement);
        deal.ActorsWithRole(ParticipantRole.Guarantor).Should().Equal(Russia, Turkey);
        Dossier.Find(RussiaAlliedWithDamascus)!.Kind.Should().Be(RelationKind.AlliedWith);
        Dossier.Find(TurkeyBacksOpposition)!.Kind.Should().Be(RelationKind.Supports);
        var zone = Dossier.Find(DemilitarizedZone)!.RelativeTo!;
        zone.Of.Should().Be(IdlibRegion);
        zone.DistanceKilometres.Should().Be(17.5);
        zone.IsApproximate.Should().BeTrue();
    }

    [Fact]
    public void Reports_KnownToTheDayOnly()
    {
        Dossier.Reports.Should().OnlyContain(r => !r.IsPublishedTimeKnown && r.PublishedDate == new LocalDate(2018, 11, 9));
    }

    [Fact]
    public void Validate_OnlySanaSpeakingOfItsOwnSide()
    {
        var result = DossierValidator.Default.Validate(Dossier);

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "CM6005" && d.EntityIds.Contains("sana-ambush-killed-militants"));
    }

    [Fact]
    public void Json_RoundTripKeepsEveryConstruct() => CodedReportChecks.JsonRoundTrips(Dossier);

    [Fact]
    public Task Ndjson_RoundTripKeepsEveryConstructByteForByte() => CodedReportChecks.NdjsonRoundTripsByteForByte(Dossier);
}
