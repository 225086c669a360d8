using System.IO;
using System.Threading.Tasks;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    [Theory]
    [InlineData("actor1", "", "ACLED0001")]
    [InlineData("event_id_cnty", "", "ACLED0001")]
    [InlineData("event_date", "2017-13-45", "ACLED0002")]
    [InlineData("event_date", "yesterday", "ACLED0002")]
    [InlineData("fatalities", "many", "ACLED0003")]
    [InlineData("fatalities", "-2", "ACLED0003")]
    [InlineData("latitude", "north", "ACLED0003")]
    [InlineData("time_precision", "4", "ACLED0003")]
    [InlineData("geo_precision", "9", "ACLED0003")]
    [InlineData("inter1", "Pirates", "ACLED0003")]
    [InlineData("latitude", "95.5", "ACLED0004")]
    [InlineData("longitude", "-181", "ACLED0004")]
    [InlineData("sub_event_type", "Skirmish", "ACLED0005")]
    [InlineData("event_type", "Protests", "ACLED0005")]
    public void Import_BadCell_ReportsDiagnosticAndSkipsOnlyThatRow(string column, string value, string code)
    {
        string csv = AcledCsvFixture.WithCell(column, value) + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsRead.Should().Be(2);
        result.RowsImported.Should().Be(1);
        result.RowsRejected.Should().Be(1);
        result.Dossier.Events.Single().ExternalReferences.Single().Value.Should().Be("SYR2");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(code);
        diagnostic.Message.Should().Contain("Line 2").And.Contain(column);
        diagnostic.Path.Should().Be("$.lines[2]." + column);
        diagnostic.AttemptedValue.Should().Be(value);
    }

    [Fact]
    public void Import_BadRowAfterMultiLineNotes_NamesThePhysicalLine()
    {
        string multiLine = AcledCsvFixture.GoodRow.Replace("Clashes near Albu Kamal.", "\"Clashes,\nnear\nAlbu Kamal.\"", StringComparison.Ordinal);
        string bad = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal).Replace(",5,,", ",five,,", StringComparison.Ordinal);
        string csv = AcledCsvFixture.Header + "\n" + multiLine + "\n" + bad + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("Line 5, column fatalities");
    }

    [Fact]
    public void Import_QuoteThatDoesNotCloseACell_ThrowsAcledFormatExceptionNamingTheLine()
    {
        string bad = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal)
            .Replace("Clashes near Albu Kamal.", "\"Clashes\" near", StringComparison.Ordinal);
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n" + bad + "\n";

        var act = () => AcledCsv.Import(new StringReader(csv));

        var error = act.Should().Throw<AcledFormatException>().Which;
        error.Line.Should().Be(3);
        error.Message.Should().StartWith("Line 3:");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void Import_EmptyFile_ThrowsAcledFormatException(string csv)
    {
        var act = () => AcledCsv.Import(new StringReader(csv));

        act.Should().Throw<AcledFormatException>().Which.Message.Should().Contain("event_id_cnty");
    }

    [Fact]
    public async Task ImportAsync_RowOverTheBufferLimit_ThrowsAcledFormatExceptionNamingTheLine()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow.Replace("Clashes near Albu Kamal.", new string('x', (1 << 24) + 10), StringComparison.Ordinal) + "\n";

        var act = () => AcledCsv.ImportAsync(new StringReader(csv));

        (await act.Should().ThrowAsync<AcledFormatException>()).Which.Line.Should().Be(2);
    }

    [Fact]
    public void Import_RepeatedEventId_SkipsTheLaterRow()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n" + AcledCsvFixture.GoodRow + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(1);
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(AcledDiagnostics.DuplicateEventId.Code);
    }

    [Fact]
    public void Import_EventIdOfARejectedRow_IsFreeForALaterRow()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow.Replace("2017-11-09", "2017-13-09", StringComparison.Ordinal) + "\n" +
            AcledCsvFixture.GoodRow + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(AcledDiagnostics.UnparsableDate.Code);
        result.Dossier.Events.Should().ContainSingle().Which.Id.Value.Should().Be("acled-SYR1");
    }

    [Fact]
    public void Import_StrictWithBadRow_ThrowsWithLineAndColumn()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n" +
                     AcledCsvFixture.WithCell("latitude", "123").Split('\n')[1].Replace("SYR1,", "SYR3,", StringComparison.Ordinal) + "\n";

        var act = () => AcledCsv.Import(new StringReader(csv), new AcledImportOptions { Strict = true });

        var exception = act.Should().Throw<AcledFormatException>().Which;
        exception.Line.Should().Be(3);
        exception.Column.Should().Be("latitude");
        exception.Code.Should().Be("ACLED0004");
        exception.Message.Should().Contain("Line 3");
    }

    [Fact]
    public void Import_EmptyInput_ThrowsListingTheRequiredColumns()
    {
        var act = () => AcledCsv.Import(new StringReader(string.Empty));

        var exception = act.Should().Throw<AcledFormatException>().Which;
        exception.Message.Should().Contain("empty").And.Contain("event_id_cnty, event_date");
        exception.Line.Should().Be(1);
    }

    [Fact]
    public void Import_MissingRequiredHeaders_ThrowsListingThem()
    {
        string csv = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,location\nX1,2020-01-01,Battles,Armed clash,A,Syria,B\n";

        var act = () => AcledCsv.Import(new StringReader(csv));

        act.Should().Throw<AcledFormatException>()
            .WithMessage("*latitude, longitude, fatalities*")
            .Which.Line.Should().Be(1);
    }

    [Fact]
    public void Import_NullReader_Throws()
    {
        var act = () => AcledCsv.Import((TextReader)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AcledDiagnostics_All_HaveWellFormedDistinctCodes()
    {
        AcledDiagnostics.All.Should().OnlyContain(d => ConflictModel.Validation.DiagnosticDescriptor.IsWellFormedCode(d.Code));
        AcledDiagnostics.All.Select(d => d.Code).Should().OnlyHaveUniqueItems();
    }
}
