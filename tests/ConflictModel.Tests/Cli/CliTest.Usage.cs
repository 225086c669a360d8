using System.Threading.Tasks;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("validate", "--frobnicate", "x.json")]
    [InlineData("validate", "x.json", "-z")]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("convert", "in.json")]
    [InlineData("convert", "in.json", "out.json", "extra.json")]
    [InlineData("convert", "in.json", "out.json", "--bogus")]
    [InlineData("stats")]
    [InlineData("stats", "a.json", "b.json")]
    [InlineData("stats", "--bogus", "a.json")]
    [InlineData("schema", "--bogus")]
    public async Task UnknownCommandOptionOrMissingArgument_ExitsSixtyFourWithAShortUsageOnStandardError(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.Should().Be(64);
        run.Out.Should().BeEmpty();
        run.ErrorLines.Should().HaveCountLessThan(12);
        run.ErrorLines.Should().Contain(l => l.StartsWith("Usage: conflictmodel", StringComparison.Ordinal));
        run.ErrorLines[0].Should().StartWith("conflictmodel: ");
    }

    [Fact]
    public async Task NoCommand_ExitsSixtyFour()
    {
        var run = await CliRun.RunAsync();

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("Usage: conflictmodel <validate|convert|merge|stats|schema>");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_ListsTheCommandsAndExitsZero(string option)
    {
        var run = await CliRun.RunAsync(option);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().Contain("validate").And.Contain("convert").And.Contain("merge").And.Contain("stats").And.Contain("schema").And.Contain("--version");
    }

    [Theory]
    [InlineData("validate", "--format")]
    [InlineData("convert", "--from")]
    [InlineData("merge", "--same-as")]
    [InlineData("stats", "FILE")]
    [InlineData("schema", "JSON Schema")]
    public async Task Help_OnEachCommand_DescribesItAndExitsZero(string command, string expected)
    {
        var run = await CliRun.RunAsync(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("conflictmodel " + command).And.Contain(expected);
    }

    [Fact]
    public async Task ConvertHelp_ListsTheFormatsOfTheTable()
    {
        var run = await CliRun.RunAsync("convert", "--help");

        run.Out.Should().Contain("--from <json|ndjson|acled-csv").And.Contain("--to <json|ndjson|acled-csv|geojson");
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("validate", "--version")]
    [InlineData("convert", "--version")]
    [InlineData("stats", "--version")]
    [InlineData("schema", "--version")]
    public async Task Version_OnEveryCommand_PrintsThePackageVersionAndExitsZero(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Out.Should().MatchRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\n$");
        run.Out.Should().Be((await CliRun.RunAsync("--version")).Out);
    }

    [Fact]
    public async Task Cancelled_ExitsOneHundredThirtyAndSaysSo()
    {
        using var input = new System.IO.MemoryStream();
        using var output = new System.IO.MemoryStream();
        using var error = new System.IO.StringWriter();
        using var cancelled = new System.Threading.CancellationTokenSource();
        await cancelled.CancelAsync();

        int code = await ConflictModel.Cli.App.RunAsync(["validate", files.BoukamalJson],
            new ConflictModel.Cli.CliConsole(input, output, error, ShowProgress: false), cancelled.Token);

        code.Should().Be(130);
        error.ToString().Should().Be("conflictmodel: cancelled.\n");
    }

    [Fact]
    public async Task Problem_WithALineBreakInTheFileName_StaysOnOneLine()
    {
        string path = System.IO.Path.Combine(files.Folder, "two\nlines.json");

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(path.Replace("\n", "\\n", StringComparison.Ordinal) + ": error: no such file.");
    }
}
