using System;
using System.IO;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Files;

/// <summary>
/// An input opened for reading: a file, or standard input for <c>-</c>. Opening checks what would otherwise surface as a
/// confusing exception deep in a reader (a missing file, a directory, an empty file, a file that cannot be opened) and
/// reports it as one <see cref="CliProblemException"/> naming the file.
/// </summary>
internal sealed class InputFile : IAsyncDisposable
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>Inputs at least this large get a progress bar; smaller ones are read before a person would notice.</summary>
    private const long ProgressThresholdBytes = 4L * 1024 * 1024;

    private readonly Stream owned;
    private readonly ProgressReporter? progress;

    private InputFile(string path, Stream stream, Stream? owned, ProgressReporter? progress)
    {
        Path = path;
        Stream = stream;
        this.owned = owned ?? Stream.Null;
        this.progress = progress;
    }

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The bytes to read; left open for standard input.</summary>
    public Stream Stream { get; }

    /// <summary>Gets a value indicating whether the input is a file that can be opened and read again from its start (not standard input, a pipe or a device).</summary>
    public bool CanReadAgain => owned is FileStream { CanSeek: true };

    /// <summary>Inputs at least this large get a progress bar when read; smaller ones are read before a person would notice.</summary>
    internal static long ProgressBytes => ProgressThresholdBytes;

    /// <summary>Opens a file or standard input.</summary>
    /// <exception cref="CliProblemException">The file is missing, a directory, empty, or cannot be opened.</exception>
    public static InputFile Open(string path, CliConsole console)
    {
        if (FileNames.IsStandardStream(path))
        {
            return new InputFile(path, console.In, owned: null, progress: null);
        }
        if (Directory.Exists(path))
        {
            throw new CliProblemException(path, "is a directory; give the path of a file.");
        }
        if (!File.Exists(path))
        {
            throw new CliProblemException(path, "no such file.");
        }
        var stream = OpenWithin(path, OpenTimeout);
        if (!stream.CanSeek)
        {
            // A pipe, a FIFO or a device (validate <(cat x.json)): no length to tell. The readers take it in chunks, under the
            // same limits as a file (DossierJsonOptions.MaxDocumentBytes, the NDJSON line limit), and each read waits
            // at most ReadWait for a byte: a writer that opens the FIFO and writes nothing does not hold the tool.
            var limited = new WaitLimitedStream(stream, path, ReadWait);
            return new InputFile(path, limited, limited, progress: null);
        }
        long length = stream.Length;
        if (length == 0)
        {
            stream.Dispose();
            throw new CliProblemException(path, "the file is empty; expected a dossier.");
        }
        if (console.ShowProgress && length >= ProgressThresholdBytes)
        {
            var reporter = new ProgressReporter(console.Error, System.IO.Path.GetFileName(path), length);
            return new InputFile(path, new ProgressStream(stream, reporter), stream, reporter);
        }
        return new InputFile(path, stream, stream, progress: null);
    }

    /// <summary>How long one read of a FIFO, pipe or device given by path may wait for a byte.</summary>
    internal static TimeSpan ReadWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long opening a file may take: opening a FIFO waits for a writer, which may never come.</summary>
    internal static TimeSpan OpenTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Opens a file for reading, giving up after <paramref name="timeout"/>: opening a FIFO blocks until something opens
    /// it for writing. The open that does not return is left to finish, or not, on its own thread; the tool exits.
    /// </summary>
    private static FileStream OpenWithin(string path, TimeSpan timeout)
    {
        var opening = Task.Run(() =>
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan));
        try
        {
            if (!opening.Wait(timeout))
            {
                // Should the writer come later, close what the open returns.
                _ = opening.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
                throw new CliProblemException(path, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"could not be opened within {timeout.TotalSeconds:0} s; a FIFO (named pipe) waits for a writer. Start the writer first, or pipe the data to '-'."));
            }
            return opening.Result;
        }
        catch (AggregateException ex) when (ex.InnerException is IOException or UnauthorizedAccessException)
        {
            throw new CliProblemException(path, "cannot be opened for reading: " + ex.InnerException.Message, ex.InnerException);
        }
    }

    public async ValueTask DisposeAsync()
    {
        progress?.Complete();
        await owned.DisposeAsync().ConfigureAwait(false);
    }
}
