using System.IO;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Tests.Interop;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Fact]
    public async Task Convert_UcdpCsvToJson_WritesTheDossierTheImporterBuilds()
    {
        string output = Path.Combine(files.NewFolder(), "ged.json");

        var run = await CliRun.RunAsync("convert", UcdpGedCsvFixture.SamplePath, output, "--from", "ucdp-csv");

        run.ExitCode.Should().Be(0, run.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Should().Be(UcdpGedCsvFixture.ImportSample().Dossier);
        run.Error.Should().Contain("11 rows read, 11 imported, 0 rejected");
    }

    [Fact]
    public async Task Convert_UcdpCsvWithABadRow_ImportsTheOthersReportsTheLineAndExitsOne()
    {
        string csv = UcdpGedCsvFixture.Csv(
            UcdpGedCsvFixture.GoodRow("1"),
            UcdpGedCsvFixture.GoodRow("2").With("latitude", "north"),
            UcdpGedCsvFixture.GoodRow("3"));
        string input = files.Write("bad-row.csv", System.Text.Encoding.UTF8.GetBytes(csv));
        string output = Path.Combine(files.NewFolder(), "ged.json");

        var run = await CliRun.RunAsync("convert", input, output, "--from", "ucdp-csv");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Line 3").And.Contain("latitude").And.Contain("3 rows read, 2 imported, 1 rejected");
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Events.Should().HaveCount(2);
    }

    [Fact]
    public async Task Convert_CsvWithoutFromWhoseHeaderIsNeitherFormat_IsAUsageError()
    {
        string folder = files.NewFolder();
        string csv = Path.Combine(folder, "events.csv");
        await File.WriteAllTextAsync(csv, "id,when,where\n1,2017-11-09,Boukamal\n");

        var run = await CliRun.RunAsync("convert", csv, Path.Combine(folder, "x.json"));

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("--from");
    }

    [Fact]
    public async Task Convert_UcdpSampleWithoutFrom_IsReadAsGedByItsHeader()
    {
        string output = Path.Combine(files.NewFolder(), "x.json");

        var run = await CliRun.RunAsync("convert", UcdpGedCsvFixture.SamplePath, output);

        run.ExitCode.Should().Be(0, run.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Events.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Convert_JsonToParquetByExtension_DuckDbReadsOneRowPerEvent()
    {
        string output = Path.Combine(files.NewFolder(), "boukamal.parquet");

        var run = await CliRun.RunAsync("convert", files.BoukamalJson, output);

        run.ExitCode.Should().Be(0, run.Error);
        var rows = DossierParquetTest.Query(
            $"SELECT count(*), count(DISTINCT {ParquetColumns.EventId}) FROM {DossierParquetTest.Table(output)}");
        rows[0][0].Should().Be((long)files.Boukamal.Events.Count);
        rows[0][1].Should().Be((long)files.Boukamal.Events.Count);
    }

    [Fact]
    public async Task Convert_UcdpCsvToParquetOnStandardOutput_WritesAFileDuckDbReads()
    {
        var run = await CliRun.RunAsync("convert", UcdpGedCsvFixture.SamplePath, "-", "--from", "ucdp-csv", "--to", "parquet");

        run.ExitCode.Should().Be(0, run.Error);
        string path = files.Write("stdout.parquet", run.OutBytes);
        var rows = DossierParquetTest.Query($"SELECT count(*) FROM {DossierParquetTest.Table(path)}");
        rows[0][0].Should().Be(11L);
    }

    [Theory]
    [InlineData("--from", "parquet")]
    [InlineData("--to", "ucdp-csv")]
    public async Task Convert_DirectionAFormatDoesNotHave_IsAUsageError(string option, string format)
    {
        var run = await CliRun.RunAsync("convert", files.BoukamalJson, Path.Combine(files.NewFolder(), "x.out"), option, format);

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain(format);
    }
}
