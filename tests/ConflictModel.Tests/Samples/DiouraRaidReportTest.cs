using System.Threading.Tasks;
using ConflictModel.Samples;
using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Samples.DiouraRaidReport;

namespace ConflictModel.Tests.Samples;

/// <summary>
/// The checklist of the AFP report on the Dioura raid (Journal du Cameroun, 17 March 2019): every
/// attributed statement, figure, time and place of the report, written out here from the report
/// itself, must be in the coded dossier.
/// </summary>
public class DiouraRaidReportTest
{
    private static readonly Dossier Dossier = Build();

    // Who said what, through whom, in which words: one row per attributed statement of the report.
    public static TheoryData<string, string, string, string> Statements => new()
    {
        { "afp-raid-at-dawn", "afp", "stated", "stormed Dioura army camp in the Mopti region at dawn" },
        { "sources-at-least-eight-dead", "military-and-security-sources", "stated", "killed at least eight people Sunday" },
        { "military-many-soldiers-dead-or-missing", "military-source", "stated", "many soldiers dead or missing" },
        { "security-at-least-eight-dead", "malian-security-source", "stated", "a heavy toll of at least eight dead" },
        { "security-dead-missing-wounded", "malian-security-source", "stated", "still others are wounded" },
        { "villagers-up-to-fifteen-troops", "local-villagers", "reported", "up to 15 troops had died" },
        { "second-source-troops-fought-back", "second-military-source", "stated", "Our men responded" },
        { "second-source-four-bodies", "second-military-source", "observed", "I saw at least four bodies on the ground" },
        { "second-source-no-exact-toll", "second-military-source", "stated", "We don't have an exact toll yet" },
        { "residents-at-least-fifteen-killed", "local-residents", "estimated", "at least 15 people had been killed" },
        { "president-united-against-terrible-acts", "ibrahim-boubacar-keita", "stated", "united against terrible acts" },
        { "afp-extremists-took-north-2012", "afp", "stated", "took control of Mali's desert north in early 2012" },
        { "afp-french-led-operation-2013", "afp", "stated", "French-led military operation launched in January 2013" },
        { "afp-peace-agreement-2015", "afp", "stated", "signed a peace agreement with some armed groups" },
        { "un-237-attacks-2018", "un", "reported", "237 attacks in 2018" },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_IsCodedWithItsSourceModeAndWords(string claim, string source, string mode, string words)
    {
        var found = Dossier.Find(new ClaimId(claim));

        found.Should().NotBeNull(claim);
        found!.Attribution.Source.Should().Be(new SourceId(claim.StartsWith("afp-", StringComparison.Ordinal) ? "afp" : source));
        found.Attribution.Mode.Should().Be(new AttributionMode(mode));
        found.Quote!.Text.Should().Contain(words);
        found.Report.Should().Be(Relayed);
    }

    [Fact]
    public void Statements_EveryClaimOfTheDossierIsInTheChecklist()
    {
        var listed = Statements.Select(row => row.Data.Item1).ToHashSet();

        Dossier.Claims.Select(c => c.Id.Value).Should().BeEquivalentTo(listed);
    }

    [Theory]
    [InlineData("sources-at-least-eight-dead", "afp", "journal-du-cameroun")]
    [InlineData("villagers-up-to-fifteen-troops", "malian-security-source", "afp", "journal-du-cameroun")]
    [InlineData("residents-at-least-fifteen-killed", "foreign-security-source", "afp", "journal-du-cameroun")]
    [InlineData("afp-raid-at-dawn", "journal-du-cameroun")]
    public void Relays_NearestTheSourceFirst(string claim, params string[] chain)
    {
        Dossier.Find(new ClaimId(claim))!.Attribution.Relays.Select(r => r.Source.Value).Should().Equal(chain);
    }

    [Theory]
    [InlineData("sources-at-least-eight-dead", "at least 8 killed")]
    [InlineData("security-at-least-eight-dead", "at least 8 killed")]
    [InlineData("villagers-up-to-fifteen-troops", "at most 15 killed (actor malian-armed-forces)")]
    [InlineData("second-source-four-bodies", "at least 4 killed")]
    [InlineData("residents-at-least-fifteen-killed", "at least 15 killed")]
    [InlineData("un-237-attacks-2018", "237 attacks over 2018-01-01/2018-12-31")]
    public void Figures_EveryTollAsGiven(string claim, string figure)
    {
        ((FigureAssertion)Dossier.Find(new ClaimId(claim))!.Assertion).Figure.ToString().Should().Be(figure);
    }

    [Fact]
    public void Figures_SoldiersAreAPartOfThePeopleKilled()
    {
        var troops = (FigureAssertion)Dossier.Find(VillagersFifteenTroops)!.Assertion;

        troops.PartOf.Should().Be(SourcesEight);
        troops.Figure.Subject.Should().Be(FigureSubject.OfActor(MalianArmy));
    }

    [Fact]
    public void Raid_AtDawnOnSundayAtTheCampInMopti()
    {
        var raid = Dossier.Find(Raid)!;

        raid.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2019, 3, 17)));
        raid.Time.Should().Be(DayTime.During(PartOfDay.Dawn));
        raid.Place.Should().Be(DiouraCamp);
        Dossier.Find(DiouraCamp)!.Parent.Should().Be(Dioura);
        Dossier.Find(Dioura)!.Parent.Should().Be(Mopti);
        Dossier.Find(Mopti)!.Parent.Should().Be(Mali);
        raid.ActorsWithRole(ParticipantRole.SideA).Should().Equal(Attackers);
        raid.ActorsWithRole(ParticipantRole.SideB).Should().Equal(MalianArmy);
    }

    [Theory]
    [InlineData("military-and-security-sources", "several", "official", null)]
    [InlineData("military-source", null, "member", "malian-armed-forces")]
    [InlineData("second-military-source", null, "member", "malian-armed-forces")]
    [InlineData("local-villagers", "several", "resident", null)]
    [InlineData("local-residents", "several", "resident", null)]
    public void Sources_CollectiveAndAnonymousWithTheirStanding(string id, string? count, string role, string? memberOf)
    {
        var source = Dossier.Find(new SourceId(id))!;

        source.Kind.Should().Be(SourceKind.Anonymous);
        source.Count?.ToString().Should().Be(count);
        (source.Count is null).Should().Be(count is null);
        source.Role.Should().Be(new SourceRole(role));
        source.MemberOf?.Value.Should().Be(memberOf);
        source.SpeaksFor.Should().BeNull();
    }

    [Fact]
    public void Reports_TheAgencysDayOnlyAndTheRelaysInstant()
    {
        Dossier.Find(AfpDispatch)!.IsPublishedTimeKnown.Should().BeFalse();
        Dossier.Find(AfpDispatch)!.PublishedDate.Should().Be(new LocalDate(2019, 3, 17));
        Dossier.Find(Relayed)!.IsPublishedTimeKnown.Should().BeTrue();
        Dossier.Find(Relayed)!.Published.LocalDateTime.Should().Be(new LocalDateTime(2019, 3, 17, 21, 54));
    }

    [Fact]
    public void Validate_OnlyTheSecondMilitarySourceSpeakingOfItsOwnSide()
    {
        var result = DossierValidator.Default.Validate(Dossier);

        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "CM6005" && d.EntityIds.Contains("second-source-troops-fought-back"));
    }

    [Fact]
    public void Json_RoundTripKeepsEveryConstruct() => CodedReportChecks.JsonRoundTrips(Dossier);

    [Fact]
    public Task Ndjson_RoundTripKeepsEveryConstructByteForByte() => CodedReportChecks.NdjsonRoundTripsByteForByte(Dossier);
}
