using System.IO;
using ConflictModel.Interop;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Interop;

public sealed partial class UcdpGedCsvTest
{
    private static readonly SourceId UcdpId = new("ucdp");

    private static readonly UcdpImportOptions WithoutDataset = new() { DatasetAsRelay = false };

    private static Dossier ImportSampleWithoutDataset() =>
        UcdpGedCsv.Import(new StringReader(UcdpGedCsvFixture.SampleText), WithoutDataset).Dossier;

    [Fact]
    public void Import_Sample_AddsUcdpAsASource()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var ucdp = dossier.Find(UcdpId)!;
        ucdp.Should().NotBeNull();
        ucdp.Names.Primary.Text.Should().Be("UCDP");
        ucdp.Names.All.Select(n => n.Text).Should().Contain("Uppsala Conflict Data Program");
        ucdp.Kind.Should().Be(SourceKind.NgoMonitor);
        dossier.Sources.Should().ContainSingle(s => s.Names.Primary.Text == "UCDP");
    }

    [Fact]
    public void Import_OriginalRelayedByAnOffice_ChainsOriginalThenOfficeInItsReportThenUcdp()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;
        string Name(SourceId id) => dossier.Find(id)!.Names.Primary.Text;

        var claim = dossier.ClaimsAbout(Event(dossier, "244101").Id)
            .Single(c => Name(c.Source) == "SOHR" && Name(c.Attribution.Relays[0].Source) == "Reuters");

        var relays = claim.Attribution.Relays;
        relays.Should().HaveCount(2);
        relays[0].Report.Should().Be(claim.Report);
        dossier.Find(claim.Report!.Value)!.Publisher.Should().Be(relays[0].Source);
        relays[1].Should().Be(new Relay(UcdpId));
    }

    [Fact]
    public void Import_OriginalsWithoutOffice_AreRelayedByUcdpAlone()
    {
        var csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow().With("source_office", "").With("source_date", ""));

        var dossier = UcdpGedCsv.Import(new StringReader(csv)).Dossier;

        var claim = dossier.Claims.Should().ContainSingle().Subject;
        dossier.Find(claim.Source)!.Names.Primary.Text.Should().Be("Kunduz police");
        claim.Attribution.Relays.Should().Equal(new Relay(UcdpId));
        claim.Report.Should().BeNull();
    }

    [Fact]
    public void ClaimsRelayedBy_Ucdp_GivesEveryClaimOfTheImport()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var relayed = dossier.ClaimsRelayedBy(UcdpId).ToList();

        relayed.Should().NotBeEmpty();
        relayed.Should().Equal(dossier.Claims);
        dossier.Claims.Should().AllSatisfy(c => c.Attribution.Relays[^1].Should().Be(new Relay(UcdpId)));
    }

    [Fact]
    public void Import_WithoutDatasetAsRelay_StopsTheChainAtTheOffices()
    {
        var dossier = ImportSampleWithoutDataset();
        string Name(SourceId id) => dossier.Find(id)!.Names.Primary.Text;

        dossier.Find(UcdpId).Should().BeNull();
        dossier.ClaimsRelayedBy(UcdpId).Should().BeEmpty();
        dossier.ClaimsAbout(Event(dossier, "244101").Id).Select(c => Name(c.Source) + " via " + Name(c.Attribution.Relays.Single().Source))
            .Should().BeEquivalentTo(["SOHR via AFP", "SOHR via Reuters", "Syrian Army via AFP", "Syrian Army via Reuters"]);
        dossier.ClaimsAbout(Event(dossier, "167455").Id).Single().Attribution.Relays.Should().BeEmpty();
        UcdpImportOptions.Default.DatasetAsRelay.Should().BeTrue();
    }

    [Fact]
    public void Import_WithAndWithoutDatasetAsRelay_DifferOnlyInTheChainAndTheUcdpSource()
    {
        var with = UcdpGedCsvFixture.ImportSample().Dossier;
        var without = ImportSampleWithoutDataset();

        with.Events.Should().Equal(without.Events);
        with.Reports.Should().Equal(without.Reports);
        with.Sources.Where(s => s.Id != UcdpId).Should().Equal(without.Sources);
        with.Claims.Select(c => (c.Id, c.Source, c.Report)).Should().Equal(without.Claims.Select(c => (c.Id, c.Source, c.Report)));
        with.Claims.Select(c => c.Attribution.Relays.SkipLast(1)).Should().BeEquivalentTo(
            without.Claims.Select(c => c.Attribution.Relays), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Import_UcdpNamedAsOfficeOrOriginal_IsNeverTwiceInTheChain()
    {
        var csv = UcdpGedCsvFixture.Csv(
            UcdpGedCsvFixture.GoodRow("1").With("source_office", "UCDP"),
            UcdpGedCsvFixture.GoodRow("2").With("source_original", "ucdp"));

        var dossier = UcdpGedCsv.Import(new StringReader(csv)).Dossier;

        var viaOffice = dossier.ClaimsAbout(Event(dossier, "1").Id).Single();
        viaOffice.Attribution.Relays.Select(r => r.Source).Should().Equal(UcdpId);
        viaOffice.Attribution.Relays[0].Report.Should().Be(viaOffice.Report);
        var asOriginal = dossier.ClaimsAbout(Event(dossier, "2").Id).Single();
        asOriginal.Source.Should().Be(UcdpId);
        asOriginal.Attribution.Relays.Select(r => dossier.Find(r.Source)!.Names.Primary.Text).Should().Equal("Pajhwok Afghan News");
        dossier.Sources.Should().ContainSingle(s => s.Names.Primary.Text.Equals("UCDP", StringComparison.OrdinalIgnoreCase));
        DossierValidator.Default.Validate(dossier).Diagnostics.Should().NotContain(d => d.Code.StartsWith("CM500", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_HeaderOnly_AddsNoUcdpSource()
    {
        var dossier = UcdpGedCsv.Import(new StringReader(UcdpGedCsvFixture.Header() + "\n")).Dossier;

        dossier.Sources.Should().BeEmpty();
    }

    [Fact]
    public void Import_Sample_ValidatesAlikeWithAndWithoutTheRelay()
    {
        var diagnostics = DossierValidator.Default.Validate(UcdpGedCsvFixture.ImportSample().Dossier).Diagnostics;

        diagnostics.Select(d => (d.Code, d.Path)).Should().Equal(
            DossierValidator.Default.Validate(ImportSampleWithoutDataset()).Diagnostics.Select(d => (d.Code, d.Path)));
        diagnostics.Should().NotContain(d => d.Code == "CM5002" || d.Code == "CM5003" || d.Code == "CM5004");
    }
}
