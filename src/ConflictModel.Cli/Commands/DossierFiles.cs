using System;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Output;

namespace ConflictModel.Cli.Commands;

/// <summary>Reads the dossier files of <c>validate</c> and <c>stats</c>: NDJSON when the extension is <c>.ndjson</c>, JSON otherwise.</summary>
internal static class DossierFiles
{
    public static DossierFormat FormatOf(string path) =>
        FileNames.HasExtension(path, DossierFormats.Ndjson.Extension!) ? DossierFormats.Ndjson : DossierFormats.Json;

    /// <summary>Reads a whole dossier.</summary>
    /// <exception cref="CliProblemException">The file cannot be read as a dossier; the message says where and why.</exception>
    public static async Task<Dossier> ReadAsync(string path, CliContext context, CancellationToken cancellationToken)
    {
        try
        {
            var input = InputFile.Open(path, context.Console);
            await using (input.ConfigureAwait(false))
            {
                var outcome = await FormatOf(path).Read!(input.Stream, cancellationToken).ConfigureAwait(false);
                return outcome.Dossier;
            }
        }
        catch (Exception ex) when (Problems.IsFileProblem(ex))
        {
            throw Problems.Reading(path, ex);
        }
    }
}
