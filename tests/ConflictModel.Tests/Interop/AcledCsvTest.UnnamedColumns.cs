using System.Collections.Generic;
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

    [Fact]
    public void Import_ValuesPastTheHeader_KeptUnderTheirPositionsAndExportedBack()
    {
        // A row that goes on past the header's last column: its values are data, kept as a column without a name's.
        int width = AcledCsvFixture.Header.Split(',').Length;
        string csv = AcledCsvFixture.Header + "\n"
            + AcledCsvFixture.GoodRow + ",checked,,by desk\n"
            + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(2);
        result.Diagnostics.Should().BeEmpty();
        var first = result.Dossier.Events[0].Extensions;
        first.TryGetString(AcledColumns.ExtraColumnKeyPrefix + "column-" + (width + 1), out string? one).Should().BeTrue();
        one.Should().Be("checked");
        first.ContainsKey(AcledColumns.ExtraColumnKeyPrefix + "column-" + (width + 2)).Should().BeFalse("an empty cell adds nothing");
        first.TryGetString(AcledColumns.ExtraColumnKeyPrefix + "column-" + (width + 3), out string? three).Should().BeTrue();
        three.Should().Be("by desk");
        result.Dossier.Events[1].Extensions.Keys.Should().NotContain(k => k.StartsWith(AcledColumns.ExtraColumnKeyPrefix, StringComparison.Ordinal));

        var writer = new StringWriter();
        AcledCsv.Export(result.Dossier, writer);
        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].TrimEnd('\r').Should().EndWith(",timestamp,column-" + (width + 1) + ",column-" + (width + 3));
        lines[1].TrimEnd('\r').Should().EndWith(",checked,by desk");
        lines[2].TrimEnd('\r').Should().EndWith(",,");
    }

    [Fact]
    public void Import_SeparatorsPastTheHeader_AddNothing()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + ",,,\n";

        var result = AcledCsv.Import(new StringReader(csv));
        var plain = AcledCsv.Import(new StringReader(AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n"));

        result.RowsImported.Should().Be(1);
        result.Dossier.Events.Single().Extensions.Equals(plain.Dossier.Events.Single().Extensions).Should().BeTrue();
    }

    [Fact]
    public void Import_ValuePastTheMostColumns_RejectsOnlyItsRowNamingLineAndCell()
    {
        string csv = AcledCsvFixture.Header + "\n"
            + AcledCsvFixture.GoodRow + new string(',', 20_000) + "stray\n"
            + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + new string(',', 5_000) + "\n";
        int cell = AcledCsvFixture.Header.Split(',').Length + 20_000;

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(1);
        result.Dossier.Events.Single().ExternalReferences.Single().Value.Should().Be("SYR2");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(AcledDiagnostics.UnusableRow.Code);
        diagnostic.Message.Should().StartWith("Line 2, column column-" + cell + ":").And.Contain("16384 columns");
        var strict = () => AcledCsv.Import(new StringReader(csv), new AcledImportOptions { Strict = true });
        strict.Should().Throw<AcledFormatException>().Which.Line.Should().Be(2);
    }

    [Fact]
    public void Import_ValuePastTheHeaderUnderANameTheHeaderGives_RejectsItsRow()
    {
        // The header names its 32nd column "column-33": a value in a row's 33rd cell cannot be kept under that name too.
        string csv = AcledCsvFixture.Header + ",column-33\n"
            + AcledCsvFixture.GoodRow + ",x,stray\n"
            + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + ",y\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(1);
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("Line 2, column column-33:").And.Contain("a name the header gives another column");
    }

    [Fact]
    public void Import_ValuesPastTheHeader_SameWhenReadingAhead()
    {
        var lines = new List<string> { AcledCsvFixture.Header };
        for (int i = 0; i < 1500; i++)
        {
            string row = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + i + ",", StringComparison.Ordinal);
            lines.Add(row + (i % 7) switch { 0 => ",a" + i, 1 => ",,b" + i, 2 => new string(',', 17_000) + "c", 3 => ",,,", _ => string.Empty });
        }
        string csv = string.Join("\n", lines) + "\n";

        var one = AcledCsv.Import(new StringReader(csv));
        var ahead = AcledCsv.Import(new StringReader(csv), new AcledImportOptions { ReadAhead = true });

        one.RowsImported.Should().BeGreaterThan(1200);
        ConflictModel.Serialization.DossierJson.Write(ahead.Dossier).Should().Be(ConflictModel.Serialization.DossierJson.Write(one.Dossier));
        ahead.Diagnostics.Select(d => d.Message).Should().Equal(one.Diagnostics.Select(d => d.Message));
    }
}
