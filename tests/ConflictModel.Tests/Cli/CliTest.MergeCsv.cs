using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Cli.Formats;
using ConflictModel.Interop;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Fact]
    public async Task Merge_AcledCsvAndGedCsvWithoutFrom_TellsThemApartByTheirHeaders()
    {
        string output = Path.Combine(files.NewFolder(), "merged.json");

        var run = await CliRun.RunAsync("merge", MergingData("acled-2017-11.csv"), MergingData("ged-2017-11.csv"), "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        var merged = DossierJson.Read(await File.ReadAllBytesAsync(output));
        merged.Events.Should().HaveCount(4, "three ACLED events, two of them also in GED, and one GED event alone");
        EventWithReference(merged, ExternalReference.Acled, "SYR9001").ExternalReferences
            .Should().Contain(r => r.Scheme == ExternalReference.UcdpGed && r.Value == "900001");
    }

    [Fact]
    public async Task Merge_CsvWhoseHeaderIsNeitherAcledNorGed_IsAUsageErrorThatNamesTheFile()
    {
        string folder = files.NewFolder();
        string other = Path.Combine(folder, "other.csv");
        await File.WriteAllTextAsync(other, "id,date,place\n1,2017-11-09,Boukamal\n");

        var run = await CliRun.RunAsync("merge", other, MergingData("ged-2017-11.csv"), "-o", Path.Combine(folder, "merged.json"));

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("neither the extension nor the header of " + other).And.Contain("--from");
    }

    [Fact]
    public async Task Merge_LatinOneCsvWithEncoding_ReadsItsAccentedNames()
    {
        string folder = files.NewFolder();
        string latin = Path.Combine(folder, "acled-latin1.csv");
        string text = (await File.ReadAllTextAsync(MergingData("acled-2017-11.csv"))).Replace("Albu Kamal", "Albou Kamâl", StringComparison.Ordinal);
        await File.WriteAllBytesAsync(latin, Encoding.Latin1.GetBytes(text));
        string output = Path.Combine(folder, "merged.json");

        var refused = await CliRun.RunAsync("merge", latin, MergingData("ged-2017-11.csv"), "-o", output);
        var run = await CliRun.RunAsync("merge", latin, MergingData("ged-2017-11.csv"), "-o", output, "--encoding", "latin1");

        refused.ExitCode.Should().NotBe(0, "a Latin-1 file is not UTF-8, and nothing says how to read it");
        run.ExitCode.Should().Be(0, run.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Places.Should().Contain(p => p.Names.Primary.Text == "Albou Kamâl");
    }

    [Fact]
    public async Task Merge_EncodingWithNoCsvInput_IsAUsageError()
    {
        var (folder, acled, ged) = NovemberAsJson();

        var run = await CliRun.RunAsync("merge", acled, ged, "-o", Path.Combine(folder, "merged.json"), "--encoding", "latin1");

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("--encoding applies to CSV inputs only");
    }

    [Fact]
    public async Task Convert_GedCsvWithoutFrom_IsReadAsGed()
    {
        string output = Path.Combine(files.NewFolder(), "ged.json");

        var run = await CliRun.RunAsync("convert", MergingData("ged-2017-11.csv"), output);

        run.ExitCode.Should().Be(0, run.Error);
        DossierJson.Read(await File.ReadAllBytesAsync(output)).Should().Be(GedNovember());
    }

    [Theory]
    [InlineData("event_id_cnty,event_date,year", "acled-csv")]
    [InlineData("\"id\",\"year\",\"type_of_violence\"", "ucdp-csv")]
    [InlineData("id,where_prec,latitude", "ucdp-csv")]
    [InlineData("event_id_cnty,type_of_violence", null)]
    [InlineData("id,date,place", null)]
    public void CsvHeaders_Of_NamesTheFormatOnlyWhenTheHeaderIsOneOfThem(string header, string? format)
    {
        CsvHeaders.Of(header)?.Name.Should().Be(format);
        (CsvHeaders.Of(header) is null).Should().Be(format is null);
    }
}

public sealed partial class CliTest
{
    [Fact]
    public async Task Merge_OnATerminal_DrawsEachStageOfTheSecondInputAndErasesIt()
    {
        string output = Path.Combine(files.NewFolder(), "merged.json");
        using var input = new MemoryStream([], writable: false);
        using var stdout = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };

        int code = await ConflictModel.Cli.App.RunAsync(
            ["merge", MergingData("acled-2017-11.csv"), MergingData("ged-2017-11.csv"), "-o", output],
            new ConflictModel.Cli.CliConsole(input, stdout, error, ShowProgress: true));

        code.Should().Be(0, error.ToString());
        string text = error.ToString();
        foreach (string stage in new[] { "resolving actors", "resolving places", "matching events", "adding" })
        {
            text.Should().Contain($"merging 2/2 (ged-2017-11.csv): {stage} [", "each stage of the second input has its bar");
        }
        text.Should().NotContain("merging 1/2", "the first input is taken as it is");
        var frames = text.Split('\r').Where(f => f.Contains("merging", StringComparison.Ordinal)).ToList();
        frames.Should().OnlyContain(f => f.EndsWith('%') && !f.Contains('\n'), "a bar is redrawn in place");
        int lastBar = text.LastIndexOf("merging 2/2", StringComparison.Ordinal);
        text[lastBar..].Should().MatchRegex(@"^[^\r]*\r {10,}\r", "the last bar is erased before anything else is written");
    }

    [Fact]
    public async Task Merge_NotOnATerminal_DrawsNoBar()
    {
        string output = Path.Combine(files.NewFolder(), "merged.json");

        var run = await CliRun.RunAsync("merge", MergingData("acled-2017-11.csv"), MergingData("ged-2017-11.csv"), "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().NotContain("merging 2/2").And.NotContain("\r");
    }
}
