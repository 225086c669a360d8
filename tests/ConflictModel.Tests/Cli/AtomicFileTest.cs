using System.IO;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;

namespace ConflictModel.Tests.Cli;

public sealed class AtomicFileTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("conflictmodel-atomic-").FullName;

    [Fact]
    public async Task Commit_ReplacesTheTargetAndLeavesNoTemporaryFile()
    {
        string target = Path.Combine(folder, "out.json");
        await File.WriteAllTextAsync(target, "old");

        var file = AtomicFile.Create(target);
        await using (file)
        {
            await file.Stream.WriteAsync("new"u8.ToArray());
            (await File.ReadAllTextAsync(target)).Should().Be("old", "nothing reaches the target before the commit");
            await file.CommitAsync(default);
        }

        (await File.ReadAllTextAsync(target)).Should().Be("new");
        Directory.GetFiles(folder).Should().Equal(target);
    }

    [Fact]
    public async Task DisposeWithoutCommit_LeavesTheTargetAsItWasAndRemovesTheTemporaryFile()
    {
        string target = Path.Combine(folder, "out.json");
        await File.WriteAllTextAsync(target, "old");

        var file = AtomicFile.Create(target);
        await using (file)
        {
            await file.Stream.WriteAsync("half"u8.ToArray());
            Directory.GetFiles(folder).Should().HaveCount(2, "the content goes to a temporary file beside the target");
        }

        (await File.ReadAllTextAsync(target)).Should().Be("old");
        Directory.GetFiles(folder).Should().Equal(target);
    }

    [Fact]
    public void Create_OnADirectory_NamesIt()
    {
        var act = () => AtomicFile.Create(folder);

        act.Should().Throw<CliProblemException>().WithMessage($"{folder}: error: is a directory*");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
