using System;
using System.Globalization;
using System.Text;

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
        : base(OneLine($"{FileNames.Display(file)}: error: {problem}"), innerException)
    {
    }

    /// <summary>
    /// Keeps the message on one line whatever it quotes: a reader's message may hold a piece of the document, and a file
    /// name may hold a line break; control characters are written as escapes such as <c>\n</c>.
    /// </summary>
    private static string OneLine(string message)
    {
        var text = new StringBuilder(message.Length);
        foreach (char c in message)
        {
            _ = c switch
            {
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => text.Append(c),
            };
        }
        return text.ToString();
    }
}
