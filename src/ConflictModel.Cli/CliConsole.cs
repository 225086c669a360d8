using System;
using System.IO;
using System.Text;

namespace ConflictModel.Cli;

/// <summary>
/// The standard streams a run of the tool reads and writes, and whether it may draw a progress bar.
/// Tests give their own streams to run commands in-process.
/// </summary>
/// <param name="In">Standard input, read when a file argument is <c>-</c>.</param>
/// <param name="Out">Standard output: reports, and the converted dossier when the output is <c>-</c>.</param>
/// <param name="Error">Standard error: problems, usage, and the progress bar.</param>
/// <param name="ShowProgress">True to draw a progress bar on <paramref name="Error"/> during long work.</param>
internal sealed record CliConsole(Stream In, Stream Out, TextWriter Error, bool ShowProgress)
{
    /// <summary>UTF-8 without a byte-order mark, for everything the tool writes.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The process's own standard streams.</summary>
    public static CliConsole FromProcess()
    {
        var error = new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true, NewLine = "\n" };
        return new CliConsole(Console.OpenStandardInput(), Console.OpenStandardOutput(), error,
            ShouldShowProgress(Console.IsErrorRedirected, Environment.GetEnvironmentVariable("CI")));
    }

    /// <summary>A progress bar is drawn only for a person watching a terminal, never in logs or on CI.</summary>
    /// <param name="errorIsRedirected">True when standard error is not a terminal.</param>
    /// <param name="ci">The value of the <c>CI</c> environment variable, or null when it is unset.</param>
    public static bool ShouldShowProgress(bool errorIsRedirected, string? ci) => !errorIsRedirected && string.IsNullOrEmpty(ci);
}
