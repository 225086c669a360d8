using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Samples;
using ConflictModel.Serialization;
using ConflictModel.Tests.Serialization.Generators;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Writing a dossier to a file replaces the previous file whole or not at all: a failure or a
/// cancellation midway leaves the previous file as it was and no temporary file behind.
/// </summary>
public sealed class AtomicWriteTest : IDisposable
{
    private static readonly byte[] Previous = "previous content, not a dossier"u8.ToArray();

    private readonly string folder = Directory.CreateTempSubdirectory("conflictmodel-atomic-").FullName;

    private string Target => Path.Combine(folder, "dossier.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void WriteFile_NewFile_ReadsBackAndLeavesOnlyTheFile()
    {
        var dossier = BoukamalDispatch.Build();

        DossierJson.WriteFile(dossier, Target);

        DossierJson.Read(File.ReadAllBytes(Target)).Should().Be(dossier);
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public async Task WriteFileAsync_ExistingFile_IsReplacedWithTheSameBytesAsWrite()
    {
        File.WriteAllBytes(Target, Previous);
        var dossier = BoukamalDispatch.Build();

        await DossierJson.WriteFileAsync(dossier, Target, cancellationToken: TestContext.Current.CancellationToken);

        File.ReadAllBytes(Target).Should().Equal(DossierJson.WriteToUtf8Bytes(dossier));
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public void WriteFile_DossierThatCannotBeWritten_LeavesThePreviousFileAndNoTemporaryFile()
    {
        File.WriteAllBytes(Target, Previous);

        var act = () => DossierJson.WriteFile(WithUnregisteredHostAssertion(), Target);

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllBytes(Target).Should().Equal(Previous);
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public async Task WriteFileAsync_DossierThatCannotBeWritten_LeavesThePreviousFileAndNoTemporaryFile()
    {
        File.WriteAllBytes(Target, Previous);

        var act = () => DossierJson.WriteFileAsync(WithUnregisteredHostAssertion(), Target, cancellationToken: TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<InvalidOperationException>();
        File.ReadAllBytes(Target).Should().Equal(Previous);
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public async Task WriteFileAsync_Cancelled_LeavesThePreviousFileAndNoTemporaryFile()
    {
        File.WriteAllBytes(Target, Previous);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => DossierJson.WriteFileAsync(BoukamalDispatch.Build(), Target, cancellationToken: cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        File.ReadAllBytes(Target).Should().Equal(Previous);
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public async Task NdjsonWriteFileAsync_CancelledMidway_LeavesThePreviousFileAndNoTemporaryFile()
    {
        File.WriteAllBytes(Target, Previous);
        using var cancellation = new CancellationTokenSource();
        int yielded = 0;

        var act = () => DossierNdjson.WriteFileAsync(BoukamalDispatch.Build(), Events(50_000, () =>
        {
            if (++yielded == 20_000)
            {
                // Far past the first chunks handed to the file.
                cancellation.Cancel();
            }
        }), Target, cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        yielded.Should().BeGreaterThanOrEqualTo(20_000);
        File.ReadAllBytes(Target).Should().Equal(Previous);
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public async Task NdjsonWriteFileAsync_EventSourceFailsMidway_LeavesThePreviousFileAndNoTemporaryFile()
    {
        File.WriteAllBytes(Target, Previous);
        int yielded = 0;

        var act = () => DossierNdjson.WriteFileAsync(BoukamalDispatch.Build(), Events(50_000, () =>
        {
            if (++yielded == 20_000)
            {
                throw new IOException("No space left on device (simulated).");
            }
        }), Target, cancellationToken: TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<IOException>().WithMessage("*simulated*");
        File.ReadAllBytes(Target).Should().Equal(Previous);
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public async Task NdjsonWriteFileAsync_Dossier_ReadsBack()
    {
        var dossier = BoukamalDispatch.Build();

        await DossierNdjson.WriteFileAsync(dossier, Target, cancellationToken: TestContext.Current.CancellationToken);

        await using var stream = File.OpenRead(Target);
        (await DossierNdjson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken)).Should().Be(dossier);
        Directory.GetFiles(folder).Should().Equal(Target);
    }

    [Fact]
    public void WriteFile_PathIsAFolder_ThrowsArgumentExceptionAndWritesNothing()
    {
        var act = () => DossierJson.WriteFile(BoukamalDispatch.Build(), folder);

        act.Should().Throw<ArgumentException>().WithParameterName("path");
        Directory.GetFiles(folder).Should().BeEmpty();
    }

    private static Dossier WithUnregisteredHostAssertion()
    {
        var b = new DossierBuilder();
        foreach (var e in BoukamalDispatch.Build().Events)
        {
            b.Add(e);
        }
        b.Add(new Claim(new ClaimId("checkpoint"), new ConflictModel.Tests.Serialization.Generators.CheckpointAssertion("km-12", 3), new Attribution(new SourceId("afp"), AttributionMode.Observed)));
        return b.Build();
    }

    private static async IAsyncEnumerable<ConflictEvent> Events(int count, Action beforeEach, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 0; i < count; i++)
        {
            beforeEach();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ConflictEvent(new EventId("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), EventType.Battles,
                FuzzyDate.OnDay(new LocalDate(2017, 11, 9)));
            await Task.CompletedTask;
        }
    }
}
