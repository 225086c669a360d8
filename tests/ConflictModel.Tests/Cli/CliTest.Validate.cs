using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Fact]
    public async Task Validate_BoukamalAsText_PrintsOneLinePerDiagnosticThenTheSummaryAndExitsZero()
    {
        var run = await CliRun.RunAsync("validate", files.BoukamalJson);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        var lines = run.OutLines;
        lines.Should().HaveCount(6);
        // The README's expected diagnostics: two uncorroborated party claims (CM6005) and the malformed "120.00" (CM7001).
        lines[0].Should().StartWith($"{files.BoukamalJson}: CM6005 info $.claims[");
        lines[1].Should().StartWith($"{files.BoukamalJson}: CM6005 info $.claims[");
        lines[2].Should().StartWith($"{files.BoukamalJson}: CM7001 warning $.claims[").And.Contain("120.00");
        lines[3].Should().Be($"{files.BoukamalJson}: valid: 0 errors, 1 warning, 2 info");
        // Then each code once, with its entry in docs/diagnostics.md.
        lines[4].Should().Be("CM6005: https://github.com/conflictmodel/conflictmodel/blob/main/docs/diagnostics.md#cm6005");
        lines[5].Should().Be("CM7001: https://github.com/conflictmodel/conflictmodel/blob/main/docs/diagnostics.md#cm7001");
    }

    [Fact]
    public async Task Validate_MaxDiagnostics_PrintsTheFirstOfEachCodeThenCountsTheRest()
    {
        var b = new DossierBuilder(files.Boukamal);
        var source = files.Boukamal.Sources[0].Id;
        for (int i = 0; i < 7; i++)
        {
            b.AddClaim($"ghost-{i}", new EventAssertion(new EventId("ghost")), new Attribution(source, AttributionMode.Stated));
        }
        string path = files.Write("ghosts.json", ConflictModel.Serialization.DossierJson.WriteToUtf8Bytes(b.Build()));

        var run = await CliRun.RunAsync("validate", "--max-diagnostics", "2", path);
        var json = await CliRun.RunAsync("validate", "--max-diagnostics", "2", "--format", "json", path);

        run.ExitCode.Should().Be(1);
        run.OutLines.Count(l => l.Contains(": CM2001 error ", StringComparison.Ordinal)).Should().Be(2);
        run.OutLines.Should().Contain($"{path}: CM2001: 5 more error diagnostics not shown (--max-diagnostics)");
        // The summary follows the diagnostics and the count of those left out; the codes' help links come after it.
        int summary = Array.FindIndex(run.OutLines, l => l.StartsWith($"{path}: invalid: 7 errors", StringComparison.Ordinal));
        summary.Should().BeGreaterThan(Array.IndexOf(run.OutLines, $"{path}: CM2001: 5 more error diagnostics not shown (--max-diagnostics)"));
        using var document = JsonDocument.Parse(json.Out);
        var file = document.RootElement.GetProperty("files")[0];
        file.GetProperty("errors").GetInt32().Should().Be(7);
        file.GetProperty("truncated").GetBoolean().Should().BeTrue();
        file.GetProperty("omitted")[0].GetProperty("count").GetInt32().Should().Be(5);
    }

    [Fact]
    public async Task Validate_NegativeMaxDiagnostics_IsAUsageError()
    {
        var run = await CliRun.RunAsync("validate", "--max-diagnostics", "-1", files.BoukamalJson);

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("--max-diagnostics must be 0");
    }

    [Fact]
    public async Task Validate_Strict_CountsTheWarningAsAnErrorAndExitsOne()
    {
        var run = await CliRun.RunAsync("validate", "--strict", files.BoukamalJson);

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Contain(l => l.StartsWith($"{files.BoukamalJson}: CM7001 error ", StringComparison.Ordinal));
        run.OutLines.Should().Contain($"{files.BoukamalJson}: invalid: 1 error, 0 warnings, 2 info");
    }

    [Fact]
    public async Task Validate_DossierWithErrors_ExitsOne()
    {
        var run = await CliRun.RunAsync("validate", files.WithErrors);

        run.ExitCode.Should().Be(1);
        run.OutLines.Should().Contain(l => l.Contains(" error $.events[0].place: ", StringComparison.Ordinal) && l.Contains("nowhere", StringComparison.Ordinal));
        run.OutLines.Should().Contain(l => l.StartsWith($"{files.WithErrors}: invalid: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_Ndjson_ReportsWhatTheSameDossierInJsonReports()
    {
        var json = await CliRun.RunAsync("validate", files.BoukamalJson);
        var ndjson = await CliRun.RunAsync("validate", files.BoukamalNdjson);

        ndjson.ExitCode.Should().Be(0);
        ndjson.Out.Replace(files.BoukamalNdjson, "FILE", StringComparison.Ordinal)
            .Should().Be(json.Out.Replace(files.BoukamalJson, "FILE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_AsJson_WritesOneDocumentWithTheDiagnosticsOfEachFile()
    {
        var run = await CliRun.RunAsync("validate", "--format", "json", files.BoukamalJson, files.WithErrors);

        run.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(run.OutBytes);
        var root = document.RootElement;
        root.GetProperty("strict").GetBoolean().Should().BeFalse();
        root.GetProperty("exitCode").GetInt32().Should().Be(1);
        var reports = root.GetProperty("files").EnumerateArray().ToList();
        reports.Should().HaveCount(2);
        reports[0].GetProperty("file").GetString().Should().Be(files.BoukamalJson);
        reports[0].GetProperty("valid").GetBoolean().Should().BeTrue();
        reports[0].GetProperty("errors").GetInt32().Should().Be(0);
        reports[0].GetProperty("warnings").GetInt32().Should().Be(1);
        reports[0].GetProperty("info").GetInt32().Should().Be(2);
        reports[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString())
            .Should().Equal("CM6005", "CM6005", "CM7001");
        var warning = reports[0].GetProperty("diagnostics")[2];
        warning.GetProperty("severity").GetString().Should().Be("warning");
        warning.GetProperty("path").GetString().Should().StartWith("$.claims[");
        warning.GetProperty("message").GetString().Should().Contain("quelque 120.00 personnes");
        reports[1].GetProperty("valid").GetBoolean().Should().BeFalse();
        reports[1].GetProperty("errors").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Validate_AsJsonStrict_SaysStrictAndCountsTheWarningAsAnError()
    {
        var run = await CliRun.RunAsync("validate", files.BoukamalJson, "--format", "json", "--strict");

        run.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(run.OutBytes);
        document.RootElement.GetProperty("strict").GetBoolean().Should().BeTrue();
        var report = document.RootElement.GetProperty("files")[0];
        report.GetProperty("errors").GetInt32().Should().Be(1);
        report.GetProperty("warnings").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Validate_AsJsonWithAnUnreadableFile_MarksItUnreadableAndExitsTwo()
    {
        var run = await CliRun.RunAsync("validate", "--format", "json", files.BoukamalJson, files.NotJson);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{files.NotJson}: error: $");
        using var document = JsonDocument.Parse(run.OutBytes);
        var report = document.RootElement.GetProperty("files")[1];
        report.GetProperty("readable").GetBoolean().Should().BeFalse();
        report.GetProperty("problem").GetString().Should().Be(run.ErrorLines[0]);
        document.RootElement.GetProperty("files")[0].GetProperty("readable").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Validate_SeveralFiles_ExitsWithTheWorstCodeAndSumsUp()
    {
        var run = await CliRun.RunAsync("validate", files.BoukamalJson, files.WithErrors, files.Missing);

        run.ExitCode.Should().Be(2);
        run.OutLines.Should().Contain("3 files: 1 valid, 1 with errors, 1 unreadable");
        run.ErrorLines.Should().Equal($"{files.Missing}: error: no such file.");
    }

    [Fact]
    public async Task Validate_StandardInput_ReadsJsonFromIt()
    {
        var run = await CliRun.RunWithInputAsync(File.ReadAllBytes(files.BoukamalJson), "validate", "-");

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().Contain("<stdin/stdout>: valid: 0 errors, 1 warning, 2 info");
    }

    [Fact]
    public async Task Validate_NotJson_PrintsOneLineWithTheLocationAndExitsTwo()
    {
        var run = await CliRun.RunAsync("validate", files.NotJson);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^.*not-json\.json: error: \$ \(line 1, column \d+\): .+");
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Validate_JsonThatIsNotADossier_NamesThePathOfTheProblem()
    {
        string path = files.Write("wrong-type.json", Encoding.UTF8.GetBytes("""{"format":"conflictmodel","version":1,"events":[{"id":"e","type":5}]}"""));

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{path}: error: $.events[0]");
    }

    [Theory]
    [InlineData("empty", "the file is empty; expected a dossier.")]
    [InlineData("missing", "no such file.")]
    [InlineData("directory", "is a directory; give the path of a file.")]
    public async Task Validate_UnusableFile_PrintsOneLineNamingItAndExitsTwo(string which, string problem)
    {
        string path = which switch { "empty" => files.Empty, "missing" => files.Missing, _ => files.ADirectory };

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal($"{path}: error: {problem}");
        run.OutLines.Should().Equal($"{path}: unreadable, see standard error");
    }

    [Fact]
    public async Task Validate_EmptyStandardInput_SaysTheDocumentIsEmptyAndExitsTwo()
    {
        var run = await CliRun.RunWithInputAsync([], "validate", "-");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("<stdin/stdout>: error: $").And.Contain("empty");
    }

    [Fact]
    public async Task Validate_FileLockedByAnotherWriter_SaysItCannotBeOpenedAndExitsTwo()
    {
        string path = files.Write("locked.json", File.ReadAllBytes(files.BoukamalJson));
        // An exclusive lock makes the file unreadable to any other open, whatever the user's rights (the tests may run as root).
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var run = await CliRun.RunAsync("validate", path);

            run.ExitCode.Should().Be(2);
            run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{path}: error: cannot be opened for reading: ");
        }
    }

    [Fact]
    public async Task Validate_NdjsonWithABadEventLine_NamesTheLineAndExitsTwo()
    {
        string[] lines = File.ReadAllText(files.BoukamalNdjson).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string path = files.Write("bad-line.ndjson", Encoding.UTF8.GetBytes(lines[0] + "\n" + lines[1] + "\n{\"id\":\"x\",\"type\":[]}\n"));

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{path}: error: $").And.Contain("line 3");
    }

    [Fact]
    public async Task Validate_StreamOnNdjson_ReportsWhatTheWholeDossierReports()
    {
        var whole = await CliRun.RunAsync("validate", files.BoukamalNdjson);
        var streamed = await CliRun.RunAsync("validate", "--stream", files.BoukamalNdjson);

        streamed.ExitCode.Should().Be(0, streamed.Error);
        streamed.Out.Should().Be(whole.Out);
    }

    [Fact]
    public async Task Validate_StreamOnNdjsonWithAnEventError_ReportsItAtTheEventsPathAndExitsOne()
    {
        var dossier = ConflictModel.Serialization.DossierJson.Read(await File.ReadAllBytesAsync(files.WithErrors));
        using var buffer = new MemoryStream();
        await ConflictModel.Serialization.DossierNdjson.WriteAsync(dossier, buffer);
        string path = files.Write("with-errors.ndjson", buffer.ToArray());

        var run = await CliRun.RunAsync("validate", "--stream", "--format", "json", path);

        run.ExitCode.Should().Be(1, run.Error);
        using var report = JsonDocument.Parse(run.OutBytes);
        report.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Should().Contain(d => d.GetProperty("path").GetString() == "$.events[0].place" && d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task Validate_StreamOnJson_ValidatesTheWholeDossier()
    {
        var whole = await CliRun.RunAsync("validate", files.WithErrors);
        var streamed = await CliRun.RunAsync("validate", "--stream", files.WithErrors);

        streamed.ExitCode.Should().Be(1);
        streamed.Out.Should().Be(whole.Out);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("stats")]
    public async Task ValidateOrStats_CsvFile_SaysHowToConvertItFirst(string command)
    {
        string path = files.Write("events.csv", Encoding.UTF8.GetBytes("event_id_cnty,event_date\nSYR1,2017-11-09\n"));

        var run = await CliRun.RunAsync(command, path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{path}: error: $")
            .And.EndWith($"convert an ACLED or UCDP CSV file first: conflictmodel convert {path} dossier.json --from acled-csv (or ucdp-csv).");
    }
}
