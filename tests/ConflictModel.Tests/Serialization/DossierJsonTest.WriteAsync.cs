using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    /// <summary>A stream that keeps what it is given, write by write, and can fail or cancel at a given write.</summary>
    private sealed class RecordingStream(int failAt = -1, CancellationTokenSource? cancelAt = null, int cancelAfter = -1) : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public int Flushes { get; private set; }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Writes.Count == failAt)
            {
                throw new IOException("The disk is full.");
            }
            Writes.Add(buffer.Length);
            await base.WriteAsync(buffer, cancellationToken);
            if (Writes.Count == cancelAfter)
            {
                await cancelAt!.CancelAsync();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushes++;
            return base.FlushAsync(cancellationToken);
        }
    }

    [Fact]
    public async Task WriteAsync_LargeDossier_SameBytesHandedOnInBoundedChunks()
    {
        var dossier = SyntheticDossier.Generate(6000);
        var expected = DossierJson.WriteToUtf8Bytes(dossier);
        using var stream = new RecordingStream();

        await DossierJson.WriteAsync(dossier, stream, cancellationToken: TestContext.Current.CancellationToken);

        stream.ToArray().Should().Equal(expected);
        expected.Length.Should().BeGreaterThan(4 << 20, "the document is large enough to need several chunks");
        stream.Writes.Should().HaveCountGreaterThan(3, "the document is handed on as it is made, not whole at the end");
        stream.Writes.Max().Should().BeLessThan(2 << 20, "a chunk is about 1 MiB and one entity");
        stream.Flushes.Should().Be(1);
    }

    [Fact]
    public async Task WriteAsync_SmallDossier_SameBytesAsWrite()
    {
        var dossier = Dossiers.BoukamalFixture.Build();
        using var stream = new RecordingStream();

        await DossierJson.WriteAsync(dossier, stream, new DossierJsonOptions { WriteIndented = true }, TestContext.Current.CancellationToken);

        stream.ToArray().Should().Equal(System.Text.Encoding.UTF8.GetBytes(DossierJson.Write(dossier, new DossierJsonOptions { WriteIndented = true })));
    }

    [Fact]
    public async Task WriteAsync_StreamFailsMidway_ThrowsItsErrorAndEnds()
    {
        var dossier = SyntheticDossier.Generate(6000);
        using var stream = new RecordingStream(failAt: 1);

        var act = () => DossierJson.WriteAsync(dossier, stream, cancellationToken: TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<IOException>()).WithMessage("The disk is full.");
        stream.Writes.Should().HaveCount(1);
    }

    [Fact]
    public async Task WriteAsync_CancelledMidway_ThrowsAndEnds()
    {
        var dossier = SyntheticDossier.Generate(6000);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var stream = new RecordingStream(cancelAt: cancel, cancelAfter: 1);

        var act = () => DossierJson.WriteAsync(dossier, stream, cancellationToken: cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        stream.Writes.Should().HaveCount(1);
        stream.Flushes.Should().Be(0);
    }

    [Fact]
    public async Task WriteAsync_HostTypeNotRegistered_ThrowsNamingTheRegistration()
    {
        using var stream = new RecordingStream();

        var act = () => DossierJson.WriteAsync(HostDossier(), stream, cancellationToken: TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*CheckpointAssertion*AddAssertionType*");
        stream.Flushes.Should().Be(0);
    }
}
