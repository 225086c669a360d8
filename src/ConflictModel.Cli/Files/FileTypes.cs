using System;
using System.Runtime.InteropServices;

namespace ConflictModel.Cli.Files;

/// <summary>What a path names, as the file system says: a regular file, a directory, or a special file.</summary>
internal enum FileType
{
    /// <summary>The type could not be told (no such call on this system, or it failed); the path alone then decides.</summary>
    Unknown,

    /// <summary>Nothing has the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A character device, such as <c>/dev/null</c>, <c>/dev/full</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device, such as a disk.</summary>
    BlockDevice,

    /// <summary>A FIFO (named pipe), or a pipe reached through <c>/dev/fd</c>.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A symbolic link that leads nowhere.</summary>
    SymbolicLink,
}

/// <summary>
/// Tells the type of the file a path names, following symbolic links. .NET gives no file type beyond "directory or not",
/// so on Linux this asks the kernel through <c>statx</c>, whose buffer has one layout on every architecture; elsewhere,
/// or when the call fails, the type is <see cref="FileType.Unknown"/>.
/// </summary>
internal static class FileTypes
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int StatxBytes = 256;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;

    /// <summary>Returns the type of the file at a path, following symbolic links.</summary>
    /// <param name="path">A path.</param>
    /// <returns>The type; <see cref="FileType.Unknown"/> when the system cannot tell.</returns>
    public static FileType Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return FileType.Unknown;
        }
        var buffer = new byte[StatxBytes];
        int result;
        try
        {
            // The path as the kernel takes it: UTF-8 bytes ending in a zero byte.
            result = Statx(AtFdCwd, System.Text.Encoding.UTF8.GetBytes(System.IO.Path.GetFullPath(path) + "\0"), 0, StatxType, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or ArgumentException or System.IO.IOException)
        {
            return FileType.Unknown;
        }
        if (result != 0)
        {
            int error = Marshal.GetLastPInvokeError();
            return error is NoSuchFile or NotADirectory ? (new System.IO.FileInfo(path).LinkTarget is not null ? FileType.SymbolicLink : FileType.Missing) : FileType.Unknown;
        }
        if ((BitConverter.ToUInt32(buffer, 0) & StatxType) == 0)
        {
            return FileType.Unknown;
        }
        int mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0x1000 => FileType.Fifo,
            0xC000 => FileType.Socket,
            0xA000 => FileType.SymbolicLink,
            _ => FileType.Unknown,
        };
    }

    /// <summary>Tells whether a type is a device, a FIFO or a socket: something that is not a document to replace.</summary>
    public static bool IsSpecial(FileType type) =>
        type is FileType.CharacterDevice or FileType.BlockDevice or FileType.Fifo or FileType.Socket;

    /// <summary>Names a type in a message, such as "a FIFO (named pipe)".</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Fifo => "a FIFO (named pipe)",
        FileType.Socket => "a socket",
        FileType.Directory => "a directory",
        _ => "a special file",
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
