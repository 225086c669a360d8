using System.IO;
using System.Text;
using ConflictModel.Interop;
using ConflictModel.Tests.Serialization.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    /// <summary>Bad rows the property inserts: the spoilers of the bad-row tests and the hostile dates and labels.</summary>
    private static readonly (string From, string To, string Code)[] HostileSpoilers =
    [
        .. Spoilers,
        (",2017-11-09,2017,1,", ",0000-11-09,2017,1,", "ACLED0002"),
        (",2017-11-09,2017,1,", ",9999-12-31,2017,2,", "ACLED0002"),
        (",1,Islamic State", ",Warlords,Islamic State", "ACLED0003"),
    ];

    private static readonly string[] LineEnds = ["\n", "\r\n", "\r"];

    [Fact]
    public void Import_RandomBadRowsAndLineEndsInserted_Property_KeepsEveryValidRowAndReportsEachBadOne()
    {
        // Each number is one row: below 4 a good row, else the bad row of a spoiler; and the line end that closes it.
        var files = Gen.ArrayOf(Gen.Choose(0, (4 + HostileSpoilers.Length) * LineEnds.Length - 1));

        Generated.ForAll(files, rows =>
        {
            var csv = new StringBuilder(AcledCsvFixture.Header).Append('\n');
            var good = new List<string>();
            var bad = new List<(string Line, string Code)>();
            for (int i = 0; i < rows.Length; i++)
            {
                int kind = rows[i] % (4 + HostileSpoilers.Length);
                string id = "SYR" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                string row = AcledCsvFixture.GoodRow.Replace("SYR1,", id + ",", StringComparison.Ordinal);
                if (kind < 4)
                {
                    good.Add(id);
                }
                else
                {
                    var (from, to, code) = HostileSpoilers[kind - 4];
                    row = row.Replace(from, to, StringComparison.Ordinal);
                    bad.Add(((i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), code));
                }
                csv.Append(row).Append(LineEnds[rows[i] / (4 + HostileSpoilers.Length)]);
            }

            var result = AcledCsv.Import(new StringReader(csv.ToString()));

            result.RowsRead.Should().Be(rows.Length);
            result.Dossier.Events.Select(e => e.ExternalReferences.Single().Value).Should().Equal(good);
            result.Diagnostics.Select(d => (d.Path[(d.Path.IndexOf('[', StringComparison.Ordinal) + 1)..d.Path.IndexOf(']', StringComparison.Ordinal)], d.Code))
                .Should().Equal(bad);
        }, maxTest: 100);
    }
}
