namespace ConflictModel.Tests.Cli;

/// <summary>The command-line tool, run in-process on fixture files; split by command into partial classes.</summary>
public sealed partial class CliTest(CliFixture files) : IClassFixture<CliFixture>
{
    private readonly CliFixture files = files;
}
