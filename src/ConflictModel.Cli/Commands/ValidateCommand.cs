using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Output;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel validate FILE... [--format text|json] [--strict] [--stream]</c>: reads each dossier and prints its
/// diagnostics. Exit code 0 when no file has errors, 1 when some file has errors (warnings too under <c>--strict</c>), 2 when
/// some file could not be read as a dossier at all. With <c>--stream</c>, NDJSON files are validated as they are read
/// (<see cref="DossierValidator.StartStream"/>), in memory that does not grow with the file.
/// </summary>
internal static class ValidateCommand
{
    public const string Name = "validate";

    /// <summary>The number of diagnostics of one code printed per file unless <c>--max-diagnostics</c> says otherwise.</summary>
    public const int DefaultMaxDiagnostics = 1000;

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Dossier files: JSON, or NDJSON when the extension is .ndjson; '-' reads JSON from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "How to print the diagnostics: text (one line each, then a summary) or json (one document).",
            DefaultValueFactory = _ => ReportFormats.Text,
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong(ReportFormats.Text, ReportFormats.Json);
        var strict = new Option<bool>("--strict") { Description = "Count warnings as errors." };
        var stream = new Option<bool>("--stream")
        {
            Description = "Validate NDJSON files as they are read, in memory that does not grow with the file; the rules that " +
                "compare all events or claims with one another (CM1001-CM1003 among them, CM6002) do not run, and contradictions are " +
                "looked for among the claims that arrive together.",
        };
        var maxDiagnostics = new Option<int>("--max-diagnostics")
        {
            Description = "How many diagnostics of each code to print per file; the others are counted (0 prints them all).",
            DefaultValueFactory = _ => DefaultMaxDiagnostics,
            HelpName = "N",
        };
        maxDiagnostics.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--max-diagnostics must be 0 (no limit) or a positive number.");
            }
        });
        UnknownOptions.Reject(files);
        var command = new Command(Name,
            "Validates dossiers and prints their diagnostics, then the summary of each file, then where each code is explained "
            + "(" + DiagnosticHelp.Page + ").") { files, format, strict, stream, maxDiagnostics };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            context, parsed.GetRequiredValue(files), parsed.GetRequiredValue(format), parsed.GetValue(strict), parsed.GetValue(stream),
            parsed.GetValue(maxDiagnostics) is > 0 and var max ? max : int.MaxValue, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, string format, bool strict, bool stream,
        int maxDiagnostics, CancellationToken cancellationToken)
    {
        var validator = DossierValidator.Default.WithStrict(strict).WithMaxDiagnosticsPerCode(maxDiagnostics);
        var reports = new List<FileValidation>(paths.Length);
        int exitCode = ExitCodes.Success;
        foreach (string path in paths)
        {
            FileValidation report;
            try
            {
                var result = stream && DossierFiles.FormatOf(path) == DossierFormats.Ndjson
                    ? await ValidateStreamingAsync(path, validator, context, cancellationToken).ConfigureAwait(false)
                    : validator.Validate(await DossierFiles.ReadAsync(path, context, cancellationToken).ConfigureAwait(false), cancellationToken);
                report = new FileValidation(path, result, null);
            }
            catch (CliProblemException problem)
            {
                await context.Error.WriteLineAsync(problem.Message).ConfigureAwait(false);
                report = new FileValidation(path, null, problem.Message);
            }
            reports.Add(report);
            exitCode = ExitCodes.Worst(exitCode, report.ExitCode);
        }
        if (format == ReportFormats.Json)
        {
            await ValidationJson.WriteAsync(context, reports, strict, exitCode, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await WriteTextAsync(context, reports).ConfigureAwait(false);
        }
        return exitCode;
    }

    /// <summary>Validates an NDJSON file as it streams: the header stays in memory, the claims and events pass in windows.</summary>
    private static Task<ValidationResult> ValidateStreamingAsync(string path, DossierValidator validator, CliContext context,
        CancellationToken cancellationToken) =>
        DossierFiles.StreamNdjsonAsync(path, context, async reader =>
        {
            var validation = validator.StartStream(reader.Header, cancellationToken);
            // Each window's diagnostics are bounded by the window; those kept for the whole stream by the limit per code.
            var diagnostics = new DiagnosticCollector(validator.MaxDiagnosticsPerCode);
            diagnostics.AddRange(validation.HeaderDiagnostics);
            await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                diagnostics.AddRange(record.Event is { } e ? validation.Add(e, cancellationToken) : validation.Add(record.Claim!, cancellationToken));
            }
            diagnostics.AddRange(validation.Complete(cancellationToken));
            return diagnostics.ToResult();
        }, cancellationToken);

    private static async Task WriteTextAsync(CliContext context, List<FileValidation> reports)
    {
        var output = context.Out;
        int valid = 0, invalid = 0, unreadable = 0;
        var codes = new List<string>();
        foreach (var report in reports)
        {
            string file = FileNames.Display(report.Path);
            if (report.Result is not { } result)
            {
                unreadable++;
                await output.WriteLineAsync($"{file}: unreadable, see standard error").ConfigureAwait(false);
                continue;
            }
            foreach (var diagnostic in result.Diagnostics)
            {
                await output.WriteLineAsync($"{file}: {diagnostic}").ConfigureAwait(false);
                if (!codes.Contains(diagnostic.Code))
                {
                    codes.Add(diagnostic.Code);
                }
            }
            foreach (var omitted in result.Omitted)
            {
                string severity = omitted.Severity.ToString().ToLowerInvariant();
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{file}: {omitted.Code}: {omitted.Count} more {severity} {(omitted.Count == 1 ? "diagnostic" : "diagnostics")} not shown (--max-diagnostics)"))
                    .ConfigureAwait(false);
            }
            await output.WriteLineAsync($"{file}: {result}").ConfigureAwait(false);
            if (result.IsValid)
            {
                valid++;
            }
            else
            {
                invalid++;
            }
        }
        if (reports.Count > 1)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{reports.Count} files: {valid} valid, {invalid} with errors, {unreadable} unreadable")).ConfigureAwait(false);
        }
        // Each code once, after the summaries, with the entry that explains it and what to do.
        foreach (string code in codes)
        {
            if (DiagnosticHelp.UriOf(code) is { } help)
            {
                await output.WriteLineAsync($"{code}: {help}").ConfigureAwait(false);
            }
        }
    }
}

/// <summary>The names of <c>--format</c>.</summary>
internal static class ReportFormats
{
    public const string Text = "text";

    public const string Json = "json";
}

/// <summary>The outcome of validating one file: its result, or the problem that kept it from being read.</summary>
internal sealed record FileValidation(string Path, ValidationResult? Result, string? Problem)
{
    public int ExitCode => Result is null ? ExitCodes.Unreadable : Result.IsValid ? ExitCodes.Success : ExitCodes.Errors;
}
