using System.IO;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed partial class AcledCsvTest
{
    [Fact]
    public void ImportResult_ToString_CountsRowsAndDiagnosticsInWords()
    {
        string csv = AcledCsvFixture.WithCell("fatalities", "many") + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.ToString().Should().StartWith("2 rows read, 1 imported, 1 rejected (1 diagnostic): ")
            .And.EndWith(result.Dossier.ToString())
            .And.NotContain("ConflictModel.Interop");
    }

    [Fact]
    public void ImportResult_ToString_OneRowIsSingular()
    {
        var result = AcledCsv.Import(new StringReader(AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n"));

        result.ToString().Should().StartWith("1 row read, 1 imported, 0 rejected (0 diagnostics): ");
    }
}
