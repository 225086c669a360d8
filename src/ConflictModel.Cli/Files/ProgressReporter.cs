using System;
using System.Globalization;
using System.IO;

namespace ConflictModel.Cli.Files;

/// <summary>
/// A one-line progress bar on standard error, redrawn in place when the percentage changes and erased at the end.
/// It is created only when standard error is a terminal and <c>CI</c> is unset (see <see cref="CliConsole.ShouldShowProgress"/>),
/// so logs and redirected output never see it.
/// </summary>
internal sealed class ProgressReporter
{
    private const int BarWidth = 30;

    private readonly TextWriter error;
    private readonly string label;
    private readonly long total;
    private int shownPercent = -1;
    private int lineLength;
    private bool completed;

    public ProgressReporter(TextWriter error, string label, long total)
    {
        this.error = error;
        this.label = label;
        this.total = Math.Max(1, total);
    }

    /// <summary>Shows how far the work has got.</summary>
    /// <param name="done">The bytes read so far.</param>
    public void Report(long done)
    {
        if (completed)
        {
            return;
        }
        int percent = (int)Math.Clamp(done * 100 / total, 0, 100);
        if (percent == shownPercent)
        {
            return;
        }
        shownPercent = percent;
        int filled = percent * BarWidth / 100;
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{label} [{new string('#', filled)}{new string('-', BarWidth - filled)}] {percent,3}%");
        lineLength = line.Length;
        error.Write("\r" + line);
        error.Flush();
    }

    /// <summary>Erases the bar, leaving the line free for what follows.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }
        completed = true;
        if (lineLength > 0)
        {
            error.Write("\r" + new string(' ', lineLength) + "\r");
            error.Flush();
        }
    }
}
