using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Tests.Dossiers;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Memory that does not grow with the number of events, shown by the live heap after a full
/// collection early in a long stream and at its end. The class runs apart from other tests
/// (see its collection) so that their allocations do not blur the measure.
/// </summary>
public partial class DossierNdjsonTest
{
    private const int ManyEvents = 200_000;

    // Holding 200,000 of these events takes some 60 MB (see MemoryHeldByEvents_IsLarge); the
    // streams below may keep a few buffers of 64 KiB, and nothing per event.
    private const long AllowedGrowth = 4 * 1024 * 1024;

    [Fact]
    public async Task WriteAsync_ManyEventsFromASequence_MemoryDoesNotGrow()
    {
        var sink = new CountingSinkStream();
        long early = 0, late = 0;

        async IAsyncEnumerable<ConflictEvent> Events([EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var e in Generate(ManyEvents, ct))
            {
                yield return e;
                if (e.Id.Value == "e10000")
                {
                    early = GC.GetTotalMemory(forceFullCollection: true);
                }
            }
            late = GC.GetTotalMemory(forceFullCollection: true);
        }

        await DossierNdjson.WriteAsync(BoukamalFixture.Build(), Events(), sink, cancellationToken: Ct);

        sink.LineBreaks.Should().Be(ManyEvents + 1);
        sink.BytesWritten.Should().BeGreaterThan(30_000_000);
        sink.Writes.Should().BeGreaterThan(sink.BytesWritten / (128 * 1024), "lines are handed to the stream in chunks, not kept to the end");
        TestContext.Current.TestOutputHelper?.WriteLine($"wrote {sink.BytesWritten:N0} bytes in {sink.Writes:N0} writes; live heap {early:N0} -> {late:N0} bytes");
        (late - early).Should().BeLessThan(AllowedGrowth);
    }

    [Fact]
    public async Task ReadEventsAsync_ManyEvents_MemoryDoesNotGrow()
    {
        var header = Encoding.UTF8.GetString(await WriteAsync(BoukamalFixture.Build())).Split('\n')[0] + "\n";
        var line = Encoding.UTF8.GetString(await WriteAsync(Dossier.Empty, Generate(1, Ct))).Split('\n')[1] + "\n";
        var stream = new RepeatingNdjsonStream(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(line), ManyEvents);
        long early = 0, count = 0;

        await using (var reader = await DossierNdjson.OpenAsync(stream, cancellationToken: Ct))
        {
            await foreach (var e in reader.ReadEventsAsync(Ct))
            {
                if (++count == 10_000)
                {
                    early = GC.GetTotalMemory(forceFullCollection: true);
                }
            }
            long late = GC.GetTotalMemory(forceFullCollection: true);

            TestContext.Current.TestOutputHelper?.WriteLine($"read {count:N0} events; live heap {early:N0} -> {late:N0} bytes");
            count.Should().Be(ManyEvents);
            reader.LineNumber.Should().Be(ManyEvents + 1);
            (late - early).Should().BeLessThan(AllowedGrowth);
        }
    }

    [Fact]
    public void MemoryHeldByEvents_IsLarge()
    {
        // The yardstick for the two tests above: what holding the events would take.
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var held = Enumerable.Range(0, ManyEvents).Select(SmallEvent).ToList();
        long after = GC.GetTotalMemory(forceFullCollection: true);

        TestContext.Current.TestOutputHelper?.WriteLine($"{ManyEvents:N0} events held: {after - before:N0} bytes");
        (after - before).Should().BeGreaterThan(10 * AllowedGrowth);
        GC.KeepAlive(held);
    }
}
