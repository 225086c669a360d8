using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Tests.Interop;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    private static byte[] Windows1256Acled()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string csv = AcledCsvFixture.WithCell("actor1", "جيش");
        return Encoding.GetEncoding("windows-1256").GetBytes(csv);
    }

    [Fact]
    public async Task Convert_Windows1256AcledWithEncodingNamed_KeepsTheArabicName()
    {
        string input = files.Write("arabic.csv", Windows1256Acled());
        string output = Path.Combine(files.NewFolder(), "out.json");

        var run = await CliRun.RunAsync("convert", input, output, "--from", "acled-csv", "--encoding", "windows-1256");

        run.ExitCode.Should().Be(0, run.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Actors.Select(a => a.Names.Primary.Text).Should().Contain("جيش");
    }

    [Fact]
    public async Task Convert_Windows1256AcledWithoutEncoding_ExitsTwoNamingLineByteAndTheOption()
    {
        string input = files.Write("arabic.csv", Windows1256Acled());
        string output = Path.Combine(files.NewFolder(), "out.json");

        var run = await CliRun.RunAsync("convert", input, output, "--from", "acled-csv");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("Line 2, byte").And.Contain("--encoding");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Convert_Latin1UcdpWithEncodingNamedLatin1_ReadsTheAccents()
    {
        string csv = UcdpGedCsvFixture.Csv(UcdpGedCsvFixture.GoodRow().With("side_b", "Forces armées"));
        string input = files.Write("ged.csv", Encoding.Latin1.GetBytes(csv));
        string output = Path.Combine(files.NewFolder(), "out.json");

        var run = await CliRun.RunAsync("convert", input, output, "--from", "ucdp-csv", "--encoding", "latin1");

        run.ExitCode.Should().Be(0, run.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Actors.Select(a => a.Names.Primary.Text).Should().Contain("Forces armées");
    }

    [Fact]
    public async Task Convert_UnknownEncodingName_IsAUsageError()
    {
        var run = await CliRun.RunAsync("convert", AcledCsvFixture.SamplePath, Path.Combine(files.NewFolder(), "out.json"),
            "--from", "acled-csv", "--encoding", "klingon-1");

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("klingon-1");
    }

    [Fact]
    public async Task Convert_UcdpFileWithoutARequiredColumn_ExitsTwoNotSeventy()
    {
        string csv = "id,side_a\n1,Government of Syria\n";
        string input = files.Write("ged.csv", Encoding.UTF8.GetBytes(csv));

        var run = await CliRun.RunAsync("convert", input, Path.Combine(files.NewFolder(), "out.json"), "--from", "ucdp-csv");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("ged.csv").And.Contain("type_of_violence");
    }

    [Fact]
    public async Task Convert_UcdpFileWithADuplicateColumn_ExitsTwoNamingBoth()
    {
        string csv = UcdpGedCsvFixture.Header() + ",id\n" + UcdpGedCsvFixture.Line(UcdpGedCsvFixture.GoodRow()) + ",7\n";
        string input = files.Write("ged.csv", Encoding.UTF8.GetBytes(csv));

        var run = await CliRun.RunAsync("convert", input, Path.Combine(files.NewFolder(), "out.json"), "--from", "ucdp-csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("\"id\" twice").And.Contain("column 1").And.Contain("column 50");
    }

    [Fact]
    public async Task Convert_AcledRowWithYearZero_ExitsOneAndConvertsTheOthers()
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow + "\n" +
            AcledCsvFixture.GoodRow.Replace("SYR1,2017-11-09", "SYR2,0000-11-09", StringComparison.Ordinal) + "\n";
        string input = files.Write("acled.csv", Encoding.UTF8.GetBytes(csv));
        string output = Path.Combine(files.NewFolder(), "out.json");

        var run = await CliRun.RunAsync("convert", input, output, "--from", "acled-csv");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Line 3, column event_date").And.Contain("2 rows read, 1 imported, 1 rejected");
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Events.Should().ContainSingle();
    }

    [Fact]
    public async Task Convert_EncodingWithJsonInput_IsAUsageError()
    {
        string input = files.Write("d.json", "{}"u8.ToArray());

        var run = await CliRun.RunAsync("convert", input, Path.Combine(files.NewFolder(), "out.ndjson"), "--encoding", "latin1");

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("--encoding applies to CSV input only");
    }
}
