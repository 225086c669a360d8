using System.IO;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Tests.Interop;

public sealed partial class UcdpGedCsvTest
{
    private static ConflictEvent Event(Dossier dossier, string gedId) =>
        dossier.Events.Single(e => e.ExternalReferences.Any(r => r.Scheme == ExternalReference.UcdpGed && r.Value == gedId));

    private static List<string> PlaceChain(Dossier dossier, PlaceId id)
    {
        var names = new List<string>();
        for (var place = dossier.Find(id); place is not null; place = place.Parent is { } p ? dossier.Find(p) : null)
        {
            names.Insert(0, place.Names.Primary.Text);
        }
        return names;
    }

    [Fact]
    public void Import_Sample_ImportsEveryRow()
    {
        var result = UcdpGedCsvFixture.ImportSample();

        result.RowsRead.Should().Be(11);
        result.RowsImported.Should().Be(11);
        result.RowsRejected.Should().Be(0);
        result.Diagnostics.Should().BeEmpty();
        result.Dossier.Events.Should().HaveCount(11);
    }

    [Fact]
    public void Import_Sample_DeduplicatesActorsByNameAcrossRows()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        dossier.Actors.Select(a => a.Names.Primary.Text).Should().BeEquivalentTo(
        [
            "Government of Syria", "IS", "Civilians", "Government of Afghanistan", "Taleban", "CODECO", "Zaïre",
            "Government of DR Congo (Zaire)", "M23", "JNIM", "Government of Mali", "Government of Russia (Soviet Union)", "Government of Ukraine",
        ]);
        var syria = dossier.Actors.Single(a => a.Names.Primary.Text == "Government of Syria");
        syria.Kind.Should().Be(ActorKind.StateForces);
        syria.Extensions.TryGetValue("ucdp:new_id", out var newId).Should().BeTrue();
        newId.GetString().Should().Be("120");
        dossier.Actors.Single(a => a.Names.Primary.Text == "Civilians").Kind.Should().Be(ActorKind.Civilians);
    }

    [Fact]
    public void Import_Sample_KeepsGedIdAndRelIdAsExternalReferences()
    {
        var e = Event(UcdpGedCsvFixture.ImportSample().Dossier, "244101");

        e.ExternalReferences.Should().BeEquivalentTo(
            [new ExternalReference("ucdp-ged", "244101"), new ExternalReference("ucdp-ged-relid", "SYR-2017-1-299-117")]);
    }

    [Fact]
    public void Import_Sample_MapsSidesAndTypeOfViolence()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var battle = Event(dossier, "244101");
        battle.Type.Should().Be(EventType.Battles);
        dossier.Find(battle.ActorsWithRole(ParticipantRole.SideA).Single())!.Names.Primary.Text.Should().Be("Government of Syria");
        dossier.Find(battle.ActorsWithRole(ParticipantRole.SideB).Single())!.Names.Primary.Text.Should().Be("IS");

        Event(dossier, "402118").Type.Should().Be(EventType.Battles);
        var oneSided = Event(dossier, "433020");
        oneSided.Type.Should().Be(EventType.ViolenceAgainstCivilians);
        oneSided.Extensions.TryGetValue("ucdp:type_of_violence", out var code).Should().BeTrue();
        code.GetString().Should().Be("3");
    }

    [Fact]
    public void Import_Sample_BuildsPlaceHierarchyWithPointAndPrecision()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var town = dossier.Find(Event(dossier, "244101").Place!.Value)!;
        PlaceChain(dossier, town.Id).Should().Equal("Syria", "Dayr az Zawr governorate", "Abu Kamal district", "Abu Kamal town");
        town.Location.Should().Be(new GeoPoint(34.4506, 40.9189));
        town.Precision.Should().Be(SpatialPrecision.Exact);
        Event(dossier, "244190").Place.Should().Be(town.Id, "the same town in a later row is the same place");
        dossier.Places.Count(p => p.Names.Primary.Text == "Syria").Should().Be(1);
    }

    [Theory]
    [InlineData("402118", SpatialPrecision.DistrictCentroid, new[] { "DR Congo (Zaire)", "Ituri province", "Djugu territory" })]
    [InlineData("433020", SpatialPrecision.ProvinceCentroid, new[] { "Mali", "Mopti region" })]
    [InlineData("469001", SpatialPrecision.CountryCentroid, new[] { "Ukraine" })]
    [InlineData("455810", SpatialPrecision.Near, new[] { "Ukraine", "Donetsk oblast", "Bakhmut raion", "Bakhmut city" })]
    public void Import_WhereCoordinatesNamingADivision_PutsThePointOnThatDivision(string gedId, SpatialPrecision precision, string[] chain)
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var place = dossier.Find(Event(dossier, gedId).Place!.Value)!;

        PlaceChain(dossier, place.Id).Should().Equal(chain);
        place.Precision.Should().Be(precision);
        place.Location.Should().NotBeNull();
    }

    [Theory]
    [InlineData("244101", "2017-11-09", "2017-11-09", DatePrecision.Day, 1)]
    [InlineData("244102", "2017-11-03", "2017-11-05", DatePrecision.DayRange, 2)]
    [InlineData("402118", "2022-06-06", "2022-06-12", DatePrecision.Week, 3)]
    [InlineData("433020", "2023-03-01", "2023-03-31", DatePrecision.Month, 4)]
    [InlineData("469001", "2023-01-01", "2023-12-31", DatePrecision.Year, 5)]
    public void Import_Sample_MapsDateIntervalAndPrecision(string gedId, string start, string end, DatePrecision precision, int datePrec)
    {
        var date = Event(UcdpGedCsvFixture.ImportSample().Dossier, gedId).Date;

        date.Start.ToString("uuuu-MM-dd", null).Should().Be(start);
        date.End.ToString("uuuu-MM-dd", null).Should().Be(end);
        date.Precision.Should().Be(precision);
        date.ToUcdpDatePrecision().Should().Be(datePrec);
    }

    [Fact]
    public void Import_Sample_MapsLowBestHighAndDeathsBySide()
    {
        var e = Event(UcdpGedCsvFixture.ImportSample().Dossier, "455810");

        var killed = e.Figures.Single(f => f.Kind == FigureKind.Killed).Value.Should().BeOfType<CountEstimate>().Subject;
        (killed.Low, killed.BestEstimate, killed.High).Should().Be((60m, 120m, 300m));
        e.Figures.Single(f => f.Kind.Value == "killed-side-a").Value.Should().Be(new ExactCount(80));
        e.Figures.Single(f => f.Kind.Value == "killed-side-b").Value.Should().Be(new ExactCount(40));
        e.Figures.Single(f => f.Kind == FigureKind.CiviliansKilled).Value.Should().Be(new ExactCount(0));
        e.Figures.Single(f => f.Kind.Value == "killed-unknown").Value.Should().Be(new ExactCount(0));
    }

    [Fact]
    public void Import_OfficesRelayingOriginals_MakesOneClaimPerOriginalAndOffice()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;
        var e = Event(dossier, "244101");

        var claims = dossier.ClaimsAbout(e.Id).ToList();

        string Name(SourceId id) => dossier.Find(id)!.Names.Primary.Text;
        // Each chain runs from the original outwards: the office that relayed it, then UCDP, which coded it.
        claims.Select(c => Name(c.Source) + " via " + string.Join(" via ", c.Attribution.Relays.Select(r => Name(r.Source)))).Should().BeEquivalentTo(
            ["SOHR via AFP via UCDP", "SOHR via Reuters via UCDP", "Syrian Army via AFP via UCDP", "Syrian Army via Reuters via UCDP"]);
        claims.Should().OnlyContain(c => c.Attribution.Mode == AttributionMode.Reported && c.Assertion == new EventAssertion(e.Id));
        var viaReuters = claims.First(c => Name(c.Attribution.Relays[0].Source) == "Reuters");
        var report = dossier.Find(viaReuters.Report!.Value)!;
        viaReuters.Attribution.Relays[0].Report.Should().Be(report.Id);
        dossier.Find(report.Publisher)!.Names.Primary.Text.Should().Be("Reuters");
        report.Title.Should().Be("Syrian army says it has taken Albu Kamal from Islamic State");
        report.PublishedDate.Should().Be(new LocalDate(2017, 11, 9));
        report.Text.Should().Contain("Reuters News,2017-11-09");
    }

    [Fact]
    public void Import_OfficeWithoutOriginal_SpeaksForItself()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var claim = dossier.ClaimsAbout(Event(dossier, "167455").Id).Should().ContainSingle().Subject;

        dossier.Find(claim.Source)!.Names.Primary.Text.Should().Be("Reuters");
        claim.Attribution.Relays.Should().Equal(new Relay(new SourceId("ucdp")));
        dossier.Find(claim.Report!.Value)!.Title.Should().Be("Suicide bombers kill dozens at Kabul protest march");
    }

    [Fact]
    public void Import_Sample_DeduplicatesSourcesAndSharesOriginsAcrossRows()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        dossier.Sources.Count(s => s.Names.Primary.Text == "SOHR").Should().Be(1);
        dossier.Sources.Count(s => s.Names.Primary.Text == "AFP").Should().Be(1);
        var sohr = dossier.Sources.Single(s => s.Names.Primary.Text == "SOHR").Id;
        dossier.ClaimsBy(sohr).Should().HaveCount(4, "two claims in row 244101, one in 244102 and one in 244190");
    }

    [Fact]
    public void Import_OneDateForTwoOffices_GivesBothReportsThatDate()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var reports = dossier.ClaimsAbout(Event(dossier, "402377").Id).Select(c => dossier.Find(c.Report!.Value)!).Distinct().ToList();

        reports.Should().HaveCount(2);
        reports.Should().OnlyContain(r => r.PublishedDate == new LocalDate(2022, 6, 13));
        reports.Select(r => r.Title).Should().BeEquivalentTo(["Rutshuru : le M23 prend Bunagana", "Congo accuses Rwanda of invasion after rebels seize border town"]);
    }

    [Fact]
    public void Import_Sample_KeepsUnmappedColumnsAndExtraColumnsVerbatim()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;
        var e = Event(dossier, "244190");

        string Kept(string key) => e.Extensions.TryGetValue(key, out var v) ? v.GetString()! : "<missing>";
        Kept("ucdp:conflict_name").Should().Be("Syria: Government");
        Kept("ucdp:event_clarity").Should().Be("1");
        Kept("ucdp:number_of_sources").Should().Be("1");
        Kept("ucdp:where_description").Should().Be("Abu Kamal town");
        Kept("ucdp:priogrid_gid").Should().Be("179002");
        Kept("ucdp:date_prec").Should().Be("1");
        Kept("ucdp:column:analyst_note").Should().Be("second wave;\nsee \"follow-up\"");
        Kept("ucdp:best").Should().Be("<missing>", "best is in the figures");
    }

    [Fact]
    public void Import_Sample_PassesTheDefaultValidatorWithoutErrors()
    {
        var dossier = UcdpGedCsvFixture.ImportSample().Dossier;

        var result = DossierValidator.Default.Validate(dossier);

        result.Diagnostics.Where(d => d.Severity == Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void Import_ColumnsInAnotherOrderWithExtras_GiveTheSameDossier()
    {
        var rows = new[] { UcdpGedCsvFixture.GoodRow("1"), UcdpGedCsvFixture.GoodRow("2").With("side_b", "IS") };
        var reordered = UcdpGedCsvFixture.Columns.Reverse().ToArray();
        string csv = UcdpGedCsvFixture.Header(reordered) + "\n" + string.Concat(rows.Select(r => UcdpGedCsvFixture.Line(r, reordered) + "\n"));

        var inOrder = UcdpGedCsv.Import(new StringReader(UcdpGedCsvFixture.Csv(rows))).Dossier;
        var shuffled = UcdpGedCsv.Import(new StringReader(csv)).Dossier;

        shuffled.Events.Should().Equal(inOrder.Events);
        shuffled.Actors.Should().Equal(inOrder.Actors);
    }

    [Fact]
    public void Import_OnlyRequiredColumns_ImportsWithBestAsLowAndHigh()
    {
        string[] required = ["id", "type_of_violence", "side_a", "side_b", "country", "latitude", "longitude", "where_prec", "date_start", "date_end", "best"];
        string csv = UcdpGedCsvFixture.Header(required) + "\n" + UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow(), required) + "\n";

        var result = UcdpGedCsv.Import(new StringReader(csv));

        var e = result.Dossier.Events.Should().ContainSingle().Subject;
        e.Figures.Single().Value.Should().Be(new CountEstimate(10, 10, 10));
        e.Claims.Should().BeEmpty();
        result.Dossier.Find(e.Place!.Value)!.Names.Primary.Text.Should().Be("Afghanistan");
    }

    [Fact]
    public async Task ImportAsync_Stream_GivesTheSameDossierAsImport()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(UcdpGedCsvFixture.SampleText));

        var result = await UcdpGedCsv.ImportAsync(stream);

        result.Dossier.Events.Should().Equal(UcdpGedCsvFixture.ImportSample().Dossier.Events);
    }
}
