using ConflictModel.Interop;
using NodaTime;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    [Fact]
    public void Export_FormulaLikeText_GetsLeadingApostrophe()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow
            .Replace("Clashes near Albu Kamal.", "=HYPERLINK(\"\"http://x\"\")", StringComparison.Ordinal)
            .Replace("Reuters,International", "@Reuters,+International", StringComparison.Ordinal)
            .Replace("34.452,40.9186", "-34.452,-40.9186", StringComparison.Ordinal)
            .Replace("\"=HYPERLINK", "\"=HYPERLINK", StringComparison.Ordinal);
        csv = csv.Replace("=HYPERLINK(\"\"http://x\"\")", "\"=HYPERLINK(\"\"http://x\"\")\"", StringComparison.Ordinal) + "\n";
        var imported = AcledCsv.Import(new System.IO.StringReader(csv));
        imported.Diagnostics.Should().BeEmpty();

        var row = AcledCsvFixture.Rows(AcledCsvFixture.Export(imported.Dossier)).Single();

        row["notes"].Should().Be("'=HYPERLINK(\"http://x\")");
        row["source"].Should().Be("'@Reuters");
        row["source_scale"].Should().Be("'+International");
        row["latitude"].Should().Be("-34.452");
        row["longitude"].Should().Be("-40.9186");
        row["fatalities"].Should().Be("5");
    }

    [Fact]
    public void Export_PlacesInAParentCycle_WritesEachLevelOnceAndEnds()
    {
        var builder = new DossierBuilder();
        var town = new PlaceId("town");
        var district = new PlaceId("district");
        builder.Add(new Place(town, new NameSet("Albu Kamal"), PlaceKind.Town, district, new GeoPoint(34.452, 40.9186), SpatialPrecision.Exact));
        builder.Add(new Place(district, new NameSet("Albu Kamal district"), PlaceKind.District, town));
        builder.Add(new ConflictEvent(new EventId("e"), EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 9)), town));

        var row = AcledCsvFixture.Rows(AcledCsvFixture.Export(builder.Build())).Single();

        row["location"].Should().Be("Albu Kamal");
        row["admin2"].Should().Be("Albu Kamal district");
        row["country"].Should().BeEmpty();
    }

    [Theory]
    [InlineData("-1", true, "-1")]
    [InlineData("-x", true, "'-x")]
    [InlineData("-x", false, "'-x")]
    [InlineData("\tx", false, "'\tx")]
    [InlineData("\rx", false, "\"'\rx\"")]
    [InlineData("a,b", false, "\"a,b\"")]
    [InlineData("say \"hi\"", false, "\"say \"\"hi\"\"\"")]
    public void Escape_Cell_NeutralisesFormulasAndQuotes(string value, bool numeric, string expected)
    {
        AcledExporter.Escape(value, numeric).Should().Be(expected);
    }

    [Fact]
    public void Export_EventBuiltInTheModel_DerivesColumnsFromTheModel()
    {
        var builder = new DossierBuilder();
        var syria = builder.AddPlace("syria", "Syria", PlaceKind.Country);
        var deir = builder.AddPlace("deir", "Deir ez Zor", PlaceKind.Governorate, syria);
        var town = builder.AddPlace("mayadin", "Al Mayadin", PlaceKind.Town, deir, new GeoPoint(35.02, 40.45), SpatialPrecision.Near);
        var army = builder.AddActor("saa", "Syrian Arab Army", ActorKind.StateForces);
        var isis = builder.AddActor("is", "Islamic State", ActorKind.JihadistGroup);
        var sohr = builder.AddSource("sohr", "SOHR", SourceKind.NgoMonitor);
        var id = builder.Add(new ConflictEvent(new EventId("mayadin-1"), EventType.Battles, FuzzyDate.InWeekOf(new LocalDate(2017, 10, 14)),
            town, SubEventType.GovernmentRegainsTerritory,
            [new Participant(army, ParticipantRole.SideA), new Participant(isis, ParticipantRole.SideB)],
            figures: [new Figure(FigureKind.Killed, new ExactCount(40))], description: "Army retook Al Mayadin."));
        var claim = builder.AddClaim("c1", new EventAssertion(id), new Attribution(sohr, AttributionMode.Reported));
        builder.Support(id, claim);

        var row = AcledCsvFixture.Rows(AcledCsvFixture.Export(builder.Build())).Single();

        row["event_id_cnty"].Should().Be("mayadin-1");
        row["event_date"].Should().Be("2017-10-09");
        row["year"].Should().Be("2017");
        row["time_precision"].Should().Be("2");
        row["event_type"].Should().Be("Battles");
        row["sub_event_type"].Should().Be("Government regains territory");
        row["actor1"].Should().Be("Syrian Arab Army");
        row["inter1"].Should().Be("1");
        row["actor2"].Should().Be("Islamic State");
        row["inter2"].Should().Be("2");
        row["country"].Should().Be("Syria");
        row["admin1"].Should().Be("Deir ez Zor");
        row["admin2"].Should().BeEmpty();
        row["location"].Should().Be("Al Mayadin");
        row["latitude"].Should().Be("35.02");
        row["longitude"].Should().Be("40.45");
        row["geo_precision"].Should().Be("2");
        row["source"].Should().Be("SOHR");
        row["notes"].Should().Be("Army retook Al Mayadin.");
        row["fatalities"].Should().Be("40");
    }

    [Fact]
    public void Export_ImportedThenExported_ReimportsToTheSameDossier()
    {
        var first = AcledCsvFixture.ImportSample().Dossier;

        var second = AcledCsv.Import(new System.IO.StringReader(AcledCsvFixture.Export(first))).Dossier;

        second.Should().Be(first);
    }
}
