using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ConflictModel.Cli.Files;
using ConflictModel.Interop;
using ConflictModel.Serialization;

namespace ConflictModel.Cli.Output;

/// <summary>Turns the exceptions that mean "this file is not usable" into one line that names the file, the place and the problem.</summary>
internal static class Problems
{
    /// <summary>True for the exceptions a bad or unreadable file causes; anything else is a defect and is not hidden.</summary>
    public static bool IsFileProblem(Exception exception) => exception is CliProblemException or DossierFormatException or CsvFormatException
        or JsonException or IOException or UnauthorizedAccessException or DecoderFallbackException;

    /// <summary>Describes a problem with reading a file.</summary>
    public static CliProblemException Reading(string file, Exception exception) => exception switch
    {
        CliProblemException problem => problem,
        DossierFormatException format => new CliProblemException(file, format.Message, format),
        CsvFormatException csv => new CliProblemException(file, Locate(csv), csv),
        JsonException json => new CliProblemException(file, string.Create(CultureInfo.InvariantCulture,
            $"line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}: {json.Message}"), json),
        DecoderFallbackException decoding => new CliProblemException(file, "the text is not valid UTF-8: " + decoding.Message, decoding),
        _ => new CliProblemException(file, "cannot be read: " + exception.Message, exception),
    };

    /// <summary>Describes a problem with writing a file.</summary>
    public static CliProblemException Writing(string file, Exception exception) => exception switch
    {
        CliProblemException problem => problem,
        _ => new CliProblemException(file, "cannot be written: " + exception.Message, exception),
    };

    /// <summary>
    /// Keeps the message on one line whatever it quotes: a reader's message may hold a piece of the document, and a file
    /// name may hold a line break; control characters are written as escapes such as <c>\n</c>.
    /// </summary>
    public static string OneLine(string message)
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

    private static string Locate(CsvFormatException exception)
    {
        // Row problems already start with "Line N, column C:"; header problems only carry the line and column as properties.
        if (exception.Line <= 0 || exception.Message.StartsWith("Line ", StringComparison.Ordinal))
        {
            return exception.Message;
        }
        string column = exception.Column is { } c ? ", column " + c : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"line {exception.Line}{column}: {exception.Message}");
    }
}
