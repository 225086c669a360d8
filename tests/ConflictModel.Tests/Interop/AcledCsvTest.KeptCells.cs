using System.IO;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    /// <summary>The columns whose cell a row keeps only when the export would write other text from the model.</summary>
    private static readonly string[] DerivableColumns =
    [
        "event_date", "year", "time_precision", "event_type", "sub_event_type", "assoc_actor_1", "assoc_actor_2",
        "geo_precision", "source", "fatalities", "latitude", "longitude", "inter1", "inter2", "interaction",
    ];

    /// <summary>The good row with some cells replaced, under another event id.</summary>
    private static string RowWith(string id, params (string Column, string Value)[] cells)
    {
        var names = AcledCsvFixture.Header.Split(',');
        var values = AcledCsvFixture.GoodRow.Split(',');
        values[0] = id;
        foreach (var (column, value) in cells)
        {
            values[Array.IndexOf(names, column)] = value.Contains(',', StringComparison.Ordinal) ? "\"" + value + "\"" : value;
        }
        return string.Join(",", values);
    }

    [Theory]
    [InlineData("event_date", "09 November 2017", "", "")]
    [InlineData("event_date", "2017/11/09", "", "")]
    [InlineData("event_date", "9-Nov-17", "", "")]
    [InlineData("event_date", "2017-11-09", "time_precision", "2")]
    [InlineData("event_date", "2017-11-01", "time_precision", "3")]
    [InlineData("event_date", "2017-11-09 00:00:00", "", "")]
    [InlineData("year", "2016", "", "")]
    [InlineData("year", "", "", "")]
    [InlineData("year", "2018", "event_date", "2018-01-01")]
    [InlineData("time_precision", "", "", "")]
    [InlineData("time_precision", "01", "", "")]
    [InlineData("time_precision", "3", "event_date", "2017-11-30")]
    [InlineData("event_type", "battles", "", "")]
    [InlineData("sub_event_type", "ARMED CLASH", "", "")]
    [InlineData("assoc_actor_1", "Tribal Militia", "", "")]
    [InlineData("assoc_actor_2", "Tribal Militia; Other Militia", "", "")]
    [InlineData("geo_precision", "", "", "")]
    [InlineData("geo_precision", "01", "", "")]
    [InlineData("geo_precision", "2", "", "")]
    [InlineData("source", "Reuters;AFP", "", "")]
    [InlineData("source", "Reuters; Reuters", "", "")]
    [InlineData("source", "Reuters ", "", "")]
    [InlineData("source", "AFP;  Reuters", "", "")]
    [InlineData("source", "acled", "", "")]
    [InlineData("source", "", "", "")]
    [InlineData("latitude", "34.4520", "", "")]
    [InlineData("latitude", "34.5", "", "")]
    [InlineData("latitude", "34.5", "location", "Hajin")]
    [InlineData("longitude", "+40.9186", "", "")]
    [InlineData("longitude", "4.09186e1", "", "")]
    [InlineData("fatalities", "05", "", "")]
    [InlineData("fatalities", "+5", "", "")]
    [InlineData("fatalities", " 5", "", "")]
    [InlineData("inter1", "2", "", "")]
    [InlineData("inter1", "01", "", "")]
    [InlineData("inter1", "0", "", "")]
    [InlineData("inter1", "", "", "")]
    [InlineData("inter1", "State forces", "", "")]
    [InlineData("inter2", "2", "actor2", "")]
    [InlineData("inter2", "", "actor2", "")]
    [InlineData("inter2", "0", "actor2", "Tribal Militia")]
    [InlineData("interaction", "21", "", "")]
    [InlineData("interaction", "13", "", "")]
    [InlineData("interaction", "", "", "")]
    [InlineData("interaction", "12 ", "", "")]
    [InlineData("interaction", "10", "actor2", "")]
    [InlineData("interaction", "State forces-Rebel group", "", "")]
    public void ExportAfterImport_CellTheModelWouldWriteOtherwise_IsWrittenBackAsRead(string column, string value, string other, string otherValue)
    {
        // The good row first, at the same place, so that a place's precision and point come from it.
        var cells = other.Length == 0 ? new[] { (column, value) } : [(column, value), (other, otherValue)];
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n" + RowWith("SYR2", cells) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));
        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(result.Dossier));

        result.Diagnostics.Should().BeEmpty();
        var read = AcledCsvFixture.Rows(csv);
        exported.Should().HaveCount(2);
        for (int row = 0; row < 2; row++)
        {
            foreach (var (name, text) in read[row])
            {
                exported[row][name].Should().Be(text, "row {0}, column {1} must survive the round trip", row + 1, name);
            }
        }
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("0", "-0")]
    [InlineData("0.0", "0")]
    public void ExportAfterImport_ZeroAndNegativeZeroAtOnePlace_AreWrittenBackAsRead(string first, string second)
    {
        string csv = AcledCsvFixture.Header + "\n" + RowWith("SYR1", ("latitude", first)) + "\n" + RowWith("SYR2", ("latitude", second)) + "\n";

        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(AcledCsv.Import(new StringReader(csv)).Dossier));

        exported.Select(r => r["latitude"]).Should().Equal(first, second);
    }

    [Fact]
    public void Import_RowTheExportWritesBackAsIs_KeepsNoneOfTheCellsTheModelHolds()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n";

        var extensions = AcledCsv.Import(new StringReader(csv)).Dossier.Events.Single().Extensions;

        extensions.Keys.Should().NotContain(DerivableColumns.Select(c => AcledColumns.KeyPrefix + c));
        // The cells the model has no field for are kept as they were (but the empty ones: the export writes them empty).
        extensions.TryGetString(AcledColumns.KeyPrefix + "disorder_type", out string? disorder).Should().BeTrue();
        disorder.Should().Be("Political violence");
    }

    [Fact]
    public void Import_RowsWithCellsTheExportWouldWriteOtherwise_KeepsThoseCellsAndOnlyThose()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n" +
            RowWith("SYR2", ("event_date", "09 November 2017"), ("fatalities", "05"), ("source", "Reuters;AFP")) + "\n" +
            RowWith("SYR3", ("geo_precision", "2"), ("event_type", "BATTLES"), ("latitude", "34.5")) + "\n";

        var events = AcledCsv.Import(new StringReader(csv)).Dossier.Events;

        KeptDerivable(events[1]).Should().Equal("event_date", "source", "fatalities");
        KeptDerivable(events[2]).Should().Equal("latitude", "longitude", "geo_precision", "event_type");
        events[1].Extensions.TryGetString(AcledColumns.KeyPrefix + "fatalities", out string? fatalities).Should().BeTrue();
        fatalities.Should().Be("05");
    }

    /// <summary>The columns the model has no field for and the export writes empty for an event that keeps no cell of them.</summary>
    public static TheoryData<string> ColumnsWrittenEmpty() =>
        ["disorder_type", "civilian_targeting", "iso", "region", "source_scale", "tags", "timestamp"];

    [Theory]
    [MemberData(nameof(ColumnsWrittenEmpty))]
    public void Import_EmptyCellOfAColumnTheExportWritesEmpty_IsNotKeptAndComesBackEmpty(string column)
    {
        string csv = AcledCsvFixture.Header + "\n" + RowWith("SYR1", (column, "")) + "\n";

        var dossier = AcledCsv.Import(new StringReader(csv)).Dossier;

        dossier.Events.Single().Extensions.Keys.Should().NotContain(AcledColumns.KeyPrefix + column);
        AcledCsvFixture.Rows(AcledCsvFixture.Export(dossier)).Single()[column].Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ColumnsWrittenEmpty))]
    public void Import_CellWithTextOfAColumnTheExportWritesEmpty_IsKeptAsRead(string column)
    {
        // Blank text is text: the export would write the cell empty, so it is kept.
        foreach (string value in new[] { "x", " ", "0" })
        {
            string csv = AcledCsvFixture.Header + "\n" + RowWith("SYR1", (column, value)) + "\n";

            var dossier = AcledCsv.Import(new StringReader(csv)).Dossier;

            dossier.Events.Single().Extensions.TryGetString(AcledColumns.KeyPrefix + column, out string? kept).Should().BeTrue();
            kept.Should().Be(value);
            AcledCsvFixture.Rows(AcledCsvFixture.Export(dossier)).Single()[column].Should().Be(value);
        }
    }

    [Fact]
    public void Import_PathsWhoseNamesRunTogetherAlike_AreDifferentPlaces()
    {
        // Each row's levels joined without a mark between them read the same; the places must not be confused.
        string csv = AcledCsvFixture.Header + "\n" +
            RowWith("SYR1", ("admin1", "AB"), ("admin2", ""), ("admin3", ""), ("location", "C")) + "\n" +
            RowWith("SYR2", ("admin1", "A"), ("admin2", "B"), ("admin3", ""), ("location", "C")) + "\n" +
            RowWith("SYR3", ("admin1", ""), ("admin2", "AB"), ("admin3", ""), ("location", "C")) + "\n" +
            RowWith("SYR4", ("admin1", "A"), ("admin2", ""), ("admin3", "B"), ("location", "C")) + "\n" +
            RowWith("SYR5", ("admin1", "AB"), ("admin2", ""), ("admin3", ""), ("location", "C")) + "\n";

        var dossier = AcledCsv.Import(new StringReader(csv)).Dossier;
        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(dossier));

        dossier.Events.Select(e => e.Place).Distinct().Should().HaveCount(4);
        dossier.Events[4].Place.Should().Be(dossier.Events[0].Place);
        var read = AcledCsvFixture.Rows(csv);
        for (int row = 0; row < read.Count; row++)
        {
            foreach (string column in new[] { "country", "admin1", "admin2", "admin3", "location" })
            {
                exported[row][column].Should().Be(read[row][column], "row {0}, column {1}", row + 1, column);
            }
        }
    }

    [Fact]
    public void Import_CategoryCellsOfActorsWhoseCodeComesLaterOrDiffers_AreKeptAndWrittenBackAsRead()
    {
        // Row 1 names an actor without a category, which row 2 gives; row 3 gives another one for the same actor; row 4
        // has no actor on side B; row 5 meets an associate of row 1 as a main actor.
        string csv = AcledCsvFixture.Header + "\n" +
            RowWith("SYR1", ("actor1", "New Front"), ("inter1", ""), ("interaction", "20"), ("assoc_actor_1", "Tribal Militia")) + "\n" +
            RowWith("SYR2", ("actor1", "New Front"), ("inter1", "3"), ("interaction", "23")) + "\n" +
            RowWith("SYR3", ("actor1", "New Front"), ("inter1", "4"), ("interaction", "24")) + "\n" +
            RowWith("SYR4", ("actor2", ""), ("inter2", "0"), ("interaction", "10")) + "\n" +
            RowWith("SYR5", ("actor1", "Tribal Militia"), ("inter1", "4"), ("interaction", "24")) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));
        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(result.Dossier));

        result.Diagnostics.Should().BeEmpty();
        var read = AcledCsvFixture.Rows(csv);
        for (int row = 0; row < read.Count; row++)
        {
            foreach (string column in new[] { "inter1", "inter2", "interaction" })
            {
                exported[row][column].Should().Be(read[row][column], "row {0}, column {1}", row + 1, column);
            }
        }
        // Only the cells the actors' codes give back are left to the model.
        result.Dossier.Events.Select(KeptDerivable).Select(k => string.Join(" ", k)).Should().Equal(
            "assoc_actor_1 inter1 interaction", "", "inter1 interaction", "", "");
    }

    [Fact]
    public void Import_PathLongerThanThoseRemembered_IsWalkedEachTimeToTheSamePlace()
    {
        // Names of 300 characters make a path too long to remember; each row walks it level by level.
        string district = new('D', 300);
        string csv = AcledCsvFixture.Header + "\n" +
            RowWith("SYR1", ("admin2", district)) + "\n" + RowWith("SYR2", ("admin2", district)) + "\n" +
            RowWith("SYR3", ("admin2", district), ("location", "Hajin")) + "\n";

        var dossier = AcledCsv.Import(new StringReader(csv)).Dossier;
        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(dossier));

        dossier.Events[1].Place.Should().Be(dossier.Events[0].Place);
        dossier.Events[2].Place.Should().NotBe(dossier.Events[0].Place);
        dossier.Places.Count(p => p.Names.Primary.Text == district).Should().Be(1);
        exported.Select(r => r["admin2"]).Should().AllBe(district);
        exported.Select(r => r["location"]).Should().Equal("Albu Kamal", "Albu Kamal", "Hajin");
    }

    private static List<string> KeptDerivable(ConflictEvent e) =>
        e.Extensions.Keys.Where(k => k.StartsWith(AcledColumns.KeyPrefix, StringComparison.Ordinal))
            .Select(k => k[AcledColumns.KeyPrefix.Length..]).Where(DerivableColumns.Contains).ToList();
}
