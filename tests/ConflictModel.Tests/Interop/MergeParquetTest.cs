using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using ConflictModel.Interop;
using ConflictModel.Merging;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Interop;

/// <summary>
/// Writes merges as Parquet and reads both tables back with DuckDB, an engine that knows nothing of the writer, checking
/// every row against the merge result.
/// </summary>
public sealed class MergeParquetTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("conflictmodel-merge-parquet-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Merging", "Data", name);

    private static DossierMergeResult AcledAndGed() => DossierMerger.Default.Merge(
        AcledCsv.Import(File.OpenRead(DataPath("acled-2017-11.csv"))).Dossier,
        UcdpGedCsv.Import(File.OpenRead(DataPath("ged-2017-11.csv"))).Dossier);

    private string Events => DossierParquetTest.Table(Path.Combine(directory, MergeParquet.EventsFileName));

    private string Provenance => DossierParquetTest.Table(Path.Combine(directory, MergeParquet.ProvenanceFileName));

    /// <summary>What the events table should hold for each merged event, worked out from the result's provenance and matches.</summary>
    private static List<(string Id, int Inputs, string? InputEvents, double? Score)> Expected(DossierMergeResult result) =>
        result.Dossier.Events.Select(e =>
        {
            var from = result.Provenance.Where(p => p.EntityKind == "event" && p.MergedId == e.Id.Value).ToList();
            var scores = result.Matches.Where(m => m.Left == e.Id).Select(m => m.Score).ToList();
            return (e.Id.Value, from.Select(p => p.Input).Distinct().Count(),
                from.Count == 0 ? null : string.Join("; ", from.Select(p => p.Input.ToString(CultureInfo.InvariantCulture) + ":" + p.InputId)),
                scores.Count == 0 ? (double?)null : scores.Min());
        }).ToList();

    [Fact]
    public async Task WriteAsync_AcledAndGed_EventsTableHasTheExportColumnsThenTheMergeColumns()
    {
        await MergeParquet.WriteAsync(AcledAndGed(), directory);

        var columns = DossierParquetTest.Query($"SELECT column_name FROM (DESCRIBE SELECT * FROM {Events})").Select(r => (string)r[0]!);

        columns.Should().Equal(ParquetColumns.All.Concat(["merged_inputs", "input_events", "match_score"]));
    }

    [Fact]
    public async Task WriteAsync_AcledAndGed_EveryMergedEventNamesTheInputEventsMergedIntoIt()
    {
        var result = AcledAndGed();

        var written = await MergeParquet.WriteAsync(result, directory);
        var rows = DossierParquetTest.Query($"SELECT event_id, merged_inputs, input_events, match_score FROM {Events}")
            .Select(r => ((string)r[0]!, Convert.ToInt32(r[1], CultureInfo.InvariantCulture), (string?)r[2], r[3] is null ? (double?)null : Convert.ToDouble(r[3], CultureInfo.InvariantCulture)))
            .ToList();

        written.EventsWritten.Should().Be(4);
        rows.Should().Equal(Expected(result));
        rows.Count(r => r.Item2 == 2).Should().Be(2, "ACLED and GED share two battles");
        rows.Where(r => r.Item2 == 2).Should().OnlyContain(r => r.Item3!.StartsWith("0:", StringComparison.Ordinal) && r.Item3.Contains("; 1:", StringComparison.Ordinal) && r.Item4 > 0);
        rows.Where(r => r.Item2 == 1).Should().OnlyContain(r => r.Item4 == null);
    }

    [Fact]
    public async Task WriteAsync_AcledAndGed_ProvenanceTableIsTheResultsProvenanceInOrder()
    {
        var result = AcledAndGed();

        var written = await MergeParquet.WriteAsync(result, directory);
        var rows = DossierParquetTest.Query($"SELECT input, entity_kind, input_id, merged_id FROM {Provenance}")
            .Select(r => new MergeProvenance(Convert.ToInt32(r[0], CultureInfo.InvariantCulture), (string)r[1]!, (string)r[2]!, (string)r[3]!));

        written.ProvenanceWritten.Should().Be(result.Provenance.Count);
        rows.Should().Equal(result.Provenance);
        result.Provenance.Select(p => p.EntityKind).Distinct().Should().Contain(["actor", "place", "source", "claim", "event"]);
    }

    [Fact]
    public async Task WriteAsync_AcledAndGed_DocumentedQueryJoinsTheMatchedEventsToTheirInputIds()
    {
        var result = AcledAndGed();
        await MergeParquet.WriteAsync(result, directory);

        // The query of docs/interop.md: events matched across inputs, with each input's own id.
        var rows = DossierParquetTest.Query(
            $"SELECT e.event_id, p.input, p.input_id, e.match_score FROM {Events} e " +
            $"JOIN {Provenance} p ON p.entity_kind = 'event' AND p.merged_id = e.event_id " +
            "WHERE e.merged_inputs > 1 ORDER BY e.event_id, p.input");

        var expected = result.Matches.SelectMany(m => new[] { (m.Left.Value, 0, m.Left.Value), (m.Left.Value, 1, m.Right.Value) })
            .OrderBy(t => t.Item1, StringComparer.Ordinal).ThenBy(t => t.Item2);
        rows.Select(r => ((string)r[0]!, Convert.ToInt32(r[1], CultureInfo.InvariantCulture), (string)r[2]!)).Should().Equal(expected);
    }

    [Fact]
    public async Task WriteEventsAsync_SyntheticMergeInSmallRowGroups_WritesEveryEventOnceWithItsInputs()
    {
        var result = DossierMerger.Default.Merge(SyntheticDossier.Generate(2_000, seed: 1), SyntheticDossier.Generate(200, seed: 2));
        var options = new ParquetExportOptions { RowGroupSize = 500 };
        string events = Path.Combine(directory, "merged.parquet");
        string provenance = Path.Combine(directory, "provenance.parquet");

        ParquetExportResult written;
        int provenanceRows;
        await using (var file = File.Create(events))
        {
            written = await MergeParquet.WriteEventsAsync(result, file, options);
        }
        await using (var file = File.Create(provenance))
        {
            provenanceRows = await MergeParquet.WriteProvenanceAsync(result, file, options);
        }
        var rows = DossierParquetTest.Query($"SELECT event_id, merged_inputs, input_events, match_score FROM {DossierParquetTest.Table(events)}")
            .Select(r => ((string)r[0]!, Convert.ToInt32(r[1], CultureInfo.InvariantCulture), (string?)r[2], r[3] is null ? (double?)null : Convert.ToDouble(r[3], CultureInfo.InvariantCulture)))
            .ToList();
        var kinds = DossierParquetTest.Query($"SELECT entity_kind, COUNT(*) FROM {DossierParquetTest.Table(provenance)} GROUP BY entity_kind")
            .ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[1], CultureInfo.InvariantCulture));

        result.Matches.Should().NotBeEmpty("the second input's events fall on the first one's days and towns");
        written.EventsWritten.Should().Be(result.Dossier.Events.Count);
        written.RowGroups.Should().Be((result.Dossier.Events.Count + 499) / 500);
        rows.Should().Equal(Expected(result));
        rows.Sum(r => r.Item3!.Split("; ").Length).Should().Be(2_200, "every input event is merged into exactly one event");
        provenanceRows.Should().Be(result.Provenance.Count);
        kinds["event"].Should().Be(2_200);
        kinds.Values.Sum().Should().Be(result.Provenance.Count);
    }

    [Fact]
    public async Task WriteProvenanceAsync_StreamNotWritable_Throws()
    {
        using var stream = new MemoryStream([], writable: false);

        var act = () => MergeParquet.WriteProvenanceAsync(AcledAndGed(), stream);

        await act.Should().ThrowAsync<ArgumentException>().WithParameterName("stream");
    }
}
