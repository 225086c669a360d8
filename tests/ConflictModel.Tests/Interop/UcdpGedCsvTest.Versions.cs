using System.IO;
using System.Text;
using ConflictModel.Interop;
using NodaTime;

namespace ConflictModel.Tests.Interop;

/// <summary>The GED releases in the corpus folder, and the hostile cases every release may carry.</summary>
public sealed partial class UcdpGedCsvTest
{
    private static string CorpusText(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Interop", "Data", "corpus", name));

    private static ConflictEvent GedEvent(Dossier dossier, string id) =>
        dossier.Events.Single(e => e.ExternalReferences.Any(r => r.Scheme == ExternalReference.UcdpGed && r.Value == id));

    [Fact]
    public void Import_CandidateRelease_ReadsEveryRowWithItsPrecisionsKept()
    {
        var result = UcdpGedCsv.Import(new StringReader(CorpusText("ucdp-ged-candidate.csv")));

        result.Diagnostics.Should().BeEmpty();
        result.RowsImported.Should().Be(2);
        var first = GedEvent(result.Dossier, "560001");
        first.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2024, 1, 2)));
        first.Extensions.TryGetValue(UcdpGedColumns.KeyPrefix + "code_status", out var status).Should().BeTrue();
        status.GetString().Should().Be("Check deaths");
        var second = GedEvent(result.Dossier, "560002");
        second.Date.Should().Be(FuzzyDate.InMonth(new YearMonth(2024, 1)));
        second.Extensions.TryGetValue(UcdpGedColumns.KeyPrefix + "event_clarity", out var clarity).Should().BeTrue();
        clarity.GetString().Should().Be("2");
        second.Extensions.TryGetValue(UcdpGedColumns.KeyPrefix + "date_prec", out var datePrec).Should().BeTrue();
        datePrec.GetString().Should().Be("4");
    }

    [Fact]
    public void Import_EarlyReleaseInCapitalsWithEstimateNames_ReadsTheDeathsAndDates()
    {
        var result = UcdpGedCsv.Import(new StringReader(CorpusText("ucdp-ged-early.csv")));

        result.Diagnostics.Should().BeEmpty();
        var first = GedEvent(result.Dossier, "1001");
        first.Figures.Single(f => f.Kind == FigureKind.Killed).Value.Should().Be(new CountEstimate(2, 3, 5));
        first.Date.Should().Be(FuzzyDate.OnDay(new LocalDate(1995, 3, 4)));
        var second = GedEvent(result.Dossier, "1002");
        (second.Date.Start, second.Date.End, second.Date.Precision).Should().Be((new LocalDate(1995, 5, 1), new LocalDate(1995, 5, 7), DatePrecision.Week));
    }

    [Theory]
    [InlineData("date_start", "0000-01-01", "UCDP0002")]
    [InlineData("date_end", "10000-01-01", "UCDP0002")]
    [InlineData("where_prec", "8", "UCDP0003")]
    [InlineData("date_prec", "6", "UCDP0003")]
    [InlineData("event_clarity", "3", "UCDP0003")]
    public void Import_BadCellAmongGoodRows_RejectsOnlyItsRowNamingLineAndColumn(string column, string value, string code)
    {
        string csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("1"), UcdpGedCsvFixture.GoodRow("2").With(column, value), UcdpGedCsvFixture.GoodRow("3"));

        var result = UcdpGedCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(2);
        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        (diagnostic.Code, diagnostic.Path).Should().Be((code, "$.lines[3]." + column));
    }

    [Fact]
    public void Import_LastWeekOfYear9999_KeepsTheRowAsARangeOfDays()
    {
        string csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("1").With("date_start", "9999-12-27").With("date_end", "9999-12-31"));

        var result = UcdpGedCsv.Import(new StringReader(csv));

        result.Diagnostics.Should().BeEmpty();
        result.Dossier.Events.Single().Date.Should().Be(FuzzyDate.Between(new LocalDate(9999, 12, 27), new LocalDate(9999, 12, 31)));
    }

    [Fact]
    public void Import_ColumnsReversedAndLoneCarriageReturns_ReadsEveryRow()
    {
        var columns = UcdpGedCsvFixture.Columns.Reverse().ToList();
        string csv = UcdpGedCsvFixture.Header(columns) + "\r" +
            UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow("1"), columns) + "\r\n" +
            UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow("2"), columns) + "\r" +
            UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow("3"), columns) + "\n";

        var result = UcdpGedCsv.Import(new StringReader(csv));

        result.Diagnostics.Should().BeEmpty();
        result.RowsImported.Should().Be(3);
    }

    [Fact]
    public void Import_DuplicateHeaderColumn_IsRefusedNamingBothColumns()
    {
        string csv = UcdpGedCsvFixture.Header() + ",BEST\n" + UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow()) + ",11\n";

        var act = () => UcdpGedCsv.Import(new StringReader(csv));

        act.Should().Throw<UcdpFormatException>().Which.Message.Should().Contain("\"best\" twice").And.Contain("column 45").And.Contain("column 50");
    }

    [Fact]
    public void Import_Latin1BytesWithoutEncoding_IsRefusedNamingTheLine()
    {
        string csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("1"), UcdpGedCsvFixture.GoodRow("2").With("side_b", "Forces armées"));

        var act = () => UcdpGedCsv.Import(new MemoryStream(Encoding.Latin1.GetBytes(csv)));
        var named = UcdpGedCsv.Import(new MemoryStream(Encoding.Latin1.GetBytes(csv)), new UcdpImportOptions { Encoding = Encoding.Latin1 });

        act.Should().Throw<UcdpFormatException>().Which.Message.Should().StartWith("Line 3, byte ").And.Contain("not UTF-8");
        named.Dossier.Actors.Select(a => a.Names.Primary.Text).Should().Contain("Forces armées");
    }
}
