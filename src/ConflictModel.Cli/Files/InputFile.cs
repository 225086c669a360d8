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
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliProblemException(path, "cannot be opened for reading: " + ex.Message, ex);
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

    public async ValueTask DisposeAsync()
    {
        progress?.Complete();
        await owned.DisposeAsync().ConfigureAwait(false);
    }
}
