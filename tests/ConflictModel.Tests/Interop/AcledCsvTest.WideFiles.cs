using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Interop;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    /// <summary>
    /// A file with <paramref name="extraColumns"/> named columns after the codebook's, all empty but one a row: row i fills
    /// column i modulo the count, with a text of its own.
    /// </summary>
    private static string WideFile(int rows, int extraColumns)
    {
        var extra = Enumerable.Range(1, extraColumns).Select(i => "extra_" + i).ToArray();
        var lines = new List<string> { AcledCsvFixture.Header + "," + string.Join(",", extra) };
        for (int i = 0; i < rows; i++)
        {
            var cells = new string[extraColumns];
            Array.Fill(cells, string.Empty);
            // Text that JSON escapes: a backslash, HTML-sensitive characters, a line separator and a character outside the BMP.
            cells[i % extraColumns] = i % 2 == 0 ? "value " + i : "valeur é <b>&\\ \u2028 \U0001F600 " + i;
            lines.Add(AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + (i + 1) + ",", StringComparison.Ordinal) + "," + string.Join(",", cells));
        }
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Each data line of a file without quoted cells, as its cells by column name.</summary>
    private static List<Dictionary<string, string>> CellsByName(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            cells.Length.Should().Be(header.Length, "every line has a cell under every column");
            return header.Select((name, i) => (name, cell: cells[i])).ToDictionary(p => p.name, p => p.cell);
        }).ToList();
    }

    [Fact]
    public void Import_NamedExtraColumnsMostlyEmpty_FirstEventKnowsEveryColumnTheOthersKeepOnlyTheirValues()
    {
        string csv = WideFile(rows: 5, extraColumns: 40);

        var events = AcledCsv.Import(new StringReader(csv)).Dossier.Events;

        events.Should().HaveCount(5);
        var extraKeys = Enumerable.Range(1, 40).Select(i => AcledColumns.ExtraColumnKeyPrefix + "extra_" + i).ToArray();
        events[0].Extensions.Keys.Where(k => k.StartsWith(AcledColumns.ExtraColumnKeyPrefix, StringComparison.Ordinal))
            .Should().Equal(extraKeys, "the first event keeps every named column, in the file's order, so that an export writes each");
        events[0].Extensions.TryGetString(extraKeys[1], out string? empty).Should().BeTrue();
        empty.Should().BeEmpty();
        for (int i = 1; i < 5; i++)
        {
            events[i].Extensions.Keys.Where(k => k.StartsWith(AcledColumns.ExtraColumnKeyPrefix, StringComparison.Ordinal))
                .Should().Equal([extraKeys[i]], "an empty cell of a later row adds nothing");
            events[i].Extensions.TryGetString(extraKeys[i], out string? value).Should().BeTrue();
            value.Should().EndWith(" " + i);
        }
    }

    [Fact]
    public void Import_FirstRowRejected_NextEventKnowsEveryColumn()
    {
        string csv = WideFile(rows: 3, extraColumns: 4);
        // The first row's date cannot be read: the second row makes the first event.
        csv = csv.Replace("SYR1,2017-11-09", "SYR1,2017-13-45", StringComparison.Ordinal);

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(2);
        result.Dossier.Events[0].Extensions.Keys.Count(k => k.StartsWith(AcledColumns.ExtraColumnKeyPrefix, StringComparison.Ordinal))
            .Should().Be(4);
        var writer = new StringWriter();
        AcledCsv.Export(result.Dossier, writer);
        writer.ToString().Split('\n')[0].TrimEnd('\r').Should().EndWith(",extra_1,extra_2,extra_3,extra_4");
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(60, 40)]
    [InlineData(30, 3000)]
    public void Export_NamedExtraColumnsMostlyEmpty_WritesEveryCellBack(int rows, int extraColumns)
    {
        string csv = WideFile(rows, extraColumns);
        var dossier = AcledCsv.Import(new StringReader(csv)).Dossier;

        var writer = new StringWriter();
        AcledCsv.Export(dossier, writer);

        var read = CellsByName(csv);
        var written = CellsByName(writer.ToString());
        written.Should().HaveCount(rows);
        for (int i = 0; i < rows; i++)
        {
            written[i].Should().Equal(read[i], "row {0} gives back every cell it was read with", i + 1);
        }
    }

    [Fact]
    public void Export_AfterJsonRoundTrip_WritesTheSameFile()
    {
        string csv = WideFile(rows: 40, extraColumns: 50);
        var dossier = AcledCsv.Import(new StringReader(csv)).Dossier;
        var direct = new StringWriter();
        AcledCsv.Export(dossier, direct);

        var read = DossierJson.Read(DossierJson.Write(dossier));
        var afterJson = new StringWriter();
        AcledCsv.Export(read, afterJson);

        afterJson.ToString().Should().Be(direct.ToString());
        read.Events.Should().Equal(dossier.Events);
        // The imported cells are written from their texts, the read ones from JSON values: the same document either way.
        DossierJson.Write(read).Should().Be(DossierJson.Write(dossier));
    }
}
