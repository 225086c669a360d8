namespace ConflictModel.Cli;

/// <summary>The tool's exit codes; scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Every file was read and none has errors (warnings allowed unless strict).</summary>
    public const int Success = 0;

    /// <summary>Some file has errors: validation errors, warnings under <c>--strict</c>, or rows an import rejected.</summary>
    public const int Errors = 1;

    /// <summary>Some file could not be read as a dossier at all, or the output could not be written.</summary>
    public const int Unreadable = 2;

    /// <summary>The command line is wrong: an unknown command, option or format, or a missing argument (EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>A defect of the tool itself, reported in one line (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>The run was interrupted (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The worse of two exit codes: unreadable beats errors, which beat success.</summary>
    public static int Worst(int a, int b) => a > b ? a : b;
}
