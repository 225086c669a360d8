using System.Threading;
using System.Threading.Tasks;

namespace ConflictModel.Tests.Hostile;

/// <summary>
/// The mutation fuzzer's property over a fixed number of cases a run: every mutated input is read
/// or refused with the format's documented exception, nothing else. A failure prints the seed, the
/// case and the input; CONFLICTMODEL_FUZZ_SEED picks another seed and CONFLICTMODEL_FUZZ_REPLAY=Format:case
/// runs one case alone in <see cref="Replay_OneCase_IsReadOrRefusedAsDocumented"/>.
/// </summary>
public sealed class MutationFuzzerTest
{
    /// <summary>Cases a run, per format: 22,000 in all.</summary>
    private static readonly Dictionary<FuzzFormat, int> CasesPerRun = new()
    {
        [FuzzFormat.Json] = 12_000,
        [FuzzFormat.Ndjson] = 4_000,
        [FuzzFormat.AcledCsv] = 6_000,
    };

    /// <summary>A safety net against a hang, far above what a run needs; not a speed assertion.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(FuzzFormat.Json)]
    [InlineData(FuzzFormat.Ndjson)]
    [InlineData(FuzzFormat.AcledCsv)]
    public async Task Read_MutatedInputs_AreReadOrRefusedWithTheDocumentedException(FuzzFormat format)
    {
        ulong seed = MutationFuzzer.RunSeed;
        int count = CasesPerRun[format];
        using var cancellation = new CancellationTokenSource(HangBound);

        var (failures, read) = await Task.Run(() => MutationFuzzer.Run(format, seed, 0, count, cancellation.Token), TestContext.Current.CancellationToken);

        cancellation.IsCancellationRequested.Should().BeFalse("the run must finish its cases");
        failures.Should().BeEmpty();
        read.Should().BeInRange(count / 20, count - (count / 20), "the mutations must give both inputs that are read and inputs that are refused");
    }

    [Fact]
    public void Case_SameSeedAndNumber_GivesTheSameInput()
    {
        foreach (var format in Enum.GetValues<FuzzFormat>())
        {
            var first = Enumerable.Range(0, 50).Select(n => MutationFuzzer.Case(format, MutationFuzzer.DefaultSeed, n)).ToList();
            var again = Enumerable.Range(0, 50).Select(n => MutationFuzzer.Case(format, MutationFuzzer.DefaultSeed, n)).ToList();

            again.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
            first.Where(input => !MutationFuzzer.Seeds(format).Any(s => s.SequenceEqual(input))).Should().NotBeEmpty("cases are mutated");
        }
    }

    [Fact]
    public void Case_OtherSeed_GivesOtherInputs()
    {
        var one = Enumerable.Range(0, 20).Select(n => Convert.ToBase64String(MutationFuzzer.Case(FuzzFormat.Json, 1, n)));
        var two = Enumerable.Range(0, 20).Select(n => Convert.ToBase64String(MutationFuzzer.Case(FuzzFormat.Json, 2, n)));

        one.Should().NotEqual(two);
    }

    /// <summary>
    /// Replays the case CONFLICTMODEL_FUZZ_REPLAY names (Format:case, with CONFLICTMODEL_FUZZ_SEED), or
    /// else the first case of each format: the property holds on it alone as in a run.
    /// </summary>
    [Fact]
    public void Replay_OneCase_IsReadOrRefusedAsDocumented()
    {
        string? replay = Environment.GetEnvironmentVariable("CONFLICTMODEL_FUZZ_REPLAY");
        var cases = replay is { Length: > 0 }
            ? [(Enum.Parse<FuzzFormat>(replay[..replay.IndexOf(':', StringComparison.Ordinal)], ignoreCase: true),
                int.Parse(replay[(replay.IndexOf(':', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture))]
            : Enum.GetValues<FuzzFormat>().Select(f => (f, 0)).ToList();

        foreach (var (format, number) in cases)
        {
            var (failures, _) = MutationFuzzer.Run(format, MutationFuzzer.RunSeed, number, 1, CancellationToken.None);

            failures.Should().BeEmpty();
        }
    }

    [Fact]
    public void Describe_Failure_GivesSeedCaseAndInput()
    {
        string text = MutationFuzzer.Describe(FuzzFormat.Json, 0x2AUL, 7, [0x7B, 0xFF], new InvalidCastException("boom"));

        text.Should().Contain("seed 0x000000000000002A").And.Contain("case 7").And.Contain("CONFLICTMODEL_FUZZ_REPLAY=Json:7")
            .And.Contain("System.InvalidCastException: boom").And.Contain("input (base64): e/8=");
    }
}
