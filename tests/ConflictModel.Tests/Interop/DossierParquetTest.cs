using System.IO;
using System.Threading.Tasks;
using ConflictModel.Interop;
using DuckDB.NET.Data;

namespace ConflictModel.Tests.Interop;

/// <summary>
/// Reads the export back with DuckDB, an engine that knows nothing of the writer, and checks the answers of SQL queries
/// against numbers worked out by hand from the UCDP sample file.
/// </summary>
public sealed class DossierParquetTest : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("conflictmodel-parquet-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private async Task<string> ExportSample(ParquetExportOptions? options = null)
    {
        string path = Path.Combine(directory, "events.parquet");
        await DossierParquet.WriteAsync(UcdpGedCsvFixture.ImportSample().Dossier, path, options);
        return path;
    }

    internal static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    internal static string Table(string path) => "read_parquet('" + path.Replace("'", "''", StringComparison.Ordinal) + "')";

    [Fact]
    public async Task WriteAsync_UcdpSample_DuckDbSumsBestFatalitiesByCountry()
    {
        string path = await ExportSample();

        var rows = Query($"SELECT country, SUM(fatalities_best) FROM {Table(path)} GROUP BY country ORDER BY country");

        // From the sample's best column: Syria 25+12+26, Afghanistan 45+80, DR Congo 9+7, Mali 15+6, Ukraine 120+3.
        rows.Select(r => ((string)r[0]!, Convert.ToDouble(r[1], null))).Should().Equal(
            ("Afghanistan", 125.0), ("DR Congo (Zaire)", 16.0), ("Mali", 21.0), ("Syria", 63.0), ("Ukraine", 123.0));
    }

    [Fact]
    public async Task WriteAsync_UcdpSample_DuckDbCountsEventsByType()
    {
        string path = await ExportSample();

        var rows = Query($"SELECT event_type, COUNT(*) FROM {Table(path)} GROUP BY event_type ORDER BY event_type");

        rows.Select(r => ((string)r[0]!, Convert.ToInt64(r[1], null))).Should().Equal(("battles", 8L), ("violence-against-civilians", 3L));
    }

    [Fact]
    public async Task WriteAsync_UcdpSample_WritesOneRowPerEventWithEveryColumn()
    {
        string path = await ExportSample();

        var columns = Query($"SELECT column_name FROM (DESCRIBE SELECT * FROM {Table(path)})").Select(r => (string)r[0]!);
        var count = Query($"SELECT COUNT(*), COUNT(DISTINCT event_id) FROM {Table(path)}").Single();

        columns.Should().Equal(
            "event_id", "external_ids", "event_type", "sub_event_type", "date_start", "date_end", "date_precision",
            "actor1_id", "actor1", "actor2_id", "actor2", "actors", "actor_ids",
            "country", "admin1", "admin2", "admin3", "location", "place_id", "latitude", "longitude", "spatial_precision",
            "fatalities_best", "fatalities_low", "fatalities_high", "claims", "sources", "independent_sources");
        Convert.ToInt64(count[0], null).Should().Be(11);
        Convert.ToInt64(count[1], null).Should().Be(11);
    }

    [Fact]
    public async Task WriteAsync_UcdpSample_WritesTheBoukamalRowInFull()
    {
        string path = await ExportSample();

        var row = Query(
            "SELECT external_ids, actor1, actor2, actors, country, admin1, admin2, admin3, location, latitude, longitude, spatial_precision, " +
            "CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR), date_precision, fatalities_low, fatalities_best, fatalities_high, " +
            $"claims, sources, independent_sources FROM {Table(path)} WHERE external_ids LIKE '%ucdp-ged:244101%'").Single();

        row.Should().Equal(
            "ucdp-ged:244101; ucdp-ged-relid:SYR-2017-1-299-117", "Government of Syria", "IS", "Government of Syria; IS",
            "Syria", "Dayr az Zawr governorate", "Abu Kamal district", null, "Abu Kamal town", 34.4506, 40.9189, "exact",
            "2017-11-09", "2017-11-09", "day", 20.0, 25.0, 31.0,
            4, 2, 2);
    }

    [Fact]
    public async Task WriteAsync_EventAtProvinceLevel_HasNoLocationAndProvincePrecision()
    {
        string path = await ExportSample();

        var row = Query($"SELECT admin1, admin2, location, spatial_precision, date_precision FROM {Table(path)} WHERE external_ids LIKE '%ucdp-ged:433020%'").Single();

        row.Should().Equal(new object?[] { "Mopti region", null, null, "province-centroid", "month" });
    }

    [Fact]
    public async Task WriteAsync_SmallRowGroups_SplitsTheEventsAcrossThem()
    {
        string path = await ExportSample(new ParquetExportOptions { RowGroupSize = 4 });

        var groups = Query($"SELECT COUNT(DISTINCT row_group_id), MAX(row_group_num_rows) FROM parquet_metadata('{path}')").Single();
        var total = Query($"SELECT SUM(fatalities_best) FROM {Table(path)}").Single();

        Convert.ToInt64(groups[0], null).Should().Be(3);
        Convert.ToInt64(groups[1], null).Should().Be(4);
        Convert.ToDouble(total[0], null).Should().Be(348);
    }

    [Fact]
    public async Task WriteAsync_Stream_ReportsEventsAndRowGroups()
    {
        using var stream = new MemoryStream();

        var result = await DossierParquet.WriteAsync(UcdpGedCsvFixture.ImportSample().Dossier, stream, new ParquetExportOptions { RowGroupSize = 5 });

        result.EventsWritten.Should().Be(11);
        result.RowGroups.Should().Be(3);
        stream.ToArray().Take(4).Should().Equal((byte)'P', (byte)'A', (byte)'R', (byte)'1');
        stream.CanWrite.Should().BeTrue("the stream is left open");
    }

    [Fact]
    public async Task WriteAsync_StreamThatCannotSeek_IsWrittenFrontToBack()
    {
        var sink = new ConflictModel.Tests.Serialization.CountingSinkStream();

        var result = await DossierParquet.WriteAsync(UcdpGedCsvFixture.ImportSample().Dossier, sink);

        result.EventsWritten.Should().Be(11);
        sink.BytesWritten.Should().BeGreaterThan(1000);
    }

    [Fact]
    public async Task WriteAsync_EmptyDossier_WritesATableWithoutRows()
    {
        string path = Path.Combine(directory, "empty.parquet");

        var result = await DossierParquet.WriteAsync(new DossierBuilder().Build(), path);

        result.EventsWritten.Should().Be(0);
        Convert.ToInt64(Query($"SELECT COUNT(*) FROM {Table(path)}").Single()[0], null).Should().Be(0);
    }

    [Fact]
    public async Task WriteAsync_EventWithoutPlaceOrFigures_WritesNulls()
    {
        var b = new DossierBuilder();
        b.Add(new ConflictEvent(new EventId("e1"), EventType.Battles, FuzzyDate.InYear(2020)));
        string path = Path.Combine(directory, "bare.parquet");

        await DossierParquet.WriteAsync(b.Build(), path);

        Query($"SELECT country, latitude, fatalities_best, actors, claims, independent_sources FROM {Table(path)}").Single()
            .Should().Equal(new object?[] { null, null, null, null, 0, 0 });
    }

    [Fact]
    public async Task WriteAsync_BadArguments_Throw()
    {
        var dossier = new DossierBuilder().Build();
        using var readOnly = new MemoryStream([], writable: false);

        await FluentActions.Awaiting(() => DossierParquet.WriteAsync(null!, new MemoryStream())).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => DossierParquet.WriteAsync(dossier, (Stream)null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => DossierParquet.WriteAsync(dossier, readOnly)).Should().ThrowAsync<ArgumentException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(ParquetExportOptions.MaxRowGroupSize + 1)]
    public void RowGroupSize_OutOfRange_Throws(int size)
    {
        var act = () => new ParquetExportOptions { RowGroupSize = size };

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*[1-1048576]*");
    }
}
