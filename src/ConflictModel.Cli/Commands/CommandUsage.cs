namespace ConflictModel.Cli.Commands;

/// <summary>The one-line synopsis of each command, shown with a command-line error.</summary>
internal static class CommandUsage
{
    public const string Validate = "Usage: conflictmodel validate FILE... [--format text|json] [--strict] [--stream]";

    public const string Schema = "Usage: conflictmodel schema";

    public const string Stats = "Usage: conflictmodel stats FILE";

    public static string Convert { get; } =
        $"Usage: conflictmodel convert INPUT OUTPUT [--from {string.Join('|', Formats.DossierFormats.ReadableNames)}] [--to {string.Join('|', Formats.DossierFormats.WritableNames)}] [--encoding NAME]";

    public static string Merge { get; } =
        $"Usage: conflictmodel merge INPUT INPUT... -o FILE [--from {string.Join('|', Formats.DossierFormats.ReadableNames)}] [--to {string.Join('|', Formats.DossierFormats.WritableNames)}] [--same-as MAPPING] [--format text|json] [--encoding NAME] [--force]";

    public static string Of(string command) => command switch
    {
        ValidateCommand.Name => Validate,
        ConvertCommand.Name => Convert,
        MergeCommand.Name => Merge,
        StatsCommand.Name => Stats,
        SchemaCommand.Name => Schema,
        _ => App.Usage,
    };
}
