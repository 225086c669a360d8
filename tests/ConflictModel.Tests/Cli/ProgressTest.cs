using System.IO;
using ConflictModel.Cli;
using ConflictModel.Cli.Files;

namespace ConflictModel.Tests.Cli;

public sealed class ProgressTest
{
    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(true, null, false)]
    [InlineData(false, "true", false)]
    [InlineData(false, "1", false)]
    [InlineData(true, "true", false)]
    public void ShouldShowProgress_OnlyOnATerminalOutsideCi(bool errorIsRedirected, string? ci, bool expected) =>
        CliConsole.ShouldShowProgress(errorIsRedirected, ci).Should().Be(expected);

    [Fact]
    public void Reporter_RedrawsInPlaceWhenThePercentageChangesAndErasesItselfAtTheEnd()
    {
        using var error = new StringWriter();
        var reporter = new ProgressReporter(error, "big.ndjson", 200);

        reporter.Report(0);
        reporter.Report(1);
        reporter.Report(100);
        reporter.Report(200);
        reporter.Complete();
        reporter.Report(200);

        string text = error.ToString();
        string[] frames = text.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        frames.Should().HaveCount(4, "0% (drawn once though reported twice), 50%, 100%, then the blank line that erases the bar");
        frames[0].Should().Be("big.ndjson [------------------------------]   0%");
        frames[1].Should().Be("big.ndjson [###############---------------]  50%");
        frames[2].Should().Be("big.ndjson [##############################] 100%");
        frames[3].Should().Be(new string(' ', frames[2].Length));
        text.Should().EndWith("\r").And.NotContain("\n");
    }

    [Fact]
    public void ProgressStream_ReportsTheBytesReadWhateverReadsIt()
    {
        using var error = new StringWriter();
        using var stream = new ProgressStream(new MemoryStream(new byte[100]), new ProgressReporter(error, "f", 100));

        stream.ReadExactly(new byte[30]);
        stream.Position.Should().Be(30);
        stream.CopyTo(Stream.Null);

        stream.Position.Should().Be(100);
        error.ToString().Should().Contain(" 30%").And.EndWith("100%");
    }
}
