using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Output;

/// <summary>
/// Text from a dossier made safe for a terminal: control characters (escape sequences that clear the screen, set the
/// title or move the cursor; carriage returns and line breaks that forge a line) and the marks that reverse the direction
/// of text are written as escapes such as <c>\u001b</c>. JSON output does not pass through it: it stays exact.
/// </summary>
internal static class TerminalText
{
    /// <summary>Tells whether a character must not reach a terminal as it is.</summary>
    public static bool IsUnsafe(char c) => char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';

    /// <summary>Escapes the unsafe characters of a text; with <paramref name="keepLineBreaks"/>, '\n' stays a line break.</summary>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        int first = 0;
        while (first < text.Length && (!IsUnsafe(text[first]) || (keepLineBreaks && text[first] == '\n')))
        {
            first++;
        }
        if (first == text.Length)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            _ = c switch
            {
                '\n' when keepLineBreaks => escaped.Append('\n'),
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                _ when IsUnsafe(c) => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
    }
}

/// <summary>
/// A text writer for what people read on standard output and standard error: every string written goes through
/// <see cref="TerminalText.Escape"/>. A string written as a whole line has its own line breaks escaped too, so that no
/// value can forge a line of its own; a string written without a line end keeps its line breaks (multi-line reports).
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n' || !TerminalText.IsUnsafe(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(TerminalText.Escape(value.ToString()));
        }
    }

    public override void Write(string? value) => inner.Write(value is null ? null : TerminalText.Escape(value, keepLineBreaks: true));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : TerminalText.Escape(value));

    public override Task WriteAsync(string? value) => inner.WriteAsync(value is null ? null : TerminalText.Escape(value, keepLineBreaks: true));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(value is null ? null : TerminalText.Escape(value));

    public override Task WriteAsync(char value) => value == '\n' || !TerminalText.IsUnsafe(value)
        ? inner.WriteAsync(value)
        : inner.WriteAsync(TerminalText.Escape(value.ToString()));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(char value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override Task WriteLineAsync() => inner.WriteLineAsync();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();

    public override Task FlushAsync(System.Threading.CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    protected override void Dispose(bool disposing)
    {
        // The inner writer belongs to whoever made it.
        base.Dispose(disposing);
    }
}
