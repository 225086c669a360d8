using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Cli.Commands;

/// <summary><c>conflictmodel schema</c>: prints the JSON Schema of the dossier format, as published in the repository's <c>schemas/</c>.</summary>
internal static class SchemaCommand
{
    public const string Name = "schema";

    /// <summary>The name of the embedded copy of <c>schemas/conflictmodel-1.schema.json</c>.</summary>
    public const string ResourceName = "conflictmodel-1.schema.json";

    public static Command Create(CliContext context)
    {
        var command = new Command(Name, "Prints the JSON Schema of the dossier format (version 1).");
        command.SetAction((_, cancellationToken) => RunAsync(context, cancellationToken));
        return command;
    }

    /// <summary>Opens the embedded schema.</summary>
    public static Stream OpenSchema() =>
        typeof(SchemaCommand).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new FileNotFoundException($"The tool was built without its embedded resource {ResourceName}.", ResourceName);

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        using var schema = OpenSchema();
        await schema.CopyToAsync(context.Console.Out, cancellationToken).ConfigureAwait(false);
        await context.Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
