using System.Globalization;
using System.IO;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

/// <summary>
/// Imports 50,000 generated rows through a stream that makes each row only when the reader asks for it, and checks the
/// counts: rows read, imported and rejected, the line numbers of the bad rows, and the deduplication of actors and places.
/// </summary>
public sealed class LargeImportTest
{
    private const int Rows = 50_000;

    // Every 10,000th row is bad; the rest cycle through five provinces and three armed groups.
    private static bool IsBad(int n) => n % 10_000 == 0;

    private static string UcdpRow(int n)
    {
        var row = UcdpGedCsvFixture.GoodRow(n.ToString(CultureInfo.InvariantCulture))
            .With("side_b", "Group " + (n % 3))
            .With("adm_1", "Province " + (n % 5))
            .With("where_coordinates", "Town " + (n % 5))
            .With("best", (n % 7).ToString(CultureInfo.InvariantCulture))
            .With("low", "0")
            .With("high", "100");
        return UcdpGedCsvFixture.Line(IsBad(n) ? row.With("latitude", "100") : row);
    }

    [Fact]
    public void UcdpImport_FiftyThousandGeneratedRows_CountsEveryRow()
    {
        using var stream = new GeneratedCsvStream(UcdpGedCsvFixture.Header(), UcdpRow, Rows);

        var result = UcdpGedCsv.Import(stream);

        result.RowsRead.Should().Be(Rows);
        result.RowsImported.Should().Be(Rows - 5);
        result.RowsRejected.Should().Be(5);
        result.Diagnostics.Select(d => d.Path).Should().Equal(
            "$.lines[10001].latitude", "$.lines[20001].latitude", "$.lines[30001].latitude", "$.lines[40001].latitude", "$.lines[50001].latitude");
        result.Dossier.Events.Should().HaveCount(Rows - 5);
        result.Dossier.Actors.Should().HaveCount(4, "the government and three groups");
        // Afghanistan, five provinces, one district under each, one town under each district.
        result.Dossier.Places.Should().HaveCount(1 + 5 + 5 + 5);
        result.Dossier.Events.Sum(e => e.Figures[0].Value.Best).Should().Be(Enumerable.Range(1, Rows).Where(n => !IsBad(n)).Sum(n => n % 7));
        stream.LargestRead.Should().BeLessThan(1 << 20, "the reader asks for buffers, not for the whole file");
    }

    [Fact]
    public void AcledImport_FiftyThousandGeneratedRows_CountsEveryRow()
    {
        string AcledRow(int n)
        {
            string row = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + n.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal);
            return IsBad(n) ? row.Replace(",5,,", ",five,,", StringComparison.Ordinal) : row;
        }
        using var stream = new GeneratedCsvStream(AcledCsvFixture.Header, AcledRow, Rows);

        var result = AcledCsv.Import(stream);

        result.RowsRead.Should().Be(Rows);
        result.RowsImported.Should().Be(Rows - 5);
        result.Diagnostics.Should().HaveCount(5).And.OnlyContain(d => d.Code == AcledDiagnostics.UnparsableNumber.Code);
        result.Diagnostics[^1].Path.Should().Be("$.lines[50001].fatalities");
        result.Dossier.Actors.Should().HaveCount(2);
        stream.LargestRead.Should().BeLessThan(1 << 20);
    }
}
