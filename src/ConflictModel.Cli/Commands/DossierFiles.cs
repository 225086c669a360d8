using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Output;
using ConflictModel.Serialization;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// Reads the input files of every command, turning what makes a file unusable into one <see cref="CliProblemException"/>.
/// <c>validate</c> and <c>stats</c> read NDJSON when the extension is <c>.ndjson</c> and JSON otherwise.
/// </summary>
internal static class DossierFiles
{
    public static DossierFormat FormatOf(string path) =>
        FileNames.HasExtension(path, DossierFormats.Ndjson.Extension!) ? DossierFormats.Ndjson : DossierFormats.Json;

    /// <summary>Reads a whole dossier, in the format its extension gives.</summary>
    /// <exception cref="CliProblemException">The file cannot be read as a dossier; the message says where and why.</exception>
    public static async Task<Dossier> ReadAsync(string path, CliContext context, CancellationToken cancellationToken) =>
        (await ImportAsync(path, FormatOf(path), context, cancellationToken).ConfigureAwait(false)).Dossier;

    /// <summary>Reads a whole dossier in a given format, with the problems of the rows an import skipped.</summary>
    /// <exception cref="CliProblemException">The file cannot be read as a dossier; the message says where and why.</exception>
    public static async Task<ImportOutcome> ImportAsync(string path, DossierFormat format, CliContext context, CancellationToken cancellationToken,
        Encoding? encoding = null)
    {
        try
        {
            var input = InputFile.Open(path, context.Console);
            await using (input.ConfigureAwait(false))
            {
                return await format.Read!(input.Stream, encoding, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (Problems.IsFileProblem(ex))
        {
            var problem = Problems.Reading(path, ex);
            // validate and stats read a CSV file as JSON: the JSON reader's complaint about its first character says little.
            if (ex is DossierFormatException && format == DossierFormats.Json && FileNames.HasExtension(path, ".csv"))
            {
                throw new CliProblemException(problem.Message + string.Create(CultureInfo.InvariantCulture,
                    $" This command reads dossiers in JSON or NDJSON; convert an ACLED or UCDP CSV file first: conflictmodel convert {FileNames.Display(path)} dossier.json --from {DossierFormats.AcledCsv.Name} (or {DossierFormats.UcdpCsv.Name})."), ex);
            }
            throw problem;
        }
    }

    /// <summary>
    /// Opens an NDJSON file and hands its reader, header read and events not yet, to <paramref name="use"/>: the header stays
    /// in memory, the events pass one at a time.
    /// </summary>
    /// <exception cref="CliProblemException">The file cannot be read as NDJSON; the message says where and why.</exception>
    public static async Task<T> StreamNdjsonAsync<T>(string path, CliContext context, Func<NdjsonDossierReader, Task<T>> use,
        CancellationToken cancellationToken)
    {
        try
        {
            var input = InputFile.Open(path, context.Console);
            await using (input.ConfigureAwait(false))
            {
                var reader = await DossierNdjson.OpenAsync(input.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await use(reader).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (Problems.IsFileProblem(ex))
        {
            throw Problems.Reading(path, ex);
        }
    }

    /// <summary>
    /// Writes a dossier to standard output (<c>-</c>) or replaces a file whole: a temporary file beside it takes its place
    /// only once everything is written, with the permissions of the file it replaces.
    /// </summary>
    /// <exception cref="CliProblemException">The output is a directory or cannot be written.</exception>
    public static async Task<ExportOutcome> WriteAsync(CliContext context, string output, Func<Stream, CancellationToken, Task<ExportOutcome>> write, CancellationToken cancellationToken)
    {
        if (FileNames.IsStandardStream(output))
        {
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            var written = await write(context.Console.Out, cancellationToken).ConfigureAwait(false);
            await context.Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return written;
        }
        if (Directory.Exists(output))
        {
            throw new CliProblemException(output, "is a directory; give the path of a file to write.");
        }
        // The library's atomic write: a temporary file beside the target replaces it only when everything is written.
        ExportOutcome outcome = ExportOutcome.Complete;
        var mode = OutputTarget.ModeOf(output);
        try
        {
            await AtomicFile.WriteAsync(output, async (stream, ct) =>
            {
                // The replacement gets the permissions of the file it replaces before it holds a byte (a 0600 file stays private).
                if (mode is { } m && stream is FileStream file && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file.SafeFileHandle, m);
                }
                outcome = await write(stream, ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Problems.Writing(output, ex);
        }
        return outcome;
    }
}
