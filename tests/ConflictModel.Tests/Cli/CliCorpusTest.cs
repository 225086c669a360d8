using System.IO;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Tests.Hostile;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Cli;

/// <summary>
/// The command-line tool on every file of the attack corpus (Hostile/Corpus/manifest.tsv): the documented exit code,
/// and for an input it cannot read, one line on standard error that names the file and the location, never a stack trace.
/// Dossiers are validated (<c>validate</c>); ACLED files are converted to JSON (<c>convert --from acled-csv</c>).
/// The generated cases (inputs of 100 MB and more, built at run time) are the library's own tests.
/// </summary>
public sealed class CliCorpusTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("conflictmodel-cli-corpus-").FullName;

    public static TheoryData<string> Files => new(HostileCorpus.Cases.Where(c => !c.IsGenerated && c.Options == "-").Select(c => c.File));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Cli_OnACorpusFile_GivesTheDocumentedExitCodeAndOneClearLine(string file)
    {
        var corpusCase = HostileCorpus.Find(file);
        string path = Path.Combine(HostileCorpus.Directory, file);
        string output = Path.Combine(folder, "out.json");

        var run = corpusCase.Format == "acled-csv"
            ? await CliRun.RunAsync("convert", path, output, "--from", "acled-csv")
            : await CliRun.RunAsync("validate", path);

        run.Error.Should().NotContain("   at ", "the tool never prints a stack trace");
        if (corpusCase.Outcome == "error")
        {
            // The tool tells an empty file in its own words; any other problem with the library's location.
            string where = new FileInfo(path).Length == 0 ? "the file is empty" : corpusCase.MessageFragments[0];
            run.ExitCode.Should().Be(2, run.Error);
            run.ErrorLines.Should().ContainSingle("one line names the problem").Which
                .Should().Contain(file).And.Contain(where);
            File.Exists(output).Should().BeFalse("nothing is written when the input cannot be read");
        }
        else
        {
            run.ExitCode.Should().Be(ExpectedExitCode(corpusCase, path), run.Error);
        }
    }

    /// <summary>0 when the library finds no error in the input, else 1 (validate: errors; convert: rows skipped).</summary>
    private static int ExpectedExitCode(CorpusCase corpusCase, string path)
    {
        using var input = File.OpenRead(path);
        bool problems = corpusCase.Format switch
        {
            "acled-csv" => AcledCsv.Import(input).Diagnostics.Count > 0,
            "ndjson" => !DossierValidator.Default.Validate(DossierNdjson.ReadAsync(input).GetAwaiter().GetResult()).IsValid,
            _ => !DossierValidator.Default.Validate(DossierJson.Read(input)).IsValid,
        };
        return problems ? 1 : 0;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
