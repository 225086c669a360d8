using System.IO;
using System.Text;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    /// <summary>Ways to spoil one row, each with the diagnostic it must give.</summary>
    private static readonly (string From, string To, string Code)[] Spoilers =
    [
        (",2017-11-09,", ",2017-02-31,", "ACLED0002"),
        (",5,,1512345678", ",five,,1512345678", "ACLED0003"),
        ("34.452,40.9186", "95.5,40.9186", "ACLED0004"),
        (",Armed clash,", ",Skirmish,", "ACLED0005"),
        (",Military Forces of Syria (2000-),", ",,", "ACLED0001"),
    ];

    [Theory]
    [InlineData(200, 7)]
    [InlineData(50, 2)]
    [InlineData(31, 1)]
    public void Import_BadRowsAtKnownLines_ImportsEveryGoodRowAndCountsExactly(int rows, int every)
    {
        var csv = new StringBuilder(AcledCsvFixture.Header).Append('\n');
        int line = 2;
        var good = new List<string>();
        var bad = new Dictionary<int, string>();
        for (int i = 0; i < rows; i++)
        {
            string id = "SYR" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string row = AcledCsvFixture.GoodRow.Replace("SYR1,", id + ",", StringComparison.Ordinal);
            if (i % 3 == 0)
            {
                // Notes over three physical lines, so that lines and rows part ways.
                row = row.Replace("Clashes near Albu Kamal.", "\"Clashes,\nnear\nAlbu Kamal.\"", StringComparison.Ordinal);
            }
            if (i % every == every - 1)
            {
                var (from, to, code) = Spoilers[i % Spoilers.Length];
                row.Should().Contain(from);
                row = row.Replace(from, to, StringComparison.Ordinal);
                bad.Add(line, code);
            }
            else
            {
                good.Add(id);
            }
            csv.Append(row).Append('\n');
            line += row.Count(c => c == '\n') + 1;
        }

        var result = AcledCsv.Import(new StringReader(csv.ToString()));

        result.RowsRead.Should().Be(rows);
        result.RowsImported.Should().Be(good.Count);
        result.RowsRejected.Should().Be(bad.Count);
        result.Dossier.Events.Select(e => e.ExternalReferences.Single().Value).Should().Equal(good);
        result.Diagnostics.Select(d => (d.Path[(d.Path.IndexOf('[', StringComparison.Ordinal) + 1)..d.Path.IndexOf(']', StringComparison.Ordinal)], d.Code))
            .Should().Equal(bad.Select(b => (b.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Value)));
        result.Diagnostics.Should().OnlyContain(d => d.Message.StartsWith("Line ", StringComparison.Ordinal));
    }
}
