using System.IO;
using System.Threading.Tasks;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Fact]
    public async Task Stats_Boukamal_CountsEntitiesTypesDatesSourcesAndCoverage()
    {
        var run = await CliRun.RunAsync("stats", files.BoukamalJson);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        string[] lines = run.OutLines;
        lines[0].Should().Be($"File: {files.BoukamalJson}");
        // The README's count of the dispatch: 12 actors, 2 alliances, 3 relations, 13 places, 8 sources, 1 report, 28 claims, 8 events.
        Counts(lines, "Entities", "Event types").Should().Equal(
            ("actors", 12), ("alliances", 2), ("relations", 3), ("places", 13), ("sources", 8), ("reports", 1), ("claims", 28), ("events", 8));
        lines.Should().Contain(l => l.StartsWith("  battles ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("    government-regains-territory ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Dates: 2017-", StringComparison.Ordinal));
        var sources = Counts(lines, "Sources (claims made, claims relayed)", "Independent-source coverage");
        sources.Select(s => s.Name).Should().BeInAscendingOrder(StringComparer.Ordinal).And.Contain(["afp", "osdh", "un"]);
        sources.Sum(s => s.Count).Should().Be(28, "every claim of the dispatch has a source in the dossier");
        string[] coverage = lines.SkipWhile(l => !l.StartsWith("Independent-source coverage", StringComparison.Ordinal)).Skip(1).ToArray();
        coverage.Should().HaveCount(3);
        coverage.Sum(l => int.Parse(l[21..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(8);
        coverage.Should().OnlyContain(l => l.Contains(" of 8 (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_NdjsonAndStandardInput_PrintTheSameFiguresAsTheJsonFile()
    {
        var json = await CliRun.RunAsync("stats", files.BoukamalJson);
        var ndjson = await CliRun.RunAsync("stats", files.BoukamalNdjson);
        var stdin = await CliRun.RunWithInputAsync(await File.ReadAllBytesAsync(files.BoukamalJson), "stats", "-");

        ndjson.ExitCode.Should().Be(0);
        stdin.ExitCode.Should().Be(0);
        ndjson.OutLines.Skip(1).Should().Equal(json.OutLines.Skip(1));
        stdin.OutLines.Skip(1).Should().Equal(json.OutLines.Skip(1));
    }

    [Fact]
    public async Task Stats_AnEmptyDossier_SaysThereAreNoEvents()
    {
        string path = files.Write("empty-dossier.json", """{"format":"conflictmodel","version":1}"""u8.ToArray());

        var run = await CliRun.RunAsync("stats", path);

        run.ExitCode.Should().Be(0);
        run.OutLines.Should().Contain(["  (no events)", "Dates: (no events)", "  (no sources)"]);
    }

    [Fact]
    public async Task Stats_UnusableFiles_ExitTwoWithOneLineEach()
    {
        foreach (string path in new[] { files.Missing, files.Empty, files.ADirectory, files.NotJson })
        {
            var run = await CliRun.RunAsync("stats", path);

            run.ExitCode.Should().Be(2, path);
            run.Out.Should().BeEmpty();
            run.ErrorLines.Should().ContainSingle().Which.Should().StartWith(path + ": error: ");
        }
    }

    /// <summary>The "name count" lines between two headings.</summary>
    private static List<(string Name, int Count)> Counts(string[] lines, string from, string to) =>
        lines.SkipWhile(l => l != from).Skip(1).TakeWhile(l => !l.StartsWith(to, StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}
