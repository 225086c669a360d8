using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Commands;

namespace ConflictModel.Cli.Output;

/// <summary>
/// The JSON report of <c>validate --format json</c>: <c>{"strict", "exitCode", "files": [{"file", "readable", "valid",
/// "errors", "warnings", "info", "diagnostics": [{"code", "severity", "path", "message", "entityIds", "attemptedValue"}], "truncated",
/// "omitted": [{"code", "severity", "count"}]}]}</c> (counts include the diagnostics left out by <c>--max-diagnostics</c>);
/// a file that could not be read has <c>"readable": false</c> and <c>"problem"</c> instead of the counts.
/// </summary>
internal static class ValidationJson
{
    public static async Task WriteAsync(CliContext context, IReadOnlyList<FileValidation> reports, bool strict, int exitCode, CancellationToken cancellationToken)
    {
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // The report is read by people and scripts, never embedded in HTML: keep names in any script readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var writer = new Utf8JsonWriter(context.Console.Out, options);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("strict", strict);
            writer.WriteNumber("exitCode", exitCode);
            writer.WriteStartArray("files");
            foreach (var report in reports)
            {
                Write(writer, report);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        await context.Console.Out.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await context.Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Write(Utf8JsonWriter writer, FileValidation report)
    {
        writer.WriteStartObject();
        writer.WriteString("file", report.Path);
        if (report.Result is not { } result)
        {
            writer.WriteBoolean("readable", false);
            writer.WriteString("problem", report.Problem);
            writer.WriteEndObject();
            return;
        }
        writer.WriteBoolean("readable", true);
        writer.WriteBoolean("valid", result.IsValid);
        writer.WriteNumber("errors", result.ErrorCount);
        writer.WriteNumber("warnings", result.WarningCount);
        writer.WriteNumber("info", result.InfoCount);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            writer.WriteString("path", diagnostic.Path);
            writer.WriteString("message", diagnostic.Message);
            if (DiagnosticHelp.UriOf(diagnostic.Code) is { } help)
            {
                writer.WriteString("helpUri", help);
            }
            writer.WriteStartArray("entityIds");
            foreach (string id in diagnostic.EntityIds)
            {
                writer.WriteStringValue(id);
            }
            writer.WriteEndArray();
            if (diagnostic.AttemptedValue is { } attempted)
            {
                writer.WriteString("attemptedValue", attempted);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteBoolean("truncated", result.IsTruncated);
        writer.WriteStartArray("omitted");
        foreach (var omitted in result.Omitted)
        {
            writer.WriteStartObject();
            writer.WriteString("code", omitted.Code);
            writer.WriteString("severity", omitted.Severity.ToString().ToLowerInvariant());
            writer.WriteNumber("count", omitted.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
