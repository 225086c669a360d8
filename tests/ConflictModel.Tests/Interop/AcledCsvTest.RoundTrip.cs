using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    [Fact]
    public void Import_Sample_ImportsEveryRowWithoutDiagnostics()
    {
        var result = AcledCsvFixture.ImportSample();

        result.Diagnostics.Should().BeEmpty();
        result.RowsRead.Should().Be(10);
        result.RowsImported.Should().Be(10);
        result.RowsRejected.Should().Be(0);
        result.Dossier.Events.Should().HaveCount(10);
    }

    [Fact]
    public void ExportAfterImport_Sample_KeepsEveryCellOfEveryRow()
    {
        var original = AcledCsvFixture.Rows(AcledCsvFixture.SampleText);

        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(AcledCsvFixture.ImportSample().Dossier));

        exported.Should().HaveCount(original.Count);
        for (int row = 0; row < original.Count; row++)
        {
            foreach (var (column, value) in original[row])
            {
                exported[row].Should().ContainKey(column);
                exported[row][column].Should().Be(value, "row {0}, column {1} must survive the round trip", row + 1, column);
            }
        }
    }

    [Fact]
    public void Export_Sample_WritesCodebookColumnsInOrderThenExtraColumns()
    {
        string csv = AcledCsvFixture.Export(AcledCsvFixture.ImportSample().Dossier);

        string header = csv[..csv.IndexOf('\r', StringComparison.Ordinal)];
        header.Should().Be(AcledCsvFixture.Header + ",analyst_flag");
        AcledColumns.All.Should().HaveCount(31);
    }

    [Fact]
    public void Import_Stream_ReadsTheSameAsText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(AcledCsvFixture.SampleText));

        var result = AcledCsv.Import(stream);

        result.Dossier.Should().Be(AcledCsvFixture.ImportSample().Dossier);
    }

    [Fact]
    public async Task ImportAsync_Sample_ReadsTheSameAsImport()
    {
        var result = await AcledCsv.ImportAsync(new StringReader(AcledCsvFixture.SampleText));

        result.Dossier.Should().Be(AcledCsvFixture.ImportSample().Dossier);
        result.RowsImported.Should().Be(10);
    }

    [Fact]
    public void Export_Stream_WritesUtf8WithoutByteOrderMark()
    {
        using var stream = new MemoryStream();

        AcledCsv.Export(AcledCsvFixture.ImportSample().Dossier, stream);

        var bytes = stream.ToArray();
        bytes[0].Should().Be((byte)'e');
        AcledCsvFixture.Rows(Encoding.UTF8.GetString(bytes)).Should().HaveCount(10);
    }

    [Fact]
    public void Import_ColumnsInAnotherOrderWithExtras_ReadsByName()
    {
        var names = AcledCsvFixture.Header.Split(',');
        var cells = AcledCsvFixture.GoodRow.Split(',');
        var order = Enumerable.Range(0, names.Length).Reverse().ToList();
        string csv = "comment," + string.Join(",", order.Select(i => names[i])) + "\n" +
                     "hello," + string.Join(",", order.Select(i => cells[i])) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.Diagnostics.Should().BeEmpty();
        var e = result.Dossier.Events.Single();
        e.SubType.Should().Be(SubEventType.ArmedClash);
        e.Extensions.ContainsKey("acled:column:comment").Should().BeTrue();
        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(result.Dossier)).Single();
        exported["comment"].Should().Be("hello");
        exported["event_id_cnty"].Should().Be("SYR1");
    }

    [Fact]
    public void ExportAfterImport_NamesWithSurroundingSpaces_KeepsThePaddedCells()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow
            .Replace(",Military Forces of Syria (2000-),", ", Military Forces of Syria (2000-) ,", StringComparison.Ordinal)
            .Replace(",Albu Kamal,34.452", ",Albu Kamal ,34.452", StringComparison.Ordinal) + "\n";
        var imported = AcledCsv.Import(new StringReader(csv));

        var row = AcledCsvFixture.Rows(AcledCsvFixture.Export(imported.Dossier)).Single();

        imported.Dossier.Actors.Should().Contain(a => a.Names.Primary.Text == "Military Forces of Syria (2000-)");
        row["actor1"].Should().Be(" Military Forces of Syria (2000-) ");
        row["location"].Should().Be("Albu Kamal ");
    }
}
