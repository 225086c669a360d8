using System;
using System.IO;

namespace ConflictModel.Cli.Files;

/// <summary>How the tool names files and picks formats by extension.</summary>
internal static class FileNames
{
    /// <summary>The argument that stands for standard input or standard output.</summary>
    public const string StandardStream = "-";

    public static bool IsStandardStream(string path) => path == StandardStream;

    /// <summary>The file as messages name it: as the user wrote it, with <c>-</c> spelled out.</summary>
    public static string Display(string path) => IsStandardStream(path) ? "<stdin/stdout>" : path;

    /// <summary>The extension in lower case with its dot, or an empty string.</summary>
    public static string Extension(string path) => IsStandardStream(path) ? string.Empty : Path.GetExtension(path).ToLowerInvariant();

    public static bool HasExtension(string path, string extension) =>
        string.Equals(Extension(path), extension, StringComparison.Ordinal);
}
