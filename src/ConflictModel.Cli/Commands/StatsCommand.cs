using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
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
        Dossier dossier;
        try
        {
            dossier = await DossierFiles.ReadAsync(path, context, cancellationToken).ConfigureAwait(false);
        }
        catch (CliProblemException problem)
        {
            await context.Error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
        await context.Out.WriteAsync(DossierStats.Of(dossier).ToText(FileNames.Display(path))).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
