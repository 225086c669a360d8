using System;
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
            throw Problems.Reading(path, ex);
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
}
