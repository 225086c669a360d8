using System.IO;
using System.Threading.Tasks;
using ConflictModel.Cli.Commands;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Fact]
    public async Task Schema_PrintsThePublishedSchemaByteForByte()
    {
        var run = await CliRun.RunAsync("schema");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutBytes.Should().Equal(await File.ReadAllBytesAsync(files.SchemaFile));
    }

    [Fact]
    public async Task Schema_EmbeddedCopy_EqualsTheFileInSchemas()
    {
        using var embedded = SchemaCommand.OpenSchema();
        using var copy = new MemoryStream();
        await embedded.CopyToAsync(copy);

        copy.ToArray().Should().Equal(await File.ReadAllBytesAsync(files.SchemaFile));
    }

    [Fact]
    public async Task Schema_WithAnArgument_IsAUsageError()
    {
        var run = await CliRun.RunAsync("schema", "extra");

        run.ExitCode.Should().Be(64);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain("Usage: conflictmodel schema");
    }
}
