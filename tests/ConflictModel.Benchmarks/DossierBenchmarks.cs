using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictModel.Benchmarks.Baselines;
using ConflictModel.Interop;
using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Validation;
using Sylvan.Data.Csv;

namespace ConflictModel.Benchmarks;

/// <summary>Writing and reading a whole dossier as JSON, against source-generated plain classes and a bare token scan.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly DossierJsonOptions Compact = new() { WriteIndented = false };
    private Dossier dossier = Dossier.Empty;
    private PocoDossier poco = new();
    private byte[] utf8 = [];
    private ArrayBufferWriter<byte> buffer = new();

    [Params(10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dossier = SyntheticDossier.Generate(Events);
        utf8 = DossierJson.WriteToUtf8Bytes(dossier, Compact);
        poco = JsonSerializer.Deserialize(utf8, PocoJsonContext.Default.PocoDossier)!;
        buffer = new ArrayBufferWriter<byte>(utf8.Length + 1024);
    }

    [Benchmark]
    public int Write()
    {
        buffer.ResetWrittenCount();
        DossierJson.Write(dossier, buffer, Compact);
        return buffer.WrittenCount;
    }

    [Benchmark]
    public int WritePlainClasses()
    {
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer);
        JsonSerializer.Serialize(writer, poco, PocoJsonContext.Default.PocoDossier);
        writer.Flush();
        return buffer.WrittenCount;
    }

    [Benchmark]
    public Dossier Read() => DossierJson.Read(utf8);

    [Benchmark]
    public PocoDossier? ReadPlainClasses() => JsonSerializer.Deserialize(utf8, PocoJsonContext.Default.PocoDossier);

    [Benchmark]
    public long Scan()
    {
        var reader = new Utf8JsonReader(utf8);
        long tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }
}

/// <summary>Writing and streaming an NDJSON dossier, and validating it as it streams.</summary>
[MemoryDiagnoser]
public class NdjsonBenchmarks
{
    private Dossier dossier = Dossier.Empty;
    private byte[] ndjson = [];

    [Params(10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new SyntheticDossier(Events);
        var header = generator.BuildHeader();
        dossier = new Dossier(header.Actors, header.Alliances, header.Relations, header.Places, header.Sources, header.Reports, null,
            generator.StreamEvents().ToList(), header.Extensions);
        using var stream = new MemoryStream();
        DossierNdjson.WriteAsync(dossier, stream).GetAwaiter().GetResult();
        ndjson = stream.ToArray();
    }

    [Benchmark]
    public async Task<long> Write()
    {
        using var stream = new MemoryStream(ndjson.Length);
        await DossierNdjson.WriteAsync(dossier, stream).ConfigureAwait(false);
        return stream.Length;
    }

    [Benchmark]
    public async Task<long> Stream()
    {
        var reader = await DossierNdjson.OpenAsync(new MemoryStream(ndjson, writable: false)).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            long count = 0;
            await foreach (var e in reader.ReadEventsAsync().ConfigureAwait(false))
            {
                count += e.Participants.Count;
            }
            return count;
        }
    }

    [Benchmark]
    public async Task<long> StreamAndValidate()
    {
        var reader = await DossierNdjson.OpenAsync(new MemoryStream(ndjson, writable: false)).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var validation = DossierValidator.Default.StartStream(reader.Header);
            long diagnostics = validation.HeaderDiagnostics.Count;
            await foreach (var e in reader.ReadEventsAsync().ConfigureAwait(false))
            {
                diagnostics += validation.Add(e).Count;
            }
            return diagnostics + validation.Complete().Count;
        }
    }
}

/// <summary>Validating a dossier with every built-in rule; each run gets a dossier whose lookups are not built yet.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Dossier dossier = Dossier.Empty;

    [Params(10_000, 20_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => dossier = SyntheticDossier.Generate(Events);

    [Benchmark]
    public int Validate()
    {
        var d = dossier;
        var fresh = new Dossier(d.Actors, d.Alliances, d.Relations, d.Places, d.Sources, d.Reports, d.Claims, d.Events, d.Extensions);
        return DossierValidator.Default.Validate(fresh).Diagnostics.Count;
    }
}

/// <summary>Importing an ACLED CSV file, against parsing the same text into strings with the same CSV library.</summary>
[MemoryDiagnoser]
public class AcledBenchmarks
{
    private string csv = string.Empty;

    [Params(5_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        AcledCsv.Export(SyntheticDossier.Generate(Rows), writer);
        csv = writer.ToString();
    }

    [Benchmark]
    public int Import()
    {
        using var reader = new StringReader(csv);
        return AcledCsv.Import(reader).RowsImported;
    }

    [Benchmark]
    public int ParseIntoStrings()
    {
        using var reader = new StringReader(csv);
        using var data = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', MaxBufferSize = 1 << 24 });
        int cells = 0;
        while (data.Read())
        {
            for (int i = 0; i < data.FieldCount; i++)
            {
                cells += data.GetString(i).Length > 0 ? 1 : 0;
            }
        }
        return cells;
    }
}

/// <summary>The dossier's questions: who controlled a place, what a source said, who corroborates a claim.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private Dossier dossier = Dossier.Empty;
    private PlaceId[] places = [];
    private SourceId[] sources = [];
    private Claim[] claims = [];

    [Params(10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dossier = SyntheticDossier.Generate(Events);
        places = [.. dossier.Events.Where(e => e.Outcomes.Count > 0).Select(e => e.Place!.Value).Distinct().Take(100)];
        sources = [.. dossier.Sources.Select(s => s.Id)];
        claims = [.. dossier.Claims.Take(100)];
        _ = dossier.ClaimsBy(sources[0]).Count();
    }

    [Benchmark]
    public int ControllerOf()
    {
        int found = 0;
        var day = dossier.Events[^1].Date.End;
        foreach (var place in places)
        {
            found += dossier.ControllerOf(place, day) is null ? 0 : 1;
        }
        return found;
    }

    [Benchmark]
    public int ClaimsBy()
    {
        int count = 0;
        foreach (var source in sources)
        {
            count += dossier.ClaimsBy(source).Count();
        }
        return count;
    }

    [Benchmark]
    public int CorroborationOf()
    {
        int count = 0;
        foreach (var claim in claims)
        {
            count += dossier.CorroborationOf(claim.Id).IndependentOrigins.Count;
        }
        return count;
    }

    [Benchmark]
    public int Find()
    {
        int found = 0;
        foreach (var claim in claims)
        {
            found += dossier.Find(claim.Id) is null ? 0 : 1;
        }
        return found;
    }
}
