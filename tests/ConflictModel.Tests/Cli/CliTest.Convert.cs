using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Tests.Interop;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    public static TheoryData<string, string> FormatPairs() => new()
    {
        { "json", "json" }, { "json", "ndjson" }, { "json", "acled-csv" }, { "json", "geojson" },
        { "ndjson", "json" }, { "ndjson", "ndjson" }, { "ndjson", "acled-csv" }, { "ndjson", "geojson" },
        { "acled-csv", "json" }, { "acled-csv", "ndjson" }, { "acled-csv", "acled-csv" }, { "acled-csv", "geojson" },
    };

    [Theory]
    [MemberData(nameof(FormatPairs))]
    public async Task Convert_EachFormatPair_WritesAFileThatReadsBackAsTheSameEvents(string from, string to)
    {
        string input = from switch { "json" => files.BoukamalJson, "ndjson" => files.BoukamalNdjson, _ => files.AcledSample };
        var source = from == "acled-csv" ? AcledCsvFixture.ImportSample().Dossier : files.Boukamal;
        string output = Path.Combine(files.NewFolder(), "out." + (to == "acled-csv" ? "csv" : to));

        var run = await CliRun.RunAsync("convert", input, output, "--from", from, "--to", to);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().BeEmpty();
        byte[] written = await File.ReadAllBytesAsync(output);
        switch (to)
        {
            case "json":
                DossierJson.Read(written).Should().Be(source);
                break;
            case "ndjson":
                (await DossierNdjson.ReadAsync(new MemoryStream(written))).Should().Be(source);
                break;
            case "acled-csv":
                AcledCsvFixture.Rows(Encoding.UTF8.GetString(written)).Select(r => r["event_date"])
                    .Should().HaveCount(source.Events.Count);
                break;
            default:
                using (var document = JsonDocument.Parse(written))
                {
                    document.RootElement.GetProperty("type").GetString().Should().Be("FeatureCollection");
                    document.RootElement.GetProperty("features").EnumerateArray()
                        .Count(f => f.GetProperty("properties").GetProperty("kind").GetString() == "event")
                        .Should().BeGreaterThan(0);
                }
                break;
        }
    }

    [Fact]
    public async Task Convert_AcledToAcled_KeepsEveryColumnValueOfEveryRow()
    {
        string output = Path.Combine(files.NewFolder(), "again.csv");

        var run = await CliRun.RunAsync("convert", files.AcledSample, output, "--from", "acled-csv", "--to", "acled-csv");

        run.ExitCode.Should().Be(0);
        var before = AcledCsvFixture.Rows(AcledCsvFixture.SampleText);
        var after = AcledCsvFixture.Rows(await File.ReadAllTextAsync(output));
        after.Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Convert_FormatsFromExtensions_NeedsNoOptions()
    {
        string folder = files.NewFolder();

        var toNdjson = await CliRun.RunAsync("convert", files.BoukamalJson, Path.Combine(folder, "b.ndjson"));
        var toGeoJson = await CliRun.RunAsync("convert", Path.Combine(folder, "b.ndjson"), Path.Combine(folder, "b.geojson"));
        var toJson = await CliRun.RunAsync("convert", Path.Combine(folder, "b.ndjson"), Path.Combine(folder, "b.json"));

        new[] { toNdjson.ExitCode, toGeoJson.ExitCode, toJson.ExitCode }.Should().Equal(0, 0, 0);
        DossierJson.Read(await File.ReadAllTextAsync(Path.Combine(folder, "b.json"))).Should().Be(files.Boukamal);
        using var geo = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "b.geojson")));
        geo.RootElement.GetProperty("type").GetString().Should().Be("FeatureCollection");
    }

    [Fact]
    public async Task Convert_StandardInputToStandardOutput_NeedsBothFormatsAndPipesTheBytes()
    {
        var run = await CliRun.RunWithInputAsync(await File.ReadAllBytesAsync(files.BoukamalJson), "convert", "-", "-", "--from", "json", "--to", "ndjson");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        (await DossierNdjson.ReadAsync(new MemoryStream(run.OutBytes))).Should().Be(files.Boukamal);
    }

    [Fact]
    public async Task Convert_NdjsonStandardInputToNdjson_StreamsTheSameDossier()
    {
        var run = await CliRun.RunWithInputAsync(await File.ReadAllBytesAsync(files.BoukamalNdjson), "convert", "-", "-", "--from", "ndjson", "--to", "ndjson");

        run.ExitCode.Should().Be(0);
        run.OutBytes.Should().Equal(await File.ReadAllBytesAsync(files.BoukamalNdjson));
    }

    [Fact]
    public async Task Convert_AcledRowsWithProblems_ReportsThemAsDiagnosticsConvertsTheRestAndExitsOne()
    {
        string[] lines = AcledCsvFixture.SampleText.Split('\n');
        // Line 2 of the sample is a whole row; give it a date nobody can read.
        lines[1] = lines[1].Replace("2017-11-09", "9th of Brumaire", StringComparison.Ordinal);
        string input = files.Write("bad-date.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        string output = Path.Combine(files.NewFolder(), "bad-date.json");

        var run = await CliRun.RunAsync("convert", input, output, "--from", "acled-csv");

        run.ExitCode.Should().Be(1);
        run.ErrorLines.Should().Contain(l => l.StartsWith($"{input}: ACLED0002 error $.lines[2].event_date: ", StringComparison.Ordinal));
        int rows = AcledCsvFixture.Rows(AcledCsvFixture.SampleText).Count;
        run.ErrorLines[^1].Should().Be($"{input}: {rows} rows read, {rows - 1} imported, 1 rejected");
        DossierJson.Read(await File.ReadAllTextAsync(output)).Events.Should().HaveCount(rows - 1);
    }

    [Fact]
    public async Task Convert_AcledWithoutItsHeader_NamesTheMissingColumnsAndExitsTwo()
    {
        string input = files.Write("no-header.csv", "a,b\n1,2\n"u8.ToArray());
        string output = Path.Combine(files.NewFolder(), "no-header.json");

        var run = await CliRun.RunAsync("convert", input, output, "--from", "acled-csv");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{input}: error: line 1, column event_id_cnty: ").And.Contain("event_date");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Convert_GeoJsonLeavingEventsOut_SaysWhichOnStandardError()
    {
        string output = Path.Combine(files.NewFolder(), "errors.geojson");

        var run = await CliRun.RunAsync("convert", files.WithErrors, output);

        run.ExitCode.Should().Be(0);
        run.ErrorLines.Should().Equal($"{output}: note: 1 event(s) have no point to draw them at and were left out: clash.");
    }

    [Theory]
    [InlineData("in.csv", "out.json", "--from")]
    [InlineData("in.json", "out.csv", "--to")]
    [InlineData("-", "out.json", "--from")]
    [InlineData("in.json", "-", "--to")]
    [InlineData("in.txt", "out.json", "--from")]
    [InlineData("in.geojson", "out.json", "--from")]
    public async Task Convert_FormatTheExtensionDoesNotTell_IsAUsageError(string input, string output, string option)
    {
        var run = await CliRun.RunAsync("convert", input, output);

        run.ExitCode.Should().Be(64);
        run.ErrorLines[0].Should().StartWith("conflictmodel: ").And.Contain("give " + option);
        run.ErrorLines[1].Should().StartWith("Usage: conflictmodel convert INPUT OUTPUT");
    }

    [Theory]
    [InlineData("--from", "shapefile")]
    [InlineData("--to", "xml")]
    [InlineData("--from", "geojson")]
    [InlineData("--to", "JSON5")]
    public async Task Convert_FormatNotInTheTable_IsAUsageError(string option, string format)
    {
        var run = await CliRun.RunAsync("convert", files.BoukamalJson, "out.json", option, format);

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain(format).And.Contain("Usage: conflictmodel convert");
    }

    [Fact]
    public async Task Convert_InputMissingEmptyOrADirectory_ExitsTwoAndWritesNothing()
    {
        string folder = files.NewFolder();
        foreach (string input in new[] { files.Missing, files.Empty, files.ADirectory, files.NotJson })
        {
            var run = await CliRun.RunAsync("convert", input, Path.Combine(folder, "out.json"));

            run.ExitCode.Should().Be(2, input);
            run.ErrorLines.Should().ContainSingle().Which.Should().StartWith(input + ": error: ");
        }
        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty();
    }

    [Fact]
    public async Task Convert_OutputIsADirectory_ExitsTwo()
    {
        string output = files.NewFolder() + ".json";
        Directory.CreateDirectory(output);

        var run = await CliRun.RunAsync("convert", files.BoukamalJson, output);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{output}: error: is a directory; give the path of a file to write.");
    }

    [Fact]
    public async Task Convert_OutputFolderMissing_SaysItCannotBeWrittenAndExitsTwo()
    {
        string output = Path.Combine(files.Folder, "no-such-folder", "out.json");

        var run = await CliRun.RunAsync("convert", files.BoukamalJson, output);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{output}: error: cannot be written: ");
    }

    [Fact]
    public async Task Convert_ExistingOutput_IsReplacedWholeAndNoTemporaryFileIsLeft()
    {
        string folder = files.NewFolder();
        string output = Path.Combine(folder, "b.json");
        await File.WriteAllTextAsync(output, new string('x', 1_000_000));

        var run = await CliRun.RunAsync("convert", files.BoukamalNdjson, output);

        run.ExitCode.Should().Be(0);
        (await File.ReadAllBytesAsync(output)).Should().Equal(await File.ReadAllBytesAsync(files.BoukamalJson));
        Directory.GetFiles(folder).Should().Equal(output);
    }

    [Fact]
    public async Task Convert_BadInputOverAnExistingOutput_LeavesTheOutputAsItWas()
    {
        string folder = files.NewFolder();
        string output = Path.Combine(folder, "keep.ndjson");
        await File.WriteAllTextAsync(output, "kept");
        string[] lines = File.ReadAllText(files.BoukamalNdjson).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The header and one event go through before the bad line: a streamed conversion has started writing by then.
        string input = files.Write("bad-third-line.ndjson", Encoding.UTF8.GetBytes(lines[0] + "\n" + lines[1] + "\n[1]\n"));

        var run = await CliRun.RunAsync("convert", input, output);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{input}: error: ").And.Contain("line 3");
        (await File.ReadAllTextAsync(output)).Should().Be("kept");
        Directory.GetFiles(folder).Should().Equal(output);
    }
}
