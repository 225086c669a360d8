using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Interop;

/// <summary>
/// The import that adds rows on a second thread while the calling thread reads the next ones: the same dossier, ids and
/// diagnostics as the import on one thread, the first bad row of the file still the one a strict import throws for, and a
/// failure or a cancellation on either side ending the import cleanly. The files are long enough for several batches.
/// </summary>
public sealed class CsvReadAheadTest
{
    private static readonly AcledImportOptions ReadAhead = new() { ReadAhead = true };

    private static readonly AcledImportOptions OneThread = new();

    /// <summary>Bad rows of several kinds: a text in the good row, and what replaces it.</summary>
    private static readonly (string From, string To)[] Spoilers =
    [
        (",2017-11-09,", ",2017-02-31,"),
        (",5,,1512345678", ",five,,1512345678"),
        ("34.452,40.9186", "95.5,40.9186"),
        (",Military Forces of Syria (2000-),", ",,"),
        (",2017-11-09,2017,1,", ",0000-11-09,2017,1,"),
    ];

    /// <summary>
    /// A file of <paramref name="rows"/> ACLED rows made from a seed: ids that repeat (the importer then takes free
    /// suffixes), several actors and places, notes over several lines, every line end, and bad rows here and there.
    /// </summary>
    private static string MixedFile(int seed, int rows)
    {
        var random = new Random(seed);
        string[] lineEnds = ["\n", "\r\n", "\r"];
        var csv = new StringBuilder(AcledCsvFixture.Header).Append('\n');
        for (int i = 0; i < rows; i++)
        {
            // One row in eight reuses an id already seen, of a row that may have been rejected.
            int id = random.Next(8) == 0 && i > 0 ? random.Next(i) : i;
            string row = AcledCsvFixture.GoodRow;
            if (random.Next(10) == 0)
            {
                var (from, to) = Spoilers[random.Next(Spoilers.Length)];
                row = row.Replace(from, to, StringComparison.Ordinal);
            }
            row = row
                .Replace("SYR1,", "SYR" + id.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal)
                .Replace("Islamic State (Syria)", "Group " + random.Next(40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("Albu Kamal,Albu Kamal", "District " + random.Next(30).ToString(CultureInfo.InvariantCulture) + ",Town " + random.Next(200).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace(",5,,", "," + random.Next(100).ToString(CultureInfo.InvariantCulture) + ",,", StringComparison.Ordinal);
            if (random.Next(5) == 0)
            {
                row = row.Replace("Clashes near Albu Kamal.", "\"Clashes,\r\nnear\nthe \"\"town\"\".\"", StringComparison.Ordinal);
            }
            csv.Append(row).Append(lineEnds[random.Next(lineEnds.Length)]);
        }
        return csv.ToString();
    }

    private static IEnumerable<string> Described(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message);

    [Theory]
    [InlineData(1, 3000)]
    [InlineData(2, 5000)]
    [InlineData(3, 257)]
    public void Import_ReadAheadAndOneThread_GiveTheSameDossierAndDiagnostics(int seed, int rows)
    {
        string csv = MixedFile(seed, rows);

        var threaded = AcledCsv.Import(new StringReader(csv), ReadAhead);
        var single = AcledCsv.Import(new StringReader(csv), OneThread);

        threaded.RowsRead.Should().Be(rows);
        single.RowsRead.Should().Be(rows);
        threaded.RowsImported.Should().Be(single.RowsImported);
        threaded.Diagnostics.Should().NotBeEmpty("the file has bad rows");
        Described(threaded.Diagnostics).Should().Equal(Described(single.Diagnostics));
        DossierJson.Write(threaded.Dossier).Should().Be(DossierJson.Write(single.Dossier));
    }

    [Fact]
    public void Import_ManyExtraColumnsMostlyEmpty_GivesTheSameDossierAsOneThread()
    {
        // 2,000 columns besides the codebook's: a batch fills by its cells long before it has its 256 rows.
        var random = new Random(5);
        var csv = new StringBuilder(AcledCsvFixture.Header);
        for (int c = 0; c < 2000; c++)
        {
            csv.Append(",extra_").Append(c.ToString(CultureInfo.InvariantCulture));
        }
        csv.Append('\n');
        for (int i = 0; i < 600; i++)
        {
            csv.Append(AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + i.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal));
            for (int c = 0; c < 2000; c++)
            {
                csv.Append(',');
                if (random.Next(500) == 0)
                {
                    csv.Append('v').Append(c.ToString(CultureInfo.InvariantCulture));
                }
            }
            csv.Append('\n');
        }

        var threaded = AcledCsv.Import(new StringReader(csv.ToString()), ReadAhead);
        var single = AcledCsv.Import(new StringReader(csv.ToString()), OneThread);

        threaded.RowsImported.Should().Be(600);
        threaded.Dossier.Events.Should().Contain(e => e.Extensions.Count > 0, "some extra cells have text");
        DossierJson.Write(threaded.Dossier).Should().Be(DossierJson.Write(single.Dossier));
    }

    [Fact]
    public async Task ImportAsync_ReadAhead_GivesTheSameDossierAndDiagnosticsAsOneThread()
    {
        string csv = MixedFile(4, 4000);

        var threaded = await AcledCsv.ImportAsync(new StringReader(csv), ReadAhead);
        var single = AcledCsv.Import(new StringReader(csv), OneThread);

        Described(threaded.Diagnostics).Should().Equal(Described(single.Diagnostics));
        DossierJson.Write(threaded.Dossier).Should().Be(DossierJson.Write(single.Dossier));
    }

    [Fact]
    public void Import_IdsThatMeetAcrossBatches_TakeTheSameFreeSuffixesInFileOrder()
    {
        // Keys far apart, so that their rows fall in different batches: three that give the same id once made safe, one
        // that gives the id of an earlier event's first claim, a repeated key, and a key whose first row is rejected.
        var keys = new Dictionary<int, string>
        {
            [10] = "SYR 7", [400] = "SYR/7", [800] = "SYR?7", [1000] = "ROW5-claim-1", [1200] = "SYR 7", [300] = "SYR8", [700] = "SYR8",
        };
        var csv = new StringBuilder(AcledCsvFixture.Header).Append('\n');
        for (int i = 0; i < 1500; i++)
        {
            string key = keys.GetValueOrDefault(i, "ROW" + i.ToString(CultureInfo.InvariantCulture));
            string row = AcledCsvFixture.GoodRow.Replace("SYR1,", key + ",", StringComparison.Ordinal);
            csv.Append(i == 300 ? row.Replace(",5,,", ",five,,", StringComparison.Ordinal) : row).Append('\n');
        }

        var threaded = AcledCsv.Import(new StringReader(csv.ToString()), ReadAhead);
        var single = AcledCsv.Import(new StringReader(csv.ToString()), OneThread);

        threaded.Dossier.Events.Select(e => e.Id.Value).Should().Equal(single.Dossier.Events.Select(e => e.Id.Value));
        threaded.Dossier.Claims.Select(c => c.Id.Value).Should().Equal(single.Dossier.Claims.Select(c => c.Id.Value));
        threaded.Dossier.Events.Select(e => e.Id.Value).Concat(threaded.Dossier.Claims.Select(c => c.Id.Value)).Should().OnlyHaveUniqueItems();
        threaded.Dossier.Events.Where(e => e.ExternalReferences.Single().Value.StartsWith("SYR", StringComparison.Ordinal))
            .Select(e => e.ExternalReferences.Single().Value).Should().Equal("SYR 7", "SYR/7", "SYR8", "SYR?7");
        threaded.Diagnostics.Select(d => (d.Code, d.Path[..d.Path.IndexOf(']', StringComparison.Ordinal)])).Should().Equal(
            ("ACLED0003", "$.lines[302"), ("ACLED0006", "$.lines[1202"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_StrictWithBadRowsInLaterBatches_ThrowsForTheFirstBadRowOfTheFile(bool readAhead)
    {
        var csv = new StringBuilder(AcledCsvFixture.Header).Append('\n');
        for (int i = 1; i <= 3000; i++)
        {
            string row = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + i.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal);
            csv.Append(i is 1234 or 2500 ? row.Replace(",5,,", ",five,,", StringComparison.Ordinal) : row).Append('\n');
        }

        var act = () => AcledCsv.Import(new StringReader(csv.ToString()), new AcledImportOptions { Strict = true, ReadAhead = readAhead });

        act.Should().Throw<AcledFormatException>().Which.Line.Should().Be(1235);
    }

    [Fact]
    public void Import_StrictBadRowBeforeMalformedCsv_ThrowsForTheBadRow()
    {
        var csv = new StringBuilder(AcledCsvFixture.Header).Append('\n');
        for (int i = 1; i <= 2000; i++)
        {
            string row = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + i.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal);
            csv.Append(i == 700 ? row.Replace(",5,,", ",five,,", StringComparison.Ordinal) : row).Append('\n');
        }
        // A quoted cell that never ends: the CSV is unreadable from here.
        csv.Append("SYR9999,\"2017-11-09").Append('\n');

        var strict = () => AcledCsv.Import(new StringReader(csv.ToString()), new AcledImportOptions { Strict = true, ReadAhead = true });
        var lenient = () => AcledCsv.Import(new StringReader(csv.ToString()), ReadAhead);

        strict.Should().Throw<AcledFormatException>().Which.Line.Should().Be(701);
        lenient.Should().Throw<AcledFormatException>().Which.Line.Should().Be(2002);
    }

    [Fact]
    public async Task ImportAsync_CancelledWhileReading_ThrowsAndEnds()
    {
        using var cancel = new CancellationTokenSource();
        string Row(int n)
        {
            if (n == 2000)
            {
                cancel.Cancel();
            }
            return AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + n.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal);
        }
        using var stream = new GeneratedCsvStream(AcledCsvFixture.Header, Row, 1_000_000);

        var act = () => AcledCsv.ImportAsync(stream, ReadAhead, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        stream.BytesRead.Should().BeLessThan(10_000_000, "the import stops soon after the cancellation, not at the end of the file");
    }

    [Theory]
    [InlineData(nameof(RowFlow.ReadAhead))]
    [InlineData(nameof(RowFlow.Batched))]
    [InlineData(nameof(RowFlow.OneByOne))]
    public void Import_RefusalsInAddAndRejectionsInCheck_AreReportedInFileOrder(string flowName)
    {
        var flow = Enum.Parse<RowFlow>(flowName);
        // Rows 2..3001: a check rejects every 7th, the add refuses every 11th.
        var importer = new ProbeImporter(flow, strict: false, refusedLine: line => line % 11 == 0);

        var result = importer.Import(new StringReader(ProbeImporter.File(3000, badLine: line => line % 7 == 0)));

        var lines = Enumerable.Range(2, 3000);
        result.Added.Select(a => a.Line).Should().Equal(lines.Where(l => l % 7 != 0 && l % 11 != 0));
        result.Diagnostics.Select(d => d.Path).Should().Equal(
            lines.Where(l => l % 7 == 0 || l % 11 == 0).Select(l => "$.lines[" + l.ToString(CultureInfo.InvariantCulture) + "]" + (l % 7 == 0 ? ".id" : string.Empty)));
        int caller = Environment.CurrentManagedThreadId;
        if (flow == RowFlow.ReadAhead && Environment.ProcessorCount > 1)
        {
            result.Added.Should().OnlyContain(a => a.Thread != caller, "every batch is full before it is added, and added on the second thread");
        }
        else
        {
            result.Added.Should().OnlyContain(a => a.Thread == caller);
        }
    }

    [Theory]
    [InlineData(nameof(RowFlow.ReadAhead))]
    [InlineData(nameof(RowFlow.Batched))]
    public void Import_StrictRefusalInAddBeforeBadRowInCheck_ThrowsForTheRefusal(string flowName)
    {
        var flow = Enum.Parse<RowFlow>(flowName);
        // The add of line 300 (in the second thread's first batch) fails before the check of line 2000 does.
        var importer = new ProbeImporter(flow, strict: true, refusedLine: line => line == 300);

        var act = () => importer.Import(new StringReader(ProbeImporter.File(5000, badLine: line => line == 2000)));

        act.Should().Throw<AcledFormatException>().Which.Line.Should().Be(300);
    }

    [Theory]
    [InlineData(nameof(RowFlow.ReadAhead))]
    [InlineData(nameof(RowFlow.Batched))]
    public void Import_AddFailsUnexpectedly_TheExceptionReachesTheCaller(string flowName)
    {
        var flow = Enum.Parse<RowFlow>(flowName);
        var importer = new ProbeImporter(flow, strict: false, refusedLine: _ => false, brokenLine: 1000);

        var act = () => importer.Import(new StringReader(ProbeImporter.File(5000, badLine: _ => false)));

        act.Should().Throw<InvalidOperationException>().WithMessage("*line 1000*");
    }

    [Fact]
    public async Task ImportAsync_AddFailsUnexpectedly_TheExceptionReachesTheCaller()
    {
        var importer = new ProbeImporter(RowFlow.ReadAhead, strict: false, refusedLine: _ => false, brokenLine: 1000);

        var act = () => importer.ImportAsync(new StringReader(ProbeImporter.File(5000, badLine: _ => false)), CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*line 1000*");
    }

    /// <summary>
    /// A CSV format of two columns whose check rejects the rows <c>id</c> marks bad, and whose add refuses chosen lines
    /// (as the model refuses a value) or fails as a bug would; it records the line and thread of each row added.
    /// </summary>
    internal sealed class ProbeImporter(RowFlow flow, bool strict, Func<int, bool> refusedLine, int brokenLine = 0)
        : CsvImporter<int, ProbeImporter.Result>(Format, strict, flow)
    {
        private static readonly CsvFormat Format = new("a probe file", ["id", "text"], ["id"], [], "probe:", "probe-extra:",
            AcledDiagnostics.Shared, (message, line, column, code, cause) => cause is null
                ? new AcledFormatException(message, line, column, code)
                : new AcledFormatException(message, line, column, code, cause));

        private readonly List<(int Line, int Thread)> added = [];

        internal sealed record Result(IReadOnlyList<(int Line, int Thread)> Added, IReadOnlyList<Diagnostic> Diagnostics);

        /// <summary>A header and <paramref name="rows"/> rows, starting on line 2; a bad row's id is "bad".</summary>
        internal static string File(int rows, Func<int, bool> badLine)
        {
            var csv = new StringBuilder("id,text\n");
            for (int line = 2; line < rows + 2; line++)
            {
                csv.Append(badLine(line) ? "bad" : "r" + line.ToString(CultureInfo.InvariantCulture)).Append(",some text\n");
            }
            return csv.ToString();
        }

        protected override bool TryParse(CsvRow row, int line, out int parsed)
        {
            parsed = line;
            return !row.SpanOf("id").SequenceEqual("bad") || Reject(AcledDiagnostics.MissingValue, line, "id", "bad", "the id is bad.");
        }

        protected override void Add(CsvRow row, int parsed)
        {
            if (parsed == brokenLine)
            {
                throw new InvalidOperationException("A bug at line " + parsed.ToString(CultureInfo.InvariantCulture) + ".");
            }
            if (refusedLine(parsed))
            {
                throw new ArgumentException("The model refuses this row.");
            }
            row.SpanOf("id").SequenceEqual("r" + parsed.ToString(CultureInfo.InvariantCulture)).Should().BeTrue("each row is added with its own cells");
            added.Add((parsed, Environment.CurrentManagedThreadId));
        }

        protected override Result Finish() => new(added, Diagnostics);
    }
}
