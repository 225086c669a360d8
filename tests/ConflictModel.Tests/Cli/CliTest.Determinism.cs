using System.IO;
using System.Threading.Tasks;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Theory]
    [InlineData("validate", "BOUKAMAL", "WITH_ERRORS")]
    [InlineData("validate", "--format", "json", "BOUKAMAL", "WITH_ERRORS")]
    [InlineData("stats", "BOUKAMAL")]
    [InlineData("stats", "ACLED_JSON")]
    [InlineData("convert", "ACLED", "-", "--from", "acled-csv", "--to", "json")]
    [InlineData("convert", "BOUKAMAL", "-", "--to", "geojson")]
    [InlineData("convert", "BOUKAMAL", "-", "--to", "acled-csv")]
    public async Task Output_TwoRunsOnTheSameInput_AreByteForByteEqual(params string[] template)
    {
        string acledJson = Path.Combine(files.NewFolder(), "acled.json");
        (await CliRun.RunAsync("convert", files.AcledSample, acledJson, "--from", "acled-csv")).ExitCode.Should().Be(0);
        string[] args = template.Select(a => a switch
        {
            "BOUKAMAL" => files.BoukamalJson,
            "WITH_ERRORS" => files.WithErrors,
            "ACLED" => files.AcledSample,
            "ACLED_JSON" => acledJson,
            _ => a,
        }).ToArray();

        var first = await CliRun.RunAsync(args);
        var second = await CliRun.RunAsync(args);

        first.OutBytes.Should().NotBeEmpty();
        second.OutBytes.Should().Equal(first.OutBytes);
        second.Error.Should().Be(first.Error);
        second.ExitCode.Should().Be(first.ExitCode);
    }

    [Fact]
    public async Task Convert_TwoRunsToFiles_WriteTheSameBytes()
    {
        string folder = files.NewFolder();
        foreach (string name in new[] { "a.ndjson", "b.ndjson" })
        {
            (await CliRun.RunAsync("convert", files.AcledSample, Path.Combine(folder, name), "--from", "acled-csv")).ExitCode.Should().Be(0);
        }

        (await File.ReadAllBytesAsync(Path.Combine(folder, "b.ndjson"))).Should().Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "a.ndjson")));
    }
}
