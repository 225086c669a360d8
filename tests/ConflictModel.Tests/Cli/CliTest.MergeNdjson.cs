using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Merging;
using ConflictModel.Serialization;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    /// <summary>Writes a dossier to a file of the folder as JSON or, for a name ending in anything else, as NDJSON.</summary>
    private static async Task<string> WriteDossierAsync(string folder, string name, Dossier dossier)
    {
        string path = Path.Combine(folder, name);
        if (name.EndsWith(".json", StringComparison.Ordinal))
        {
            await File.WriteAllBytesAsync(path, DossierJson.WriteToUtf8Bytes(dossier));
        }
        else
        {
            await using var stream = File.Create(path);
            await DossierNdjson.WriteAsync(dossier, stream);
        }
        return path;
    }

    /// <summary>The summary's JSON without the file names and formats, which differ between runs on the same dossiers.</summary>
    private static string SummaryWithoutFiles(CliRun run)
    {
        using var document = JsonDocument.Parse(run.OutBytes);
        var root = document.RootElement;
        var inputs = root.GetProperty("inputs").EnumerateArray()
            .Select(i => string.Join(",", i.GetProperty("events"), i.GetProperty("claims"), i.GetProperty("actors"), i.GetProperty("places"), i.GetProperty("problems")));
        return string.Join(";", inputs) + "|" + root.GetProperty("events") + "|" + root.GetProperty("derivedClaims") + "|" + root.GetProperty("ambiguities");
    }

    [Fact]
    public async Task Merge_NdjsonInputs_WriteWhatTheSameInputsAsJsonWrite()
    {
        string folder = files.NewFolder();
        var first = SyntheticDossier.Generate(120, seed: 3);
        var second = SyntheticDossier.Generate(300, seed: 3);
        string firstJson = await WriteDossierAsync(folder, "first.json", first);
        string secondJson = await WriteDossierAsync(folder, "second.json", second);
        string firstNdjson = await WriteDossierAsync(folder, "first.ndjson", first);
        string secondNdjson = await WriteDossierAsync(folder, "second.ndjson", second);
        string fromJson = Path.Combine(folder, "from-json.json");
        string fromNdjson = Path.Combine(folder, "from-ndjson.json");
        string mixed = Path.Combine(folder, "mixed.json");

        var whole = await CliRun.RunAsync("merge", firstJson, secondJson, "-o", fromJson, "--format", "json");
        var streamed = await CliRun.RunAsync("merge", firstNdjson, secondNdjson, "-o", fromNdjson, "--format", "json");
        var half = await CliRun.RunAsync("merge", firstJson, secondNdjson, "-o", mixed, "--format", "json");

        whole.ExitCode.Should().Be(0, whole.Error);
        streamed.ExitCode.Should().Be(0, streamed.Error);
        half.ExitCode.Should().Be(0, half.Error);
        var expected = await File.ReadAllBytesAsync(fromJson);
        (await File.ReadAllBytesAsync(fromNdjson)).Should().Equal(expected);
        (await File.ReadAllBytesAsync(mixed)).Should().Equal(expected);
        SummaryWithoutFiles(streamed).Should().Be(SummaryWithoutFiles(whole));
        SummaryWithoutFiles(half).Should().Be(SummaryWithoutFiles(whole));
        SummaryWithoutFiles(whole).Should().StartWith("120,", "the first input's events are counted");
        DossierJson.Read(expected).Should().Be(DossierMerger.Default.Merge(first, second).Dossier);
    }

    [Fact]
    public async Task Merge_FromNdjsonWithAnotherExtension_IsMergedAsTheNdjsonItIs()
    {
        string folder = files.NewFolder();
        var (_, acled, ged) = NovemberAsJson();
        string gedLines = await WriteDossierAsync(folder, "ged.lines", DossierJson.Read(await File.ReadAllBytesAsync(ged)));
        string fromJson = Path.Combine(folder, "from-json.json");
        string fromLines = Path.Combine(folder, "from-lines.json");

        var whole = await CliRun.RunAsync("merge", acled, ged, "-o", fromJson);
        var streamed = await CliRun.RunAsync("merge", acled, gedLines, "--from", "ndjson", "-o", fromLines);

        streamed.ExitCode.Should().Be(0, streamed.Error);
        (await File.ReadAllBytesAsync(fromLines)).Should().Equal(await File.ReadAllBytesAsync(fromJson));
        streamed.OutLines[2].Should().MatchRegex(@"ged\.lines\s+ndjson\s+3\s+3\s+4\s+8$");
        whole.OutLines[2].Should().MatchRegex(@"ged\.json\s+json\s+3\s+3\s+4\s+8$");
    }

    [Fact]
    public async Task NdjsonMergeInput_ARegularFile_IsReadInPassesNotWhole()
    {
        string folder = files.NewFolder();
        var dossier = SyntheticDossier.Generate(50, seed: 2);
        string path = await WriteDossierAsync(folder, "later.ndjson", dossier);
        using var error = new StringWriter();
        var context = new ConflictModel.Cli.CliContext(new ConflictModel.Cli.CliConsole(Stream.Null, Stream.Null, error, ShowProgress: false), TextWriter.Null);
        var opened = new List<string>();

        var (header, input) = await ConflictModel.Cli.Merging.NdjsonMergeInput.OpenAsync(path, "later.ndjson", 1, 2, context, opened.Add,
            TestContext.Current.CancellationToken);
        var result = await DossierMerger.Default.MergeAsync([SyntheticDossier.Generate(10, seed: 2), input!], cancellationToken: TestContext.Current.CancellationToken);

        header.Events.Should().BeEmpty("only the header is read before the merge");
        header.Actors.Should().Equal(dossier.Actors);
        opened.Should().Equal([path, path, path], "the merger reads a later input three times, never whole");
        result.Should().Be(DossierMerger.Default.Merge(SyntheticDossier.Generate(10, seed: 2), dossier));
    }

    [Fact]
    public async Task Merge_NdjsonInputWithABadLineAfterItsHeader_NamesTheFileAndLineAndWritesNothing()
    {
        var (folder, acled, _) = NovemberAsJson();
        string broken = Path.Combine(folder, "broken.ndjson");
        await File.WriteAllTextAsync(broken, "{\"format\":\"conflictmodel-ndjson\",\"version\":2}\n{\"id\":\"e1\",\"type\":\"battles\",\"date\":\"2017-11-09\"}\n[1]\n");
        string output = Path.Combine(folder, "merged.json");

        var run = await CliRun.RunAsync("merge", acled, broken, "-o", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("broken.ndjson").And.Contain("line 3");
        File.Exists(output).Should().BeFalse();
    }
}
