using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Formats;
using ConflictModel.Cli.Output;

namespace ConflictModel.Cli.Commands;

/// <summary>
/// <c>conflictmodel stats FILE</c>: counts by entity kind, event types, the date range, the sources with how many claims
/// each made and relayed, and how many events independent sources back.
/// </summary>
internal static class StatsCommand
{
    public const string Name = "stats";

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A dossier: JSON, or NDJSON when the extension is .ndjson; '-' reads JSON from standard input." };
        UnknownOptions.Reject(file);
        var command = new Command(Name, "Prints counts and coverage of a dossier.") { file };
        command.SetAction((parsed, cancellationToken) => RunAsync(context, parsed.GetRequiredValue(file), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        DossierStats stats;
        try
        {
            stats = DossierFiles.FormatOf(path) == DossierFormats.Ndjson
                ? await CountStreamingAsync(path, context, cancellationToken).ConfigureAwait(false)
                : DossierStats.Of(await DossierFiles.ReadAsync(path, context, cancellationToken).ConfigureAwait(false));
        }
        catch (CliProblemException problem)
        {
            await context.Error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
        await context.Out.WriteAsync(stats.ToText(FileNames.Display(path))).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>NDJSON is counted as it streams: the header stays in memory, the claims and events pass one at a time.</summary>
    private static Task<DossierStats> CountStreamingAsync(string path, CliContext context, CancellationToken cancellationToken) =>
        DossierFiles.StreamNdjsonAsync(path, context, async reader =>
        {
            var counter = new DossierStats.Counter(reader.Header);
            await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (record.Event is { } e)
                {
                    counter.Add(e);
                }
                else
                {
                    counter.Add(record.Claim!);
                }
            }
            return counter.ToStats();
        }, cancellationToken);
}
