using System.IO;
using System.Threading.Tasks;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    [Fact]
    public async Task Convert_OutputThroughASymbolicLink_WritesTheTargetAndKeepsTheLink()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string folder = files.NewFolder();
        string target = Path.Combine(folder, "real.json");
        File.WriteAllText(target, "old");
        string link = Path.Combine(folder, "link.json");
        File.CreateSymbolicLink(link, target);

        var run = await CliRun.RunAsync("convert", files.BoukamalJson, link);

        run.ExitCode.Should().Be(0, run.Error);
        new FileInfo(link).LinkTarget.Should().Be(target);
        File.ReadAllText(target).Should().Contain("\"conflictmodel\"");
    }

    [Fact]
    public async Task Convert_OverAPrivateFile_KeepsItsPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string output = Path.Combine(files.NewFolder(), "private.json");
        File.WriteAllText(output, "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var run = await CliRun.RunAsync("convert", files.BoukamalJson, output);

        run.ExitCode.Should().Be(0, run.Error);
        File.GetUnixFileMode(output).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(output).Should().Contain("\"conflictmodel\"");
    }

    [Fact]
    public async Task Convert_OutputIsTheInput_RefusedUnlessForcedAndNeverToALossyFormat()
    {
        string input = Path.Combine(files.NewFolder(), "dossier.json");
        File.Copy(files.BoukamalJson, input);
        byte[] before = File.ReadAllBytes(input);

        var plain = await CliRun.RunAsync("convert", input, input);
        var lossy = await CliRun.RunAsync("convert", input, input, "--to", "geojson", "--force");
        var forced = await CliRun.RunAsync("convert", input, input, "--force");

        plain.ExitCode.Should().Be(2);
        plain.ErrorLines.Should().ContainSingle().Which.Should().Contain("is the input file; give --force");
        lossy.ExitCode.Should().Be(2);
        lossy.ErrorLines.Should().ContainSingle().Which.Should().Contain("geojson keeps less than the dossier");
        forced.ExitCode.Should().Be(0, forced.Error);
        File.ReadAllBytes(input).Should().Equal(before, "a JSON dossier written back is the same document");
    }

    [Theory]
    [InlineData("/dev/full")]
    [InlineData("/dev/stdout")]
    [InlineData("/dev/null")]
    public async Task Convert_DeviceAsOutput_IsRefusedWithOneLine(string device)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var run = await CliRun.RunAsync("convert", files.BoukamalJson, device, "--to", "json");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("is a device or special file").And.Contain("'-' for standard output");
    }
}
