using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Hostile;

/// <summary>
/// Every case of the attack corpus (<c>Corpus/manifest.tsv</c>) gives exactly the outcome the
/// manifest states — success with the listed diagnostics, or the library's own exception with a
/// message that locates the problem — in memory bounded by the input's size and without hanging.
/// </summary>
public sealed class HostileCorpusTest
{
    /// <summary>A safety net against a hang, far above what any case needs; not a speed assertion.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(3);

    /// <summary>Allocation allowed on top of a multiple of the input: the runtime, the validator, the first use of the types.</summary>
    private const long AllocationAllowance = 64L << 20;

    /// <summary>
    /// Bytes allocated per byte of input at most, garbage included: buffers that double as they grow,
    /// JSON kept whole (a dozen bytes of index per token, and a token can be two bytes), the model
    /// built from the input; an ACLED row also goes through a dictionary of its cells.
    /// </summary>
    private static long AllocationPerInputByte(string format) => format == "acled-csv" ? 120 : 40;

    public static TheoryData<string> Files => new(HostileCorpus.Cases.Select(c => c.File));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Read_CorpusCase_GivesTheStatedOutcome(string file)
    {
        var c = HostileCorpus.Find(file);
        using var cancellation = new CancellationTokenSource(HangBound);

        var run = Task.Run(() => Run(c, cancellation.Token), cancellation.Token);

        var first = await Task.WhenAny(run, Task.Delay(HangBound + TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        first.Should().BeSameAs(run, $"{c.File} must not hang ({c.Attacks})");
        var (outcome, allocated, inputBytes) = await run;
        allocated.Should().BeLessThanOrEqualTo(AllocationAllowance + (AllocationPerInputByte(c.Format) * inputBytes),
            $"reading {inputBytes} bytes of {c.File} must take memory in proportion to them");
        if (c.Outcome == "ok")
        {
            outcome.Error.Should().BeNull($"{c.File} ({c.Attacks}) must be read");
            outcome.Codes.Should().Equal(c.ExpectedCodes, $"{c.File} gives exactly these diagnostics");
        }
        else
        {
            c.Outcome.Should().Be("error", "a manifest outcome is ok or error");
            outcome.Error.Should().NotBeNull($"{c.File} ({c.Attacks}) must be refused");
            outcome.Error!.GetType().Name.Should().Be(c.Expect, $"{c.File} must fail with the documented exception, not: {outcome.Error}");
            foreach (string fragment in c.MessageFragments)
            {
                outcome.Error.Message.Should().Contain(fragment);
            }
            outcome.Error.Message.Should().NotContain("   at ", "a message is one clear line, not a stack trace");
        }
    }

    [Fact]
    public void Manifest_EveryFileInTheCorpusIsListed_AndEveryListedFileExists()
    {
        var listed = HostileCorpus.Cases.Where(c => !c.IsGenerated).Select(c => c.File).ToList();
        var files = Directory.GetFiles(HostileCorpus.Directory).Select(Path.GetFileName).Where(f => f != "manifest.tsv").ToList();

        listed.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(files);
        HostileCorpus.Cases.Where(c => c.IsGenerated).Select(c => c.File[CorpusCase.GeneratedPrefix.Length..])
            .Should().BeEquivalentTo(GeneratedInputs.All.Keys);
        HostileCorpus.Cases.Should().OnlyContain(c => c.Format == "json" || c.Format == "ndjson" || c.Format == "acled-csv");
        HostileCorpus.Cases.Should().OnlyContain(c => c.Outcome == "ok" || c.Outcome == "error");
        HostileCorpus.Cases.Should().OnlyContain(c => c.Attacks.Length > 0);
    }

    [Fact]
    public void Corpus_OkJsonCases_WriteBackToTheSameDossier()
    {
        foreach (var c in HostileCorpus.Cases.Where(c => c.Outcome == "ok" && c.Format == "json" && !c.IsGenerated))
        {
            using var input = HostileCorpus.Open(c);
            var dossier = DossierJson.Read(input);

            DossierJson.Read(DossierJson.WriteToUtf8Bytes(dossier)).Should().Be(dossier, $"{c.File} must lose nothing when written back");
        }
    }

    private static ((IReadOnlyList<string> Codes, Exception? Error) Outcome, long Allocated, long InputBytes) Run(CorpusCase c, CancellationToken cancellationToken)
    {
        var options = HostileCorpus.Options(c);
        using var input = HostileCorpus.Open(c);
        long inputBytes = input.Length;
        long before = GC.GetAllocatedBytesForCurrentThread();
        (IReadOnlyList<string> Codes, Exception? Error) outcome;
        try
        {
            outcome = (HostileCorpus.Read(c.Format, input, options, cancellationToken).Codes, null);
        }
        catch (Exception ex) when (ex is DossierFormatException or AcledFormatException || IsUndocumented(ex))
        {
            outcome = ([], ex);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (outcome, allocated, inputBytes);
    }

    // Any other exception is caught too, so that the assertion names the case and the exception's type.
    private static bool IsUndocumented(Exception ex) => ex is not OutOfMemoryException;
}
