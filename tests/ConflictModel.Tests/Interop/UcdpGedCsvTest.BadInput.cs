using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed partial class UcdpGedCsvTest
{
    [Theory]
    [InlineData("id", "", "UCDP0001")]
    [InlineData("side_b", " ", "UCDP0001")]
    [InlineData("best", "", "UCDP0001")]
    [InlineData("date_start", "31/08/2019", "UCDP0002")]
    [InlineData("date_end", "2019-02-30", "UCDP0002")]
    [InlineData("source_date", "2019-08-31;last week", "UCDP0002")]
    [InlineData("latitude", "north", "UCDP0003")]
    [InlineData("best", "ten", "UCDP0003")]
    [InlineData("low", "-1", "UCDP0003")]
    [InlineData("deaths_civilians", "1.5", "UCDP0003")]
    [InlineData("where_prec", "9", "UCDP0003")]
    [InlineData("date_prec", "0", "UCDP0003")]
    [InlineData("event_clarity", "3", "UCDP0003")]
    [InlineData("latitude", "91", "UCDP0004")]
    [InlineData("longitude", "-180.5", "UCDP0004")]
    [InlineData("type_of_violence", "4", "UCDP0005")]
    [InlineData("type_of_violence", "battle", "UCDP0005")]
    [InlineData("date_end", "2019-08-30", "UCDP0007")]
    [InlineData("low", "11", "UCDP0007")]
    [InlineData("high", "9", "UCDP0007")]
    public void Import_BadCell_ReportsDiagnosticAndSkipsOnlyThatRow(string column, string value, string code)
    {
        string csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("1").With(column, value), UcdpGedCsvFixture.GoodRow("2"));

        var result = UcdpGedCsv.Import(new StringReader(csv));

        result.RowsRead.Should().Be(2);
        result.RowsImported.Should().Be(1);
        result.RowsRejected.Should().Be(1);
        result.Dossier.Events.Single().ExternalReferences[0].Value.Should().Be("2");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(code);
        diagnostic.Message.Should().StartWith("Line 2, column " + column);
        diagnostic.Path.Should().Be("$.lines[2]." + column);
        diagnostic.AttemptedValue.Should().Be(value.Trim());
    }

    [Fact]
    public void Import_TooManyOffices_RejectsTheRowInsteadOfMultiplyingClaims()
    {
        string offices = string.Join(";", Enumerable.Range(1, 101).Select(i => "Outlet " + i));
        string csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("1").With("source_office", offices), UcdpGedCsvFixture.GoodRow("2"));

        var result = UcdpGedCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(1);
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(UcdpDiagnostics.TooManySources.Code);
    }

    [Fact]
    public void Import_IdOfARejectedRow_IsFreeForALaterRow()
    {
        var result = UcdpGedCsv.Import(new StringReader(UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("7").With("latitude", "91"),
            UcdpGedCsvFixture.GoodRow("7"))));

        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.lines[2].latitude");
        result.Dossier.Events.Should().ContainSingle().Which.Id.Value.Should().Be("ucdp-ged-7");
    }

    [Fact]
    public void Import_RepeatedId_SkipsTheLaterRow()
    {
        var result = UcdpGedCsv.Import(new StringReader(UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("7"), UcdpGedCsvFixture.GoodRow("7"))));

        result.RowsImported.Should().Be(1);
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(UcdpDiagnostics.DuplicateEventId.Code);
        diagnostic.Path.Should().Be("$.lines[3].id");
    }

    [Fact]
    public void Import_BadRowAfterMultiLineCells_NamesThePhysicalLine()
    {
        var multiLine = UcdpGedCsvFixture.GoodRow("1").With("source_headline", "Clashes\nin\nKunduz");
        var bad = UcdpGedCsvFixture.GoodRow("2").With("longitude", "east");

        var result = UcdpGedCsv.Import(new StringReader(UcdpGedCsvFixture.Csv(multiLine, bad)));

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("Line 5, column longitude");
    }

    [Fact]
    public void Import_ShortRow_ReportsTheFirstEmptyRequiredColumn()
    {
        string csv = UcdpGedCsvFixture.Header() + "\n1,AFG-1,2019\n" + UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow("2")) + "\n";

        var result = UcdpGedCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(1);
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("Line 2, column type_of_violence");
    }

    [Fact]
    public void Import_StrictWithBadRow_ThrowsWithLineAndColumn()
    {
        string csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow("1"), UcdpGedCsvFixture.GoodRow("2").With("latitude", "123"));

        var act = () => UcdpGedCsv.Import(new StringReader(csv), new UcdpImportOptions { Strict = true });

        var exception = act.Should().Throw<UcdpFormatException>().Which;
        exception.Line.Should().Be(3);
        exception.Column.Should().Be("latitude");
        exception.Code.Should().Be("UCDP0004");
        exception.Message.Should().Contain("Line 3");
    }

    [Fact]
    public void Import_MissingRequiredHeaders_ThrowsListingThem()
    {
        var columns = UcdpGedCsvFixture.Columns.Where(c => c is not ("best" or "date_start" or "side_b")).ToArray();
        string csv = UcdpGedCsvFixture.Header(columns) + "\n" + UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow(), columns) + "\n";

        var act = () => UcdpGedCsv.Import(new StringReader(csv));

        var exception = act.Should().Throw<UcdpFormatException>().Which;
        exception.Message.Should().Contain("side_b, date_start, best");
        exception.Line.Should().Be(1);
        exception.Column.Should().Be("side_b");
        exception.Code.Should().BeNull();
    }

    [Fact]
    public void Import_EmptyInput_ThrowsListingEveryRequiredColumn()
    {
        var act = () => UcdpGedCsv.Import(new StringReader(string.Empty));

        act.Should().Throw<UcdpFormatException>().Which.Message.Should().Contain("id, type_of_violence, side_a, side_b");
    }

    [Fact]
    public async Task ImportAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = () => UcdpGedCsv.ImportAsync(new StringReader(UcdpGedCsvFixture.SampleText), cancellationToken: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Import_NullArguments_Throw()
    {
        var text = () => UcdpGedCsv.Import((TextReader)null!);
        var stream = () => UcdpGedCsv.Import((Stream)null!);

        text.Should().Throw<ArgumentNullException>();
        stream.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Import_ValuesPastTheHeader_KeptUnderTheirPositions()
    {
        int width = UcdpGedCsvFixture.Columns.Length;
        string csv = UcdpGedCsvFixture.Header() + "\n"
            + UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow("1")) + ",,late note\n"
            + UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow("2")) + new string(',', 17_000) + "stray\n";

        var result = UcdpGedCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(1);
        result.Dossier.Events.Single().Extensions.TryGetString(UcdpGedColumns.ExtraColumnKeyPrefix + "column-" + (width + 2), out string? note)
            .Should().BeTrue();
        note.Should().Be("late note");
        result.Dossier.Events.Single().Extensions.ContainsKey(UcdpGedColumns.ExtraColumnKeyPrefix + "column-" + (width + 1)).Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("Line 3, column column-" + (width + 17_000) + ":");
    }
}
