using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Merging;
using ConflictModel.Cli.Output;
using ConflictModel.Merging;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel merge INPUT INPUT... -o OUTPUT [--same-as MAPPING] [--format text|json] [--encoding NAME] [--force]</c>: merges dossiers
/// into one with <see cref="DossierMerger"/>, writes it, and prints what became of the inputs. Formats come from the
/// extensions as for <c>convert</c>; <c>--from</c> gives the format of the inputs whose extension does not tell, and without it
/// a CSV file's header tells ACLED from UCDP GED. Exit code
/// 1 when an import skipped rows (the others are still merged), 2 when an input, the mapping or the output is unusable.
/// </summary>
internal static class MergeCommand
{
    public const string Name = "merge";

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "The dossiers to merge, in order (two or more): each entity keeps the id of the first input that brings it. '-' reads standard input.",
            Arity = new ArgumentArity(2, ArgumentArity.OneOrMore.MaximumNumberOfValues),
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write the merged dossier to (replaced whole, never half-written); its extension gives the format unless --to does.",
            Required = true,
            HelpName = "FILE",
        };
        var from = new Option<string?>("--from")
        {
            Description = "The format of the inputs whose extension does not tell (.csv, or '-'); .json and .ndjson inputs are read as such.",
            HelpName = string.Join('|', DossierFormats.ReadableNames),
        };
        from.AcceptOnlyFromAmong([.. DossierFormats.ReadableNames]);
        var to = new Option<string?>("--to")
        {
            Description = "The output's format; needed when its extension does not tell (.csv).",
            HelpName = string.Join('|', DossierFormats.WritableNames),
        };
        to.AcceptOnlyFromAmong([.. DossierFormats.WritableNames]);
        var sameAs = new Option<string?>("--same-as")
        {
            Description = "A JSON file of decisions the merger follows over its own: {\"same\": [[\"actor:a\", \"actor:b\"]], \"never\": [[\"place:c\", \"place:d\"]]} (docs/merging.md).",
            HelpName = "MAPPING",
        };
        var format = new Option<string>("--format")
        {
            Description = "How to print the summary: text (aligned tables) or json (one document with every ambiguity).",
            DefaultValueFactory = _ => ReportFormats.Text,
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong(ReportFormats.Text, ReportFormats.Json);
        var encoding = new Option<string?>("--encoding")
        {
            Description = "The encoding of the CSV inputs without a byte-order mark, such as latin1 or windows-1256; UTF-8 when not given. A byte-order mark always wins.",
            HelpName = "NAME",
        };
        var force = new Option<bool>("--force") { Description = "Replace an input file when it is also the output (JSON and NDJSON only)." };
        UnknownOptions.Reject(inputs);
        var command = new Command(Name,
            "Merges dossiers into one: actors and places resolved across names and languages, events matched by place, time and type, "
            + "every input's claims kept with their sources; prints the matches and the ambiguities left for a person.")
        {
            inputs, output, from, to, sameAs, format, encoding, force,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(context, new Request(
            parsed.GetRequiredValue(inputs), parsed.GetRequiredValue(output), parsed.GetValue(from), parsed.GetValue(to),
            parsed.GetValue(sameAs), parsed.GetRequiredValue(format), parsed.GetValue(encoding), parsed.GetValue(force)), cancellationToken));
        return command;
    }

    private sealed record Request(string[] Inputs, string Output, string? From, string? To, string? SameAs, string Format, string? Encoding, bool Force);

    private static async Task<int> RunAsync(CliContext context, Request request, CancellationToken cancellationToken)
    {
        var formats = new DossierFormat[request.Inputs.Length];
        string? problem = null;
        System.Text.Encoding? encoding = null;
        if (request.Encoding is not null && !ConvertCommand.TryGetEncoding(request.Encoding, out encoding))
        {
            problem = $"'{request.Encoding}' is not an encoding this tool knows; give a name such as utf-8, latin1, windows-1252 or windows-1256.";
        }
        for (int i = 0; i < request.Inputs.Length && problem is null; i++)
        {
            formats[i] = InputFormat(request.Inputs[i], request.From, encoding, out problem)!;
        }
        if (problem is null && encoding is not null && !formats.Any(f => f.TakesEncoding))
        {
            problem = "--encoding applies to CSV inputs only, and none is CSV; JSON and NDJSON are always UTF-8.";
        }
        DossierFormat? to = null;
        if (problem is null)
        {
            to = OutputFormat(request.Output, request.To, out problem);
        }
        if (problem is null && request.Inputs.Count(FileNames.IsStandardStream) > 1)
        {
            problem = "'-' (standard input) can be given once.";
        }
        if (problem is not null)
        {
            await context.Error.WriteLineAsync("conflictmodel: " + problem).ConfigureAwait(false);
            await context.Error.WriteLineAsync(CommandUsage.Merge).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        try
        {
            return await MergeAsync(context, request, formats, encoding, to!, cancellationToken).ConfigureAwait(false);
        }
        catch (CliProblemException unusable)
        {
            await context.Error.WriteLineAsync(unusable.Message).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
    }

    private static DossierFormat? InputFormat(string path, string? from, System.Text.Encoding? encoding, out string? problem)
    {
        problem = null;
        var byExtension = DossierFormats.ByExtension(path);
        if (byExtension is { Read: not null })
        {
            return byExtension;
        }
        if (from is not null)
        {
            // The parser has already refused names that are not in the list.
            return DossierFormats.ByName(from);
        }
        if (byExtension is null && CsvHeaders.Detect(path, encoding) is { } byHeader)
        {
            // ACLED and GED files share the .csv extension; their headers tell them apart.
            return byHeader;
        }
        string what = FileNames.IsStandardStream(path) ? "'-' has no extension"
            : byExtension is not null ? $"{path} is {byExtension.Name}, which this tool writes but does not read"
            : $"neither the extension nor the header of {path} tells its format";
        problem = $"{what}; give --from {string.Join('|', DossierFormats.ReadableNames)}.";
        return null;
    }

    private static DossierFormat? OutputFormat(string path, string? to, out string? problem)
    {
        problem = null;
        if (FileNames.IsStandardStream(path))
        {
            problem = "the merged dossier goes to a file and the summary to standard output; give -o FILE, not '-'.";
            return null;
        }
        if (to is not null)
        {
            return DossierFormats.ByName(to);
        }
        var byExtension = DossierFormats.ByExtension(path);
        if (byExtension is { Write: not null })
        {
            return byExtension;
        }
        problem = byExtension is not null
            ? $"the format of {path} ({byExtension.Name}) cannot be written; give --to {string.Join('|', DossierFormats.WritableNames)}."
            : $"the extension of {path} does not tell its format; give --to {string.Join('|', DossierFormats.WritableNames)}.";
        return null;
    }

    private static async Task<int> MergeAsync(CliContext context, Request request, DossierFormat[] formats, System.Text.Encoding? encoding,
        DossierFormat to, CancellationToken cancellationToken)
    {
        // Everything that can make the run unusable is checked before the inputs are read: the mapping, then the output.
        var mapping = request.SameAs is null ? null : await MergeMapping.ReadAsync(request.SameAs, context.Console, cancellationToken).ConfigureAwait(false);
        string output = request.Output;
        foreach (string input in request.Inputs)
        {
            output = OutputTarget.Resolve(request.Output, input, to, request.Force);
        }
        var inputs = new List<MergeInput>(request.Inputs.Length);
        bool errors = false;
        // The file an NDJSON input streamed by the merger was last opened from: the one a read error during the merge is about.
        string reading = request.Inputs[0];
        for (int i = 0; i < request.Inputs.Length; i++)
        {
            string path = request.Inputs[i];
            if (formats[i].Name == DossierFormats.Ndjson.Name && !FileNames.IsStandardStream(path))
            {
                // Merged as it is read, never held whole; a file that cannot be read again (a pipe) is read whole below.
                var (header, streamed) = await NdjsonMergeInput.OpenAsync(path, FileNames.Display(path), i, request.Inputs.Length, context,
                    opened => reading = opened, cancellationToken).ConfigureAwait(false);
                if (streamed is not null)
                {
                    inputs.Add(new MergeInput(FileNames.Display(path), formats[i].Name, header, 0, streamed));
                    continue;
                }
            }
            var imported = await DossierFiles.ImportAsync(path, formats[i], context, cancellationToken, formats[i].TakesEncoding ? encoding : null).ConfigureAwait(false);
            string name = FileNames.Display(path);
            foreach (var diagnostic in imported.Problems)
            {
                await context.Error.WriteLineAsync($"{name}: {diagnostic}").ConfigureAwait(false);
            }
            if (imported.Summary is { } summary)
            {
                await context.Error.WriteLineAsync($"{name}: {summary}").ConfigureAwait(false);
            }
            errors |= imported.Problems.Any(p => p.Severity == Severity.Error);
            inputs.Add(new MergeInput(name, formats[i].Name, imported.Dossier, imported.Problems.Count));
        }

        var options = DossierMergeOptions.Default;
        MappingOverrides? overrides = null;
        var mappingWarnings = new List<string>();
        if (mapping is not null)
        {
            overrides = MappingOverrides.Build(mapping, [.. inputs.Select(i => i.Dossier)], k => inputs[k].File);
            mappingWarnings.AddRange(overrides.Warnings);
            options = options with { Resolver = options.Resolver with { Overrides = overrides.Overrides } };
        }
        cancellationToken.ThrowIfCancellationRequested();
        var bar = context.Console.ShowProgress ? new MergeProgressBar(context.Console.Error, [.. inputs.Select(i => i.File)], [.. inputs.Select(i => i.Streamed is not null)]) : null;
        DossierMergeResult result;
        try
        {
            result = await new DossierMerger(options).MergeAsync(inputs.Select(i => i.ToMerge), bar, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Problems.IsFileProblem(ex))
        {
            throw Problems.Reading(reading, ex);
        }
        finally
        {
            bar?.Complete();
        }
        if (overrides is not null)
        {
            mappingWarnings.AddRange(overrides.Unfollowed(result));
        }
        foreach (string warning in mappingWarnings)
        {
            await context.Error.WriteLineAsync($"{FileNames.Display(mapping!.File)}: warning: {warning}").ConfigureAwait(false);
        }

        var exported = await DossierFiles.WriteAsync(context, output, (stream, ct) => to.Write!(result.Dossier, stream, ct), cancellationToken).ConfigureAwait(false);
        foreach (string note in exported.Notes)
        {
            await context.Error.WriteLineAsync($"{FileNames.Display(request.Output)}: note: {note}").ConfigureAwait(false);
        }

        int exitCode = errors ? ExitCodes.Errors : ExitCodes.Success;
        var report = new MergeSummary(inputs, result, request.Output, to.Name, mapping, mappingWarnings);
        if (request.Format == ReportFormats.Json)
        {
            await report.WriteJsonAsync(context, exitCode, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await context.Out.WriteAsync(report.ToText()).ConfigureAwait(false);
        }
        return exitCode;
    }
}
