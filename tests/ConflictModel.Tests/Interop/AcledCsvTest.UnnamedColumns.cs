using System.IO;
using System.Linq;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    [Fact]
    public void Import_ColumnWithoutAName_KeepsItsValuesUnderItsPosition()
    {
        // A spreadsheet export where someone typed values into a column and left its header cell empty.
        string csv = AcledCsvFixture.Header + ",\n"
            + AcledCsvFixture.GoodRow + ",checked by desk\n"
            + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + ",\n";
        int position = AcledCsvFixture.Header.Split(',').Length + 1;

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(2);
        string key = AcledColumns.ExtraColumnKeyPrefix + "column-" + position;
        var first = result.Dossier.Events.Single(e => e.ExternalReferences.Single().Value == "SYR1");
        first.Extensions.TryGetValue(key, out var value).Should().BeTrue("a value under an unnamed column is data");
        value.GetString().Should().Be("checked by desk");
        var second = result.Dossier.Events.Single(e => e.ExternalReferences.Single().Value == "SYR2");
        second.Extensions.Keys.Should().NotContain(key, "an empty cell under an unnamed column adds nothing");
    }

    [Fact]
    public void Import_TrailingSeparatorOnEveryLine_AddsNoExtensionData()
    {
        string csv = AcledCsvFixture.Header + ",\n" + AcledCsvFixture.GoodRow + ",\n";

        var result = AcledCsv.Import(new StringReader(csv));
        var plain = AcledCsv.Import(new StringReader(AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n"));

        result.RowsImported.Should().Be(1);
        result.Dossier.Events.Single().Extensions.Keys.Should().Equal(plain.Dossier.Events.Single().Extensions.Keys);
    }

    [Fact]
    public void Export_ColumnWithoutAName_WritesItsValuesBack()
    {
        string csv = AcledCsvFixture.Header + ",\n" + AcledCsvFixture.GoodRow + ",checked by desk\n";
        var dossier = AcledCsv.Import(new StringReader(csv)).Dossier;

        var writer = new StringWriter();
        AcledCsv.Export(dossier, writer);

        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimEnd('\r').Should().EndWith(",column-" + (AcledCsvFixture.Header.Split(',').Length + 1));
        lines[1].TrimEnd('\r').Should().EndWith(",checked by desk");
    }
}
