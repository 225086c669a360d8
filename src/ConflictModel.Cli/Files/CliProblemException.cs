using System;
using ConflictModel.Cli.Output;

namespace ConflictModel.Cli.Files;

/// <summary>
/// A file the tool cannot use: missing, a directory, empty, unreadable, or not a dossier. The message is one line that
/// names the file, then where in it and what is wrong; the tool prints it instead of a stack trace.
/// </summary>
internal sealed class CliProblemException : Exception
{
    public CliProblemException()
    {
    }

    public CliProblemException(string message) : base(message)
    {
    }

    public CliProblemException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates a problem with a file.</summary>
    /// <param name="file">The file as the user named it (<c>-</c> for a standard stream).</param>
    /// <param name="problem">Where in the file, then what is wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    public CliProblemException(string file, string problem, Exception? innerException = null)
        : base(Problems.OneLine($"{FileNames.Display(file)}: error: {problem}"), innerException)
    {
    }
}
