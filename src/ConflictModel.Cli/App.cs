using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Commands;
using ConflictModel.Cli.Output;

namespace ConflictModel.Cli;

/// <summary>
/// The whole tool behind <c>Main</c>: parses the command line, runs the command on the streams it is given and returns the
/// exit code. Tests call it in-process with streams of their own.
/// </summary>
internal static class App
{
    /// <summary>The tool's command name.</summary>
    public const string RootName = "conflictmodel";

    /// <summary>The first line of usage shown with every command-line error.</summary>
    public const string Usage = "Usage: conflictmodel <validate|convert|merge|stats|schema> [arguments] [options]";

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line, without the program's name.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        // Standard output fails once, clearly (StandardOutputStream); what people read is escaped (TerminalWriter).
        console = console with { Out = new StandardOutputStream(console.Out) };
        var error = new TerminalWriter(console.Error);
        var output = new StreamWriter(console.Out, CliConsole.Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        try
        {
            await using (output.ConfigureAwait(false))
            {
                var text = new TerminalWriter(output);
                var context = new CliContext(console, text);
                var root = BuildRoot(context);
                var parsed = root.Parse(args);
                if (parsed.Action is ParseErrorAction)
                {
                    await WriteUsageErrorAsync(parsed, error).ConfigureAwait(false);
                    return ExitCodes.Usage;
                }
                var invocation = new InvocationConfiguration
                {
                    Output = text,
                    Error = error,
                    EnableDefaultExceptionHandler = false,
                };
                int code;
                try
                {
                    code = await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
                    await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    await error.WriteLineAsync("conflictmodel: cancelled.").ConfigureAwait(false);
                    return ExitCodes.Cancelled;
                }
                catch (StandardOutputException)
                {
                    throw;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Files the tool cannot use are reported by the commands; what reaches here is a defect, still told in one line.
                    await error.WriteLineAsync(Problems.OneLine($"conflictmodel: internal error: {ex.GetType().Name}: {ex.Message}")).ConfigureAwait(false);
                    return ExitCodes.InternalError;
                }
                return code;
            }
        }
        catch (StandardOutputException ex)
        {
            await error.WriteLineAsync(Problems.OneLine("conflictmodel: " + ex.Message)).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }
    }

    /// <summary>The tool's version: the package version, without the build metadata after a '+'.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>
    /// The root is a plain command named after the tool rather than a <see cref="RootCommand"/>, which takes its name from
    /// the running executable (the test host's, in-process) and prints the entry assembly's version.
    /// </summary>
    private static Command BuildRoot(CliContext context) => new(RootName,
        "Validates, converts, merges and describes ConflictModel dossiers: armed-conflict events built from attributed claims.")
    {
        new HelpOption(),
        // "--version everywhere": recursive, so that every command accepts it.
        new VersionOption { Action = new PrintVersionAction(), Recursive = true },
        ValidateCommand.Create(context),
        ConvertCommand.Create(context),
        MergeCommand.Create(context),
        StatsCommand.Create(context),
        SchemaCommand.Create(context),
    };

    private static async Task WriteUsageErrorAsync(ParseResult parsed, TextWriter error)
    {
        foreach (var problem in parsed.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            await error.WriteLineAsync("conflictmodel: " + problem).ConfigureAwait(false);
        }
        var command = parsed.CommandResult.Command;
        bool atRoot = command.Name == RootName;
        await error.WriteLineAsync(atRoot ? Usage : CommandUsage.Of(command.Name)).ConfigureAwait(false);
        string help = atRoot ? "conflictmodel --help" : $"conflictmodel {command.Name} --help";
        await error.WriteLineAsync($"Run '{help}' for more.").ConfigureAwait(false);
        await error.FlushAsync().ConfigureAwait(false);
    }

    private static string ReadVersion()
    {
        var assembly = typeof(App).Assembly;
        string? informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        string version = informational ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
