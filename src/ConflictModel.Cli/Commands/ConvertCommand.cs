using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Output;
using ConflictModel.Serialization;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel convert INPUT OUTPUT [--from F] [--to F]</c>: reads a dossier in one format and writes it in another.
/// Formats come from the extensions where they are unambiguous; <c>-</c> is standard input or output. Rows an import
/// skips are printed on standard error as diagnostics and make the exit code 1; the others are still converted.
/// </summary>
internal static class ConvertCommand
{
    public const string Name = "convert";

    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "The file to read, or '-' for standard input." };
        var output = new Argument<string>("OUTPUT") { Description = "The file to write (replaced whole, never half-written), or '-' for standard output." };
        var from = new Option<string?>("--from")
        {
            Description = "The input's format; needed when its extension does not tell (.csv, or '-').",
            HelpName = string.Join('|', DossierFormats.ReadableNames),
        };
        from.AcceptOnlyFromAmong([.. DossierFormats.ReadableNames]);
        var to = new Option<string?>("--to")
        {
            Description = "The output's format; needed when its extension does not tell (.csv, or '-').",
            HelpName = string.Join('|', DossierFormats.WritableNames),
        };
        to.AcceptOnlyFromAmong([.. DossierFormats.WritableNames]);
        var encoding = new Option<string?>("--encoding")
        {
            Description = "The encoding of a CSV input without a byte-order mark, such as latin1 or windows-1256; UTF-8 when not given. A byte-order mark always wins.",
            HelpName = "NAME",
        };
        var force = new Option<bool>("--force") { Description = "Replace the input file when it is also the output (JSON and NDJSON only)." };
        UnknownOptions.Reject(input);
        UnknownOptions.Reject(output);
        var command = new Command(Name, "Converts a dossier between formats.") { input, output, from, to, encoding, force };
        command.SetAction((parsed, cancellationToken) => RunAsync(context,
            parsed.GetRequiredValue(input), parsed.GetRequiredValue(output), parsed.GetValue(from), parsed.GetValue(to),
            parsed.GetValue(encoding), parsed.GetValue(force), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string input, string output, string? fromName, string? toName,
        string? encodingName, bool force, CancellationToken cancellationToken)
    {
        // A CSV file's header tells ACLED from UCDP GED when --from does not; the header is ASCII in any encoding they use.
        string? fromProblem = null;
        var from = fromName is null && DossierFormats.ByExtension(input) is null && CsvHeaders.Detect(input, null) is { } byHeader
            ? byHeader
            : Resolve(input, fromName, "--from", f => f.Read is not null, DossierFormats.ReadableNames, out fromProblem);
        var to = Resolve(output, toName, "--to", f => f.Write is not null, DossierFormats.WritableNames, out string? toProblem);
        if (from is null || to is null)
        {
            await context.Error.WriteLineAsync("conflictmodel: " + (fromProblem ?? toProblem)).ConfigureAwait(false);
            await context.Error.WriteLineAsync(CommandUsage.Convert).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        Encoding? encoding = null;
        if (encodingName is not null)
        {
            string? problem = !from.TakesEncoding ? $"--encoding applies to CSV input only; {from.Name} is always UTF-8."
                : !TryGetEncoding(encodingName, out encoding) ? $"'{encodingName}' is not an encoding this tool knows; give a name such as utf-8, latin1, windows-1252 or windows-1256."
                : null;
            if (problem is not null)
            {
                await context.Error.WriteLineAsync("conflictmodel: " + problem).ConfigureAwait(false);
                await context.Error.WriteLineAsync(CommandUsage.Convert).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        }
        try
        {
            // Checked before anything is read: a symbolic link is followed to the file it names, which keeps its permissions.
            if (!FileNames.IsStandardStream(output))
            {
                output = OutputTarget.Resolve(output, input, to, force);
            }
            return from == DossierFormats.Ndjson && to == DossierFormats.Ndjson
                ? await StreamNdjsonAsync(context, input, output, cancellationToken).ConfigureAwait(false)
                : await ConvertAsync(context, input, from, output, to, encoding, cancellationToken).ConfigureAwait(false);
        }
        catch (CliProblemException problem)
        {
            await context.Error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
    }

    private static DossierFormat? Resolve(string path, string? name, string option, Func<DossierFormat, bool> usable, System.Collections.Generic.IReadOnlyList<string> names, out string? problem)
    {
        problem = null;
        if (name is not null)
        {
            // The parser has already refused names that are not in the list.
            return DossierFormats.ByName(name);
        }
        var byExtension = DossierFormats.ByExtension(path);
        if (byExtension is not null && usable(byExtension))
        {
            return byExtension;
        }
        string what = FileNames.IsStandardStream(path) ? "'-' has no extension"
            : byExtension is not null ? $"the format of {path} ({byExtension.Name}) cannot be used here"
            : $"the extension of {path} does not tell its format";
        problem = $"{what}; give {option} {string.Join('|', names)}.";
        return null;
    }

    /// <summary>The encoding of a name: the ones .NET knows, and the code pages of Windows and DOS.</summary>
    internal static bool TryGetEncoding(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Encoding? encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            encoding = Encoding.GetEncoding(name.Trim());
            return true;
        }
        catch (ArgumentException)
        {
            encoding = null;
            return false;
        }
    }

    private static async Task<int> ConvertAsync(CliContext context, string input, DossierFormat from, string output, DossierFormat to,
        Encoding? encoding, CancellationToken cancellationToken)
    {
        var imported = await DossierFiles.ImportAsync(input, from, context, cancellationToken, encoding).ConfigureAwait(false);
        string inputName = FileNames.Display(input);
        foreach (var problem in imported.Problems)
        {
            await context.Error.WriteLineAsync($"{inputName}: {problem}").ConfigureAwait(false);
        }
        if (imported.Summary is { } summary)
        {
            await context.Error.WriteLineAsync($"{inputName}: {summary}").ConfigureAwait(false);
        }
        var exported = await DossierFiles.WriteAsync(context, output, (stream, ct) => to.Write!(imported.Dossier, stream, ct), cancellationToken).ConfigureAwait(false);
        foreach (string note in exported.Notes)
        {
            await context.Error.WriteLineAsync($"{FileNames.Display(output)}: note: {note}").ConfigureAwait(false);
        }
        return imported.Problems.Any(p => p.Severity == Severity.Error) ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>NDJSON to NDJSON goes line by line, claims and events in their order, in constant memory whatever their number.</summary>
    private static async Task<int> StreamNdjsonAsync(CliContext context, string input, string output, CancellationToken cancellationToken)
    {
        try
        {
            var file = InputFile.Open(input, context.Console);
            await using (file.ConfigureAwait(false))
            {
                var reader = await DossierNdjson.OpenAsync(file.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    await DossierFiles.WriteAsync(context, output, async (stream, ct) =>
                    {
                        await DossierNdjson.WriteAsync(reader.Header, reader.ReadRecordsAsync(ct), stream, cancellationToken: ct).ConfigureAwait(false);
                        return ExportOutcome.Complete;
                    }, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (Problems.IsFileProblem(ex) && ex is not CliProblemException)
        {
            // Reading and writing interleave here; a format error is the input's, an I/O error could be either side's.
            throw ex is DossierFormatException ? Problems.Reading(input, ex) : new CliProblemException(input, "cannot be converted: " + ex.Message, ex);
        }
        return ExitCodes.Success;
    }
}
