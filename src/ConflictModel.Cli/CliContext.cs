using System.IO;

namespace ConflictModel.Cli;

/// <summary>What every command needs: the standard streams, and standard output as text.</summary>
/// <param name="Console">The standard streams.</param>
/// <param name="Out">Standard output as UTF-8 text with '\n' line ends; flush it before writing bytes to <see cref="CliConsole.Out"/>.</param>
internal sealed record CliContext(CliConsole Console, TextWriter Out)
{
    /// <summary>Standard error for messages, with the characters a terminal would act on escaped (<see cref="Output.TerminalWriter"/>).</summary>
    public TextWriter Error { get; } = new Output.TerminalWriter(Console.Error);
}
