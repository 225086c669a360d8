using System.IO;
using ConflictModel.Interop;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    private static readonly SourceId AcledId = new("acled");

    private static readonly AcledImportOptions WithoutDataset = new() { DatasetAsRelay = false };

    [Fact]
    public void Import_Sample_AddsAcledAsASource()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var acled = dossier.Find(AcledId)!;
        acled.Should().NotBeNull();
        acled.Names.Primary.Text.Should().Be("ACLED");
        acled.Names.All.Select(n => n.Text).Should().Contain("Armed Conflict Location & Event Data");
        acled.Kind.Should().Be(SourceKind.NgoMonitor);
        dossier.Sources.Should().ContainSingle(s => s.Names.Primary.Text == "ACLED");
    }

    [Fact]
    public void Import_Sample_RelaysTheRowSourceThroughAcled()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var e = EventOf(dossier, "UKR11111");
        var claims = e.Claims.Select(id => dossier.Find(id)!).ToList();
        claims.Select(c => dossier.Find(c.Source)!.Names.Primary.Text).Should().Equal("Ukrainska Pravda", "Kyiv Independent", "Reuters");
        claims.Should().AllSatisfy(c =>
        {
            c.Attribution.Mode.Should().Be(AttributionMode.Reported);
            c.Attribution.Relays.Should().Equal(new Relay(AcledId));
            c.Report.Should().BeNull();
        });
        dossier.Claims.Should().AllSatisfy(c => c.Attribution.Relays.Should().Equal(new Relay(AcledId)));
    }

    [Fact]
    public void ClaimsRelayedBy_Acled_GivesEveryClaimOfTheImport()
    {
        var dossier = AcledCsvFixture.ImportSample().Dossier;

        var relayed = dossier.ClaimsRelayedBy(AcledId).ToList();

        relayed.Should().NotBeEmpty();
        relayed.Should().Equal(dossier.Claims);
        dossier.ClaimsBy(AcledId).Should().BeEmpty();
    }

    [Fact]
    public void Import_WithoutDatasetAsRelay_GivesTheRowSourceAloneAndNoAcledSource()
    {
        var dossier = AcledCsv.Import(new StringReader(AcledCsvFixture.SampleText), WithoutDataset).Dossier;

        dossier.Claims.Should().NotBeEmpty();
        dossier.Claims.Should().OnlyContain(c => !c.Attribution.IsRelayed);
        dossier.Find(AcledId).Should().BeNull();
        dossier.Sources.Should().NotContain(s => s.Names.Primary.Text == "ACLED");
        dossier.ClaimsRelayedBy(AcledId).Should().BeEmpty();
    }

    [Fact]
    public void Import_DefaultOptions_RelayByDefault()
    {
        AcledImportOptions.Default.DatasetAsRelay.Should().BeTrue();
        new AcledImportOptions().DatasetAsRelay.Should().BeTrue();
    }

    [Fact]
    public void Import_WithAndWithoutDatasetAsRelay_DifferOnlyInTheChainAndTheAcledSource()
    {
        var with = AcledCsvFixture.ImportSample().Dossier;
        var without = AcledCsv.Import(new StringReader(AcledCsvFixture.SampleText), WithoutDataset).Dossier;

        with.Events.Should().Equal(without.Events);
        with.Sources.Where(s => s.Id != AcledId).Should().Equal(without.Sources);
        with.Claims.Select(c => c.Id).Should().Equal(without.Claims.Select(c => c.Id));
        with.Claims.Select(c => c.Source).Should().Equal(without.Claims.Select(c => c.Source));
    }

    [Fact]
    public void Export_WithAndWithoutDatasetAsRelay_WritesTheSameFile()
    {
        var with = AcledCsvFixture.ImportSample().Dossier;
        var without = AcledCsv.Import(new StringReader(AcledCsvFixture.SampleText), WithoutDataset).Dossier;

        AcledCsvFixture.Export(with).Should().Be(AcledCsvFixture.Export(without));
    }

    [Fact]
    public void Export_DossierBuiltWithTheRelay_WritesTheOriginalSourcesOnly()
    {
        // Without kept cells the source column is derived from the claims: ACLED, a relay, is not a source of the row.
        var row = AcledCsvFixture.WithCell(AcledColumns.Source, "SOHR; Reuters");
        var imported = AcledCsv.Import(new StringReader(row)).Dossier;
        var events = imported.Events.Select(e => new ConflictEvent(e.Id, e.Type, e.Date, e.Place, e.SubType, e.Participants,
            figures: e.Figures, claims: e.Claims, description: e.Description, externalReferences: e.ExternalReferences));
        var dossier = new Dossier(imported.Actors, places: imported.Places, sources: imported.Sources, claims: imported.Claims, events: events);
        dossier.Claims.Should().OnlyContain(c => c.Attribution.Relays.Single().Source == AcledId);

        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(dossier)).Single();

        exported[AcledColumns.Source].Should().Be("SOHR; Reuters");
    }

    [Fact]
    public void Import_RowWhoseSourceIsAcled_MakesAcledTheSourceWithoutRelay()
    {
        var result = AcledCsv.Import(new StringReader(AcledCsvFixture.WithCell(AcledColumns.Source, "acled; Reuters")));

        var dossier = result.Dossier;
        var claims = dossier.Claims.ToList();
        claims.Should().HaveCount(2);
        claims[0].Source.Should().Be(AcledId);
        claims[0].Attribution.Relays.Should().BeEmpty();
        dossier.Find(claims[1].Source)!.Names.Primary.Text.Should().Be("Reuters");
        claims[1].Attribution.Relays.Should().Equal(new Relay(AcledId));
        dossier.Sources.Should().ContainSingle(s => s.Names.Primary.Text.Equals("ACLED", StringComparison.OrdinalIgnoreCase));
        DossierValidator.Default.Validate(dossier).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Import_HeaderOnly_AddsNoAcledSource()
    {
        var dossier = AcledCsv.Import(new StringReader(AcledCsvFixture.Header + "\n")).Dossier;

        dossier.Sources.Should().BeEmpty();
    }

    [Fact]
    public void Import_Sample_ValidatesAlikeWithAndWithoutTheRelay()
    {
        var with = AcledCsvFixture.ImportSample().Dossier;
        var without = AcledCsv.Import(new StringReader(AcledCsvFixture.SampleText), WithoutDataset).Dossier;

        var diagnostics = DossierValidator.Default.Validate(with).Diagnostics;

        diagnostics.Select(d => (d.Code, d.Path)).Should().Equal(
            DossierValidator.Default.Validate(without).Diagnostics.Select(d => (d.Code, d.Path)));
        diagnostics.Should().NotContain(d => d.Code == "CM5002" || d.Code == "CM5003" || d.Code == "CM5004");
    }

    [Fact]
    public void GeoJsonWrite_WithAndWithoutTheRelay_WritesTheSameFeatures()
    {
        var with = AcledCsvFixture.ImportSample().Dossier;
        var without = AcledCsv.Import(new StringReader(AcledCsvFixture.SampleText), WithoutDataset).Dossier;

        DossierGeoJson.Write(with).Should().Be(DossierGeoJson.Write(without));
    }
}
