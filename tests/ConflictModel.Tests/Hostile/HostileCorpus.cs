using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Hostile;

/// <summary>One line of <c>Corpus/manifest.tsv</c>: an input and what the library must answer.</summary>
/// <param name="File">The file under <c>Corpus/</c>, or <c>generated:name</c> for an input built at run time.</param>
/// <param name="Format">json, ndjson or acled-csv.</param>
/// <param name="Options">Limits to set on <see cref="DossierJsonOptions"/> (<c>Name=value;…</c>), or <c>-</c>.</param>
/// <param name="Outcome">ok or error.</param>
/// <param name="Expect">For ok, the diagnostic codes expected (space-separated, or <c>-</c>); for error, the exception's type name.</param>
/// <param name="Message">For error, fragments the message must hold, separated by <c> | </c>; the first names the location.</param>
/// <param name="Attacks">What the input attacks.</param>
public sealed record CorpusCase(string File, string Format, string Options, string Outcome, string Expect, string Message, string Attacks)
{
    internal const string GeneratedPrefix = "generated:";

    internal bool IsGenerated => File.StartsWith(GeneratedPrefix, StringComparison.Ordinal);

    internal IReadOnlyList<string> ExpectedCodes => Expect == "-" ? [] : Expect.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    internal IReadOnlyList<string> MessageFragments => Message.Split(" | ", StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => File;
}

/// <summary>The attack corpus: its manifest, its inputs, and how each format is read.</summary>
internal static class HostileCorpus
{
    internal static string Directory => Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus");

    internal static IReadOnlyList<CorpusCase> Cases { get; } = Load();

    internal static CorpusCase Find(string file) => Cases.Single(c => c.File == file);

    private static List<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (string line in File.ReadAllLines(Path.Combine(Directory, "manifest.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != 7)
            {
                throw new InvalidDataException($"manifest.tsv: \"{line}\" has {cells.Length} cells, not 7.");
            }
            cases.Add(new CorpusCase(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
        }
        return cases;
    }

    /// <summary>Opens a case's input: the file, or the generated stream.</summary>
    internal static Stream Open(CorpusCase c) => c.IsGenerated
        ? GeneratedInputs.All[c.File[CorpusCase.GeneratedPrefix.Length..]]()
        : File.OpenRead(Path.Combine(Directory, c.File));

    internal static DossierJsonOptions Options(CorpusCase c)
    {
        var options = new DossierJsonOptions();
        if (c.Options == "-")
        {
            return options;
        }
        foreach (string setting in c.Options.Split(';'))
        {
            var (name, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], int.Parse(setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            switch (name)
            {
                case nameof(DossierJsonOptions.MaxArrayLength): options.MaxArrayLength = value; break;
                case nameof(DossierJsonOptions.MaxDepth): options.MaxDepth = value; break;
                case nameof(DossierJsonOptions.MaxStringLength): options.MaxStringLength = value; break;
                case nameof(DossierJsonOptions.MaxDocumentBytes): options.MaxDocumentBytes = value; break;
                case nameof(DossierJsonOptions.MaxNdjsonLineBytes): options.MaxNdjsonLineBytes = value; break;
                default: throw new InvalidDataException($"manifest.tsv: unknown option {name} in {c.File}.");
            }
        }
        return options;
    }

    /// <summary>
    /// Reads an input as its format says and returns the diagnostic codes: the validator's for a
    /// dossier, the import's for ACLED CSV. Everything runs on the calling thread.
    /// </summary>
    internal static (IReadOnlyList<string> Codes, Dossier Dossier) Read(string format, Stream input, DossierJsonOptions options, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "json":
                {
                    var dossier = DossierJson.Read(input, options);
                    return (Codes(DossierValidator.Default.Validate(dossier, cancellationToken).Diagnostics), dossier);
                }
            case "ndjson":
                {
                    var dossier = DossierNdjson.ReadAsync(input, options, cancellationToken).GetAwaiter().GetResult();
                    return (Codes(DossierValidator.Default.Validate(dossier, cancellationToken).Diagnostics), dossier);
                }
            case "acled-csv":
                {
                    var result = AcledCsv.Import(input);
                    return (Codes(result.Diagnostics), result.Dossier);
                }
            default:
                throw new InvalidDataException($"manifest.tsv: unknown format {format}.");
        }
    }

    private static List<string> Codes(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
}
