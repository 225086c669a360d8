using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Files;

/// <summary>
/// A file written all at once or not at all: the bytes go to a temporary file in the target's folder (so that the final
/// move stays on one volume), which replaces the target only when <see cref="CommitAsync"/> is called. A failed or
/// cancelled run leaves the target as it was and removes the temporary file.
/// </summary>
internal sealed class AtomicFile : IAsyncDisposable
{
    private readonly string target;
    private readonly string temporary;
    private readonly FileStream stream;
    private bool finished;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
    }

    /// <summary>Where to write the content.</summary>
    public Stream Stream => stream;

    /// <summary>Starts writing a file.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <exception cref="CliProblemException">The path is a directory, or its folder cannot be written.</exception>
    public static AtomicFile Create(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliProblemException(path, "is a directory; give the path of a file to write.");
        }
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        string suffix = Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        string temporary = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{suffix}.tmp"));
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            return new AtomicFile(full, temporary, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliProblemException(path, "cannot be written: " + ex.Message, ex);
        }
    }

    /// <summary>Flushes the content and puts it in place of the target.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        await stream.DisposeAsync().ConfigureAwait(false);
        File.Move(temporary, target, overwrite: true);
        finished = true;
    }

    /// <summary>Abandons the content unless it was committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (finished)
        {
            return;
        }
        finished = true;
        await stream.DisposeAsync().ConfigureAwait(false);
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The run has already failed and says why; a leftover temporary file is the lesser harm.
        }
    }
}
