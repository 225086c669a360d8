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

    [Fact]
    public async Task Convert_OutputIsAFifoOrASocketOutsideDev_RefusedByItsType()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        string folder = files.NewFolder();
        string fifo = Path.Combine(folder, "pipe.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }
        string socketPath = Path.Combine(folder, "socket.json");
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(socketPath));
        string link = Path.Combine(folder, "link.json");
        File.CreateSymbolicLink(link, fifo);

        var toFifo = await CliRun.RunAsync("convert", files.BoukamalJson, fifo);
        var toSocket = await CliRun.RunAsync("convert", files.BoukamalJson, socketPath);
        var throughLink = await CliRun.RunAsync("convert", files.BoukamalJson, link);

        toFifo.ExitCode.Should().Be(2);
        toFifo.ErrorLines.Should().ContainSingle().Which.Should().Contain("pipe.json: error: is a FIFO (named pipe), not a file a dossier can be written to");
        toSocket.ExitCode.Should().Be(2);
        toSocket.ErrorLines.Should().ContainSingle().Which.Should().Contain("socket.json: error: is a socket");
        throughLink.ExitCode.Should().Be(2);
        throughLink.ErrorLines.Should().ContainSingle().Which.Should().Contain("link.json: error: is a FIFO (named pipe)");
        ConflictModel.Cli.Files.FileTypes.Of(fifo).Should().Be(ConflictModel.Cli.Files.FileType.Fifo);
        new FileInfo(link).LinkTarget.Should().Be(fifo);
    }
}
