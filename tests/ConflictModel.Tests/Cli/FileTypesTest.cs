using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;

namespace ConflictModel.Tests.Cli;

public sealed class FileTypesTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("conflictmodel-filetypes-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Of_EachKindOfFile_TellsItsType()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        string regular = Path.Combine(folder, "a.json");
        File.WriteAllText(regular, "{}");
        string fifo = Path.Combine(folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }
        string linkToFile = Path.Combine(folder, "link.json");
        File.CreateSymbolicLink(linkToFile, regular);
        string dangling = Path.Combine(folder, "dangling.json");
        File.CreateSymbolicLink(dangling, Path.Combine(folder, "nowhere.json"));

        FileTypes.Of(regular).Should().Be(FileType.Regular);
        FileTypes.Of(folder).Should().Be(FileType.Directory);
        FileTypes.Of(fifo).Should().Be(FileType.Fifo);
        FileTypes.Of("/dev/null").Should().Be(FileType.CharacterDevice);
        FileTypes.Of(linkToFile).Should().Be(FileType.Regular);
        FileTypes.Of(dangling).Should().Be(FileType.SymbolicLink);
        FileTypes.Of(Path.Combine(folder, "missing.json")).Should().Be(FileType.Missing);
        FileTypes.Of(Path.Combine(regular, "under-a-file.json")).Should().Be(FileType.Missing);
    }

    [Theory]
    [InlineData("CharacterDevice", true)]
    [InlineData("BlockDevice", true)]
    [InlineData("Fifo", true)]
    [InlineData("Socket", true)]
    [InlineData("Regular", false)]
    [InlineData("Missing", false)]
    [InlineData("Unknown", false)]
    [InlineData("SymbolicLink", false)]
    public void IsSpecial_Type_TrueForDevicesPipesAndSockets(string type, bool special)
    {
        FileTypes.IsSpecial(Enum.Parse<FileType>(type)).Should().Be(special);
    }
}
