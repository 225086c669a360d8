using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli;
using ConflictModel.Cli.Files;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Cli;

public sealed partial class CliTest
{
    private const string Escape = "\u001b";

    [Fact]
    public async Task Validate_ControlCharactersInSourceNames_AreEscapedInTextAndExactInJson()
    {
        var b = new DossierBuilder();
        b.AddSource("s1", "OSDH" + Escape + "]0;title\u0007\nfile.json: valid: 0 errors", SourceKind.NgoMonitor);
        b.AddSource("s2", "AFP" + Escape + "[2J", SourceKind.NewsAgency);
        var ev = new EventId("strike");
        b.AddClaim("c1", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(73), text: "73 morts" + Escape + "[31m"), ev),
            new Attribution(new SourceId("s1"), AttributionMode.Stated));
        b.AddClaim("c2", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(30)), ev), new Attribution(new SourceId("s2"), AttributionMode.Stated));
        string path = files.Write("escapes.json", DossierJson.WriteToUtf8Bytes(b.Build()));

        var text = await CliRun.RunAsync("validate", path);
        var json = await CliRun.RunAsync("validate", "--format", "json", path);

        text.Out.Should().NotContain(Escape).And.NotContain("\u0007").And.Contain("OSDH\\u001b]0;title\\u0007\\nfile.json: valid")
            .And.Contain("AFP\\u001b[2J").And.Contain("73 morts\\u001b[31m");
        text.OutLines.Should().NotContain(l => l.StartsWith("file.json", StringComparison.Ordinal), "a name cannot forge a line");
        using var document = JsonDocument.Parse(json.Out);
        string message = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "CM6003").GetProperty("message").GetString()!;
        message.Should().Contain("OSDH" + Escape + "]0;title\u0007\nfile.json").And.Contain("AFP" + Escape + "[2J");
    }

    [Fact]
    public async Task Run_StandardOutputFails_ExitsTwoWithOneLine()
    {
        foreach (string[] args in new[] { new[] { "validate", files.BoukamalJson }, ["stats", files.BoukamalJson], ["--help"], ["--version"],
            ["validate", "--format", "json", files.BoukamalJson], ["convert", files.BoukamalJson, "-", "--to", "json"] })
        {
            using var error = new StringWriter { NewLine = "\n" };

            int code = await App.RunAsync(args, new CliConsole(new MemoryStream([]), new FullStream(), error, ShowProgress: false));

            code.Should().Be(2, string.Join(' ', args));
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
                .Which.Should().Be("conflictmodel: cannot write to standard output: No space left on device", string.Join(' ', args));
        }
    }

    [Fact]
    public async Task Validate_FifoWithoutWriter_GivesUpWithOneLineAndExitsTwo()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string fifo = Path.Combine(files.NewFolder(), "pipe.json");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }
        var before = InputFile.OpenTimeout;
        InputFile.OpenTimeout = TimeSpan.FromMilliseconds(500);
        try
        {
            var run = await CliRun.RunAsync("validate", fifo);

            run.ExitCode.Should().Be(2);
            run.ErrorLines.Should().ContainSingle().Which.Should().Contain("pipe.json: error: could not be opened within").And.Contain("FIFO");
        }
        finally
        {
            InputFile.OpenTimeout = before;
            // Give the open still waiting a writer, so that its thread ends.
            await using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }
    }

    [Fact]
    public async Task Validate_FifoWhoseWriterWritesNothing_GivesUpAfterTheWaitWithOneLine()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string fifo = Path.Combine(files.NewFolder(), "silent.json");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }
        // The writer opens the FIFO as soon as the tool opens it for reading, then writes nothing.
        var writer = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));
        var before = InputFile.ReadWait;
        InputFile.ReadWait = TimeSpan.FromMilliseconds(500);
        try
        {
            var run = await CliRun.RunAsync("validate", fifo);

            run.ExitCode.Should().Be(2);
            run.ErrorLines.Should().ContainSingle().Which.Should().Contain("silent.json: error: no data came for").And.Contain("FIFO or pipe");
        }
        finally
        {
            InputFile.ReadWait = before;
            // Closing the writer ends the read still pending.
            await (await writer).DisposeAsync();
        }
    }

    [Fact]
    public async Task Validate_FifoWhoseWriterWritesTheDossier_ReadsItAsAFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        string fifo = Path.Combine(files.NewFolder(), "dossier.json");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }
        var writing = Task.Run(async () =>
        {
            await using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            await writer.WriteAsync(await File.ReadAllBytesAsync(files.BoukamalJson));
        });

        var run = await CliRun.RunAsync("validate", fifo);
        await writing;
        var file = await CliRun.RunAsync("validate", files.BoukamalJson);

        run.ExitCode.Should().Be(file.ExitCode, run.Error);
        run.Out.Replace(fifo, "FILE", StringComparison.Ordinal).Should().Be(file.Out.Replace(files.BoukamalJson, "FILE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_StandardInputOfZeroBytes_StopsAtTheFirstBytes()
    {
        var run = await CliRun.RunWithInputAsync(new byte[1 << 20], "validate", "-");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("$ (line 1, column 1): the document is not text: it starts with a zero byte");
    }

    /// <summary>A stream that refuses every byte, as <c>/dev/full</c> does.</summary>
    private sealed class FullStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new IOException("No space left on device");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new IOException("No space left on device");
    }
}
