using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Output;
using ConflictModel.Merging;
using ConflictModel.Serialization;

namespace ConflictModel.Cli.Merging;

/// <summary>
/// An NDJSON file that <c>merge</c> gives the merger to read in parts (<see cref="DossierMergeInput.FromNdjson"/>) instead of
/// reading it whole: its header is read first, as every input is checked before the merge, and the file is opened again for
/// each pass of the merger, with a progress bar for each pass over a large file.
/// </summary>
internal static class NdjsonMergeInput
{
    /// <summary>
    /// Reads the header of an NDJSON file and returns it with the input to merge, or null for the input when the file cannot be
    /// read again (standard input, a pipe): that one is read whole.
    /// </summary>
    /// <exception cref="CliProblemException">The file cannot be read as NDJSON; the message says where and why.</exception>
    public static async Task<(Dossier Header, DossierMergeInput? Input)> OpenAsync(string path, string name, int position, int count, CliContext context,
        Action<string> opened, CancellationToken cancellationToken)
    {
        try
        {
            var file = InputFile.Open(path, context.Console);
            await using (file.ConfigureAwait(false))
            {
                if (!file.CanReadAgain)
                {
                    return (null!, null);
                }
                var reader = await DossierNdjson.OpenAsync(file.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    int pass = 0;
                    // The merger reads the first input twice (ids, then claims and events) and each later one three times (the countries of its actors first).
                    int passes = position == 0 ? 2 : 3;
                    return (reader.Header, DossierMergeInput.FromNdjson(() =>
                    {
                        opened(path);
                        pass++;
                        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
                        if (!context.Console.ShowProgress || stream.Length < InputFile.ProgressBytes)
                        {
                            return stream;
                        }
                        string label = string.Format(CultureInfo.InvariantCulture, "merging {0}/{1} ({2}): reading, pass {3} of {4}",
                            position + 1, count, TerminalText.Escape(Path.GetFileName(path)), pass, passes);
                        return new ProgressStream(stream, new ProgressReporter(context.Console.Error, label, stream.Length), owns: true);
                    }, name));
                }
            }
        }
        catch (Exception ex) when (Problems.IsFileProblem(ex))
        {
            throw Problems.Reading(path, ex);
        }
    }
}
