using System;
using System.IO;
using ConflictModel.Cli.Formats;

namespace ConflictModel.Cli.Files;

/// <summary>
/// Where <c>convert</c> writes: the real file behind a path (a symbolic link is followed to its target, which is
/// replaced, not the link), never a device or another special file (told by its type where the system says it, and by
/// the folders <c>/dev</c>, <c>/proc</c> and <c>/sys</c> everywhere), and never the input unless asked.
/// </summary>
internal static class OutputTarget
{
    /// <summary>The folders whose entries are devices and kernel files, not documents; <c>/dev/stdout</c> is one of them.</summary>
    private static readonly string[] SpecialFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>Returns the real path to write for an output path, after checking it may be written.</summary>
    /// <param name="output">The output path as given (not <c>-</c>).</param>
    /// <param name="input">The input path as given, or <c>-</c>.</param>
    /// <param name="format">The output's format.</param>
    /// <param name="force">True when the user allows replacing the input.</param>
    /// <exception cref="CliProblemException">The output is a device or special file, or the input itself.</exception>
    public static string Resolve(string output, string input, DossierFormat format, bool force)
    {
        string real = RealPath(output);
        if (IsSpecial(real) || IsSpecial(Path.GetFullPath(output)))
        {
            throw new CliProblemException(output, "is a device or special file, not a file a dossier can be written to; give a regular file, or '-' for standard output.");
        }
        // Anywhere else, the file system tells: a FIFO, a socket or a device is not replaced by a regular file.
        var type = FileTypes.Of(real);
        if (FileTypes.IsSpecial(type))
        {
            throw new CliProblemException(output, $"is {FileTypes.Describe(type)}, not a file a dossier can be written to; give a regular file, or '-' for standard output.");
        }
        if (!FileNames.IsStandardStream(input) && string.Equals(RealPath(input), real, StringComparison.Ordinal))
        {
            if (format != DossierFormats.Json && format != DossierFormats.Ndjson)
            {
                throw new CliProblemException(output, $"is the input file; {format.Name} keeps less than the dossier, so it never replaces its input, even with --force. Write it to another file.");
            }
            if (!force)
            {
                throw new CliProblemException(output, "is the input file; give --force to replace it, or write to another file.");
            }
        }
        return real;
    }

    /// <summary>The permissions of an existing file, to give its replacement; null when there is no file or no such notion.</summary>
    public static UnixFileMode? ModeOf(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return null;
        }
        try
        {
            return File.GetUnixFileMode(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The full path with every symbolic link followed, as far as the links lead.</summary>
    private static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                return Path.GetFullPath(target.FullName);
            }
        }
        catch (IOException)
        {
            // A loop of links: the path stands for itself, and opening it will say what is wrong.
        }
        return full;
    }

    private static bool IsSpecial(string fullPath)
    {
        foreach (string folder in SpecialFolders)
        {
            if (fullPath.StartsWith(folder, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
