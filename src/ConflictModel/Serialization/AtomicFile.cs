using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Serialization;

/// <summary>
/// Writes a file so that readers see either the previous file whole or the new file whole: the
/// content goes to a temporary file in the same folder, is flushed to disk, and then replaces the
/// target in one rename. When writing fails or is cancelled, the temporary file is deleted and the
/// target is left as it was.
/// </summary>
internal static class AtomicFile
{
    private const int BufferBytes = 64 * 1024;

    internal static void Write(string path, Action<Stream> write)
    {
        string target = Target(path);
        string temporary = TemporaryFor(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    internal static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        string target = Target(path);
        cancellationToken.ThrowIfCancellationRequested();
        string temporary = TemporaryFor(target);
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            // The last moment a cancellation still leaves the previous file in place.
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    private static string Target(string path)
    {
        Preconditions.CheckNotBlank(path);
        string full = Path.GetFullPath(path);
        Preconditions.CheckArgument(!Directory.Exists(full), nameof(path), $"\"{full}\" is a folder; give the file to write.");
        return full;
    }

    /// <summary>A name in the target's folder, so that the final rename never crosses file systems.</summary>
    private static string TemporaryFor(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + Path.GetRandomFileName() + ".tmp");

    private static void DeleteQuietly(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write has already failed; that error is the one the caller needs.
        }
    }
}
