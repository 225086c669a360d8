using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Benchmarks.Baselines;
using ConflictModel.Interop;
using ConflictModel.Merging;
using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Validation;
using Sylvan.Data.Csv;

namespace ConflictModel.Benchmarks.Budget;

/// <summary>
/// The quick budget run: measures every metric of docs/performance.md side by side in one
/// process and prints one <c>name: value</c> line per metric on standard output, and nothing
/// else there; progress goes to standard error.
/// </summary>
internal static class BudgetRun
{
    /// <summary>Both sides write compact JSON, so that they produce the same bytes to compare.</summary>
    private static readonly DossierJsonOptions Compact = new() { WriteIndented = false };

    /// <summary>The buffer of the budget's own files: large, so that they are written and read in few system calls.</summary>
    private const int FileBufferBytes = 1 << 20;

    /// <summary>How many windows of streamed events pass between two samples of live memory.</summary>
    private const int SampleWindows = 16;

    /// <summary>Gets what validating a dossier whose lookups are built costs against reading it (set by the JSON ratios).</summary>
    private static double IndexedValidateVsRead { get; set; }

    private sealed record Settings(int Events, int Repeats, int AcledRows, int StreamEvents, int LoadedEvents, int HotClaims, int MergeEvents);

    /// <summary>The metric groups <c>--only</c> takes, each the names of the metrics it prints.</summary>
    private static readonly string[] Groups = ["ndjson", "memory", "json", "scaling", "acled", "hot", "ucdp", "merge"];

    internal static async Task<int> RunAsync(string[] args)
    {
        var settings = Parse(args);
        var only = Only(args);
        bool Runs(string group) => only is null || only.Contains(group);
        var results = new List<(string Name, string Value)>();
        var total = Stopwatch.StartNew();

        // Memory first, while nothing else is alive in the process.
        if (settings.StreamEvents > 0 && Runs("ndjson"))
        {
            var (peak1, peak2) = await StreamPeaksAsync(settings.StreamEvents);
            results.Add(("ndjson_peak_mb", Format(peak1 / (1024.0 * 1024.0), 1)));
            results.Add(("ndjson_peak_growth", Format(peak2 / peak1, 3)));
        }
        if (settings.LoadedEvents > 0 && Runs("memory"))
        {
            results.Add(("bytes_per_event", Format(BytesPerEvent(settings.LoadedEvents), 0)));
        }

        var ratios = new List<(string Name, string Value)>();
        if (Runs("json"))
        {
            var (writeRatio, readRatio, readVsScan, validateVsRead) = JsonRatios(settings.Events, settings.Repeats);
            ratios.AddRange(
            [
                ("json_write_ratio", Format(writeRatio, 3)),
                ("json_read_ratio", Format(readRatio, 3)),
                ("json_read_vs_scan", Format(readVsScan, 2)),
                ("validate_vs_read_ratio", Format(validateVsRead, 3)),
                ("validate_indexed_vs_read_ratio", Format(IndexedValidateVsRead, 3)),
            ]);
        }
        if (Runs("scaling"))
        {
            ratios.Add(("validate_scaling", Format(ValidateScaling(settings.Events, settings.Repeats), 3)));
        }
        if (Runs("acled"))
        {
            var (acled, readAhead, readAheadElapsed) = AcledRatios(settings.AcledRows, settings.Repeats);
            ratios.Add(("acled_import_ratio", Format(acled, 3)));
            results.Add(("acled_read_ahead_ratio", Format(readAhead, 3)));
            results.Add(("acled_read_ahead_elapsed", Format(readAheadElapsed, 3)));
        }
        if (settings.HotClaims > 0 && Runs("hot"))
        {
            var (hotVsSpread, hotMs, allocatedMb) = HotSubject(settings.HotClaims, settings.Repeats);
            results.Add(("hot_subject_vs_spread", Format(hotVsSpread, 3)));
            results.Add(("hot_subject_validate_ms", Format(hotMs, 0)));
            results.Add(("hot_subject_allocated_mb", Format(allocatedMb, 1)));
        }
        if (Runs("ucdp"))
        {
            ratios.Add(("ucdp_import_ratio", Format(UcdpRatio(settings.AcledRows, settings.Repeats), 3)));
        }
        if (settings.MergeEvents > 0 && Runs("merge"))
        {
            var merge = MergeMetrics(settings.MergeEvents, settings.Repeats);
            results.Add(("merge_events_per_s", Format(merge.EventsPerSecond, 0)));
            results.Add(("merge_vs_read_ratio", Format(merge.VsRead, 3)));
            results.Add(("merge_peak_mb", Format(merge.PeakMb, 1)));
            results.Add(("merge_result_mb", Format(merge.ResultMb, 1)));
        }

        results.InsertRange(0, ratios);
        foreach (var (name, value) in results)
        {
            Console.Out.WriteLine($"{name}: {value}");
        }
        Log($"done in {total.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>The groups named by <c>--only a,b</c>, or null to run them all.</summary>
    /// <exception cref="ArgumentException">A name is not one of <see cref="Groups"/>.</exception>
    private static HashSet<string>? Only(string[] args)
    {
        int i = Array.IndexOf(args, "--only");
        if (i < 0)
        {
            return null;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in (i + 1 < args.Length ? args[i + 1] : string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Array.IndexOf(Groups, name) < 0)
            {
                throw new ArgumentException($"--only takes a comma-separated list of {string.Join(", ", Groups)}; \"{name}\" is none of them.", nameof(args));
            }
            names.Add(name);
        }
        return names;
    }

    private static Settings Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            int i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        return new Settings(
            Events: Get("--events", 50_000),
            Repeats: Get("--repeats", 5),
            AcledRows: Get("--acled-rows", 20_000),
            StreamEvents: Get("--stream-events", 1_000_000),
            LoadedEvents: Get("--loaded-events", 1_000_000),
            HotClaims: Get("--hot-claims", 50_000),
            MergeEvents: Get("--merge-events", 100_000));
    }

    private static (double Write, double Read, double ReadVsScan, double ValidateVsRead) JsonRatios(int events, int repeats)
    {
        Log($"json: generating {events} events");
        var dossier = SyntheticDossier.Generate(events);
        byte[] utf8 = DossierJson.WriteToUtf8Bytes(dossier, Compact);
        // The plain classes get the same data by reading the library's own document, outside the timings.
        var poco = JsonSerializer.Deserialize(utf8, PocoJsonContext.Default.PocoDossier)!;
        var buffer = new ArrayBufferWriter<byte>(utf8.Length + 1024);
        byte[] pocoUtf8 = JsonSerializer.SerializeToUtf8Bytes(poco, PocoJsonContext.Default.PocoDossier);
        Log($"json: {utf8.Length / 1e6:F1} MB from the library, {pocoUtf8.Length / 1e6:F1} MB from the plain classes");

        var (write, pocoWrite) = SideBySide(repeats,
            () =>
            {
                buffer.ResetWrittenCount();
                DossierJson.Write(dossier, buffer, Compact);
            },
            () =>
            {
                buffer.ResetWrittenCount();
                using var writer = new Utf8JsonWriter(buffer);
                JsonSerializer.Serialize(writer, poco, PocoJsonContext.Default.PocoDossier);
            });
        Log($"json write: {write * 1e3:F0} ms against {pocoWrite * 1e3:F0} ms");

        var (read, pocoRead) = SideBySide(repeats,
            () => GC.KeepAlive(DossierJson.Read(utf8)),
            () => GC.KeepAlive(JsonSerializer.Deserialize(utf8, PocoJsonContext.Default.PocoDossier)));
        Log($"json read: {read * 1e3:F0} ms against {pocoRead * 1e3:F0} ms");

        var (_, scan) = SideBySide(repeats, () => GC.KeepAlive(DossierJson.Read(utf8)), () => Scan(utf8));
        Log($"json scan: {scan * 1e3:F0} ms");

        // Each validation gets a dossier of its own, as one just read: its lookups are built in the timing. Validations
        // alternate with reads, and the ratio takes the reads of this window: what the machine's other work adds to a
        // stretch of time then weighs on both sides alike.
        var read1 = DossierJson.Read(utf8);
        var (validate, readBeside, validateVsRead) = Paired(Math.Max(repeats, 9),
            () => GC.KeepAlive(DossierValidator.Default.Validate(Fresh(read1))),
            () => GC.KeepAlive(DossierJson.Read(utf8)));
        Log($"validate: {validate * 1e3:F0} ms against a read of {readBeside * 1e3:F0} ms (medians; median ratio of each turn {validateVsRead:F3})");

        // Beside it: the same validation of a dossier whose own lookups (entities by id, claims by subject) are built
        // already, as they are once a host has queried it. A read leaves them unbuilt, so the ratio above counts them
        // as validation's cost; this one shows what the rules themselves cost.
        var indexed = DossierJson.Read(utf8);
        GC.KeepAlive(DossierValidator.Default.Validate(indexed));
        var (validateIndexed, readBesideIndexed, indexedVsRead) = Paired(Math.Max(repeats, 9),
            () => GC.KeepAlive(DossierValidator.Default.Validate(indexed)),
            () => GC.KeepAlive(DossierJson.Read(utf8)));
        Log($"validate with the dossier's lookups built: {validateIndexed * 1e3:F0} ms against a read of {readBesideIndexed * 1e3:F0} ms (median ratio {indexedVsRead:F3})");
        IndexedValidateVsRead = indexedVsRead;
        return (write / pocoWrite, read / pocoRead, read / scan, validateVsRead);
    }

    private static double ValidateScaling(int events, int repeats)
    {
        Log($"scaling: generating {events} and {2 * events} events");
        var small = SyntheticDossier.Generate(events);
        var large = SyntheticDossier.Generate(2 * events);
        var (n, twice) = SideBySide(repeats,
            () => GC.KeepAlive(DossierValidator.Default.Validate(Fresh(small))),
            () => GC.KeepAlive(DossierValidator.Default.Validate(Fresh(large))));
        Log($"validate: {n * 1e3:F0} ms at {events}, {twice * 1e3:F0} ms at {2 * events}");
        return twice / n;
    }

    /// <summary>
    /// Merging a dossier of N events with one of N/10 (another seed: the same ids for other names, places and events, a
    /// tenth of whose events fall on the first one's days and towns) against reading both from compact JSON. Returns the
    /// input events merged per second of processor time, the ratio of the merge to the two reads, the peak growth of the
    /// managed heap during a merge over the inputs held (garbage not yet collected included: an upper bound), and the live
    /// memory the result holds once the inputs are gone.
    /// </summary>
    private static (double EventsPerSecond, double VsRead, double PeakMb, double ResultMb) MergeMetrics(int events, int repeats)
    {
        int second = Math.Max(1, events / 10);
        long empty = SettledMemory();
        Log($"merge: generating {events} and {second} events");
        byte[] firstJson = DossierJson.WriteToUtf8Bytes(SyntheticDossier.Generate(events, seed: 1), Compact);
        byte[] secondJson = DossierJson.WriteToUtf8Bytes(SyntheticDossier.Generate(second, seed: 2), Compact);
        var first = DossierJson.Read(firstJson);
        var other = DossierJson.Read(secondJson);
        // The merge is slower than a read by far at this size: fewer repeats and one warm-up keep the budget run quick.
        int mergeRepeats = Math.Max(1, Math.Min(repeats, 3));
        var watch = Stopwatch.StartNew();
        var (merge, read) = SideBySide(mergeRepeats,
            () => GC.KeepAlive(DossierMerger.Default.Merge(Fresh(first), Fresh(other))),
            () =>
            {
                GC.KeepAlive(DossierJson.Read(firstJson));
                GC.KeepAlive(DossierJson.Read(secondJson));
            },
            maxWarmUps: 1);
        Log($"merge: {merge * 1e3:F0} ms against reads of {read * 1e3:F0} ms ({(firstJson.Length + secondJson.Length) / 1e6:F0} MB), {watch.Elapsed.TotalSeconds:F0} s elapsed");

        long baseline = SettledMemory();
        long peak = baseline;
        using var stop = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            do
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
            while (!stop.Wait(5));
        }) { IsBackground = true };
        sampler.Start();
        var result = DossierMerger.Default.Merge(Fresh(first), Fresh(other));
        stop.Set();
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        Log($"merge: {result}");
        first = other = null!;
        firstJson = secondJson = null!;
        long held = SettledMemory();
        GC.KeepAlive(result);
        double resultMb = (held - empty) / (1024.0 * 1024.0);
        double peakMb = (peak - baseline) / (1024.0 * 1024.0);
        Log($"merge: heap peak {peakMb:F0} MB over the inputs, result {resultMb:F0} MB live");
        return ((events + second) / merge, merge / read, peakMb, resultMb);
    }

    /// <summary>
    /// The "hot subject" shape: N figure claims on 10 events (the toll of one strike reported thousands of times, a few
    /// dozen figures repeated, ranges among them) against the same N claims spread over N events, one each. Returns the
    /// ratio of their validation times, the hot one's time, and what its validation allocates.
    /// </summary>
    private static (double Ratio, double HotMs, double AllocatedMb) HotSubject(int claims, int repeats)
    {
        Log($"hot subject: {claims} claims on 10 events and on {claims} events");
        var hot = FigureClaims(claims, 10);
        var spread = FigureClaims(claims, claims);
        var (hotTime, spreadTime) = SideBySide(repeats,
            () => GC.KeepAlive(DossierValidator.Default.Validate(Fresh(hot))),
            () => GC.KeepAlive(DossierValidator.Default.Validate(Fresh(spread))));
        long before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(DossierValidator.Default.Validate(Fresh(hot)));
        double allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024.0);
        Log($"hot subject: {hotTime * 1e3:F0} ms on 10 events against {spreadTime * 1e3:F0} ms spread, {allocated:F0} MB allocated");
        return (hotTime / spreadTime, hotTime * 1e3, allocated);
    }

    /// <summary>A dossier of figure claims of the dead on some events, from 20 sources, with 40 distinct figures.</summary>
    private static Dossier FigureClaims(int claims, int events)
    {
        var b = new DossierBuilder();
        var place = b.AddPlace("town", "Town", PlaceKind.City);
        var day = new NodaTime.LocalDate(2017, 11, 9);
        var sources = new SourceId[20];
        for (int s = 0; s < sources.Length; s++)
        {
            sources[s] = b.AddSource("s" + s.ToString(CultureInfo.InvariantCulture), "Source " + s.ToString(CultureInfo.InvariantCulture), SourceKind.NgoMonitor);
        }
        var random = new Random(17);
        var ids = new EventId[events];
        for (int e = 0; e < events; e++)
        {
            ids[e] = new EventId("e" + e.ToString(CultureInfo.InvariantCulture));
        }
        var eventClaims = new List<ClaimId>[events];
        for (int i = 0; i < claims; i++)
        {
            int value = 20 + random.Next(40);
            FigureValue figure = i % 3 == 0 ? new CountRange(value, value + 10) : new ExactCount(value);
            var id = b.AddClaim("c" + i.ToString(CultureInfo.InvariantCulture), new FigureAssertion(new Figure(FigureKind.Killed, figure), ids[i % events]),
                new Attribution(sources[random.Next(sources.Length)], AttributionMode.Reported));
            (eventClaims[i % events] ??= []).Add(id);
        }
        for (int e = 0; e < events; e++)
        {
            b.Add(new ConflictEvent(ids[e], EventType.Battles, FuzzyDate.OnDay(day), place, claims: eventClaims[e]));
        }
        return b.Build();
    }

    /// <summary>
    /// The import with the default options (on the calling thread) ÷ the parse, and with <c>ReadAhead</c> (rows added on a
    /// second thread while the next are read) ÷ the parse, each timed side by side with it in processor time; and the
    /// elapsed time of the import with <c>ReadAhead</c> ÷ that of the default import, timed in turn. The processor time of
    /// the import with <c>ReadAhead</c> is that of both its threads.
    /// </summary>
    private static (double Default, double ReadAhead, double ReadAheadElapsed) AcledRatios(int rows, int repeats)
    {
        Log($"acled: exporting {rows} events");
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        AcledCsv.Export(SyntheticDossier.Generate(rows), writer);
        string csv = writer.ToString();
        var readAhead = new AcledImportOptions { ReadAhead = true };
        Action import = () =>
        {
            using var reader = new StringReader(csv);
            GC.KeepAlive(AcledCsv.Import(reader));
        };
        Action importReadingAhead = () =>
        {
            using var reader = new StringReader(csv);
            GC.KeepAlive(AcledCsv.Import(reader, readAhead));
        };
        var (oneThread, parse) = SideBySide(repeats, import, () => ParseCsv(csv));
        Log($"acled: import {oneThread * 1e3:F0} ms against a parse into strings of {parse * 1e3:F0} ms ({csv.Length / 1e6:F1} M chars)");
        var (twoThreads, parseAgain) = SideBySide(repeats, importReadingAhead, () => ParseCsv(csv));
        Log($"acled: import reading ahead {twoThreads * 1e3:F0} ms of processor time against a parse of {parseAgain * 1e3:F0} ms");
        var (aheadElapsed, oneElapsed) = ElapsedSideBySide(repeats, importReadingAhead, import);
        Log($"acled: import reading ahead {aheadElapsed * 1e3:F0} ms elapsed against {oneElapsed * 1e3:F0} ms on one thread");
        return (oneThread / parse, twoThreads / parseAgain, aheadElapsed / oneElapsed);
    }

    /// <summary>
    /// As <see cref="SideBySide(int, Action, Action)"/>, in elapsed time rather than processor time: for an action that
    /// runs on more than one thread, to tell how much sooner it ends. The machine's other work weighs on it more.
    /// </summary>
    private static (double A, double B) ElapsedSideBySide(int repeats, Action a, Action b)
    {
        var (timesA, timesB) = Alternating(repeats, a, b, MaxWarmUps, Elapsed);
        return (Median(timesA), Median(timesB));
    }

    private static double Elapsed(Action action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double UcdpRatio(int rows, int repeats)
    {
        Log($"ucdp: writing {rows} GED rows");
        string csv = GedCsv(rows);
        var (import, parse) = SideBySide(repeats,
            () =>
            {
                using var reader = new StringReader(csv);
                GC.KeepAlive(UcdpGedCsv.Import(reader));
            },
            () => ParseCsv(csv));
        Log($"ucdp: import {import * 1e3:F0} ms against a parse into strings of {parse * 1e3:F0} ms ({csv.Length / 1e6:F1} M chars)");
        return import / parse;
    }

    /// <summary>
    /// GED rows in the codebook's 49 columns (there is no GED export to make them from a dossier): 200 dyads, 500 places and
    /// 50 offices relaying 30 original sources, so that names repeat as they do in a real release.
    /// </summary>
    private static string GedCsv(int rows)
    {
        var text = new System.Text.StringBuilder(rows * 600);
        text.Append(string.Join(",", UcdpGedColumns.All)).Append('\n');
        for (int i = 0; i < rows; i++)
        {
            int dyad = i % 200, place = i % 500, office = i % 50, original = i % 30;
            int day = 1 + (i % 28), month = 1 + (i % 12), year = 1989 + (i % 35);
            string date = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            double latitude = -30 + (place * 0.11), longitude = -20 + (place * 0.17);
            text.Append(CultureInfo.InvariantCulture,
                $"{100000 + i},REL-{i},{year},1,Clear,{1 + (i % 3)},{dyad},{dyad},Conflict {dyad},{dyad},{dyad},Dyad {dyad},{dyad},{dyad},Government of Country {dyad % 40},") .Append(CultureInfo.InvariantCulture,
                $"{1000 + dyad},{1000 + dyad},Group {dyad},2,\"Office {office},{date},Headline {i % 97}\",Office {office};Office {(office + 1) % 50},{date};{date},Headline {i % 97};Other headline,Original {original},") .Append(CultureInfo.InvariantCulture,
                $"{1 + (i % 7)},Place {place},Near place {place},Province {place % 60},District {place % 200},{latitude:F4},{longitude:F4},POINT ({longitude:F4} {latitude:F4}),{150000 + place},Country {place % 40},{600 + (place % 40)},Africa,1,1,{date},{date},") .Append(CultureInfo.InvariantCulture,
                $"{i % 5},{i % 7},{i % 3},0,{(i % 5) + (i % 7) + (i % 3)},{(i % 5) + (i % 7) + (i % 3) + 4},{(i % 5) + (i % 7) + (i % 3)},{600 + (dyad % 40)},\n");
        }
        return text.ToString();
    }

    /// <summary>The same entities in a new dossier, whose lookups are not built yet (the lists are shared, not copied).</summary>
    internal static Dossier Fresh(Dossier d) =>
        new(d.Actors, d.Alliances, d.Relations, d.Places, d.Sources, d.Reports, d.Claims, d.Events, d.Extensions);

    private static void ParseCsv(string csv)
    {
        using var reader = new StringReader(csv);
        using var data = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', MaxBufferSize = 1 << 24 });
        var cells = new string[data.FieldCount];
        while (data.Read())
        {
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = data.GetString(i);
            }
        }
        GC.KeepAlive(cells);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Scan(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        long tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        GC.KeepAlive(tokens);
    }

    private static double BytesPerEvent(int events)
    {
        string path = Path.Combine(Path.GetTempPath(), $"conflictmodel-budget-{Environment.ProcessId}.json");
        // Building and loading a million events makes a heap of a few gigabytes that only grows:
        // full collections on the way would find nothing to free, so they are put off (the
        // settled measures below still collect fully). This changes the time the step takes,
        // not the memory measured.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.LowLatency;
        try
        {
            Log($"bytes per event: writing {events} events to {path}");
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, FileBufferBytes))
            {
                DossierJson.Write(SyntheticDossier.Generate(events), file);
            }
            long before = SettledMemory();
            Dossier loaded;
            var watch = Stopwatch.StartNew();
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferBytes, FileOptions.SequentialScan))
            {
                loaded = DossierJson.Read(file);
            }
            Log($"bytes per event: read in {watch.Elapsed.TotalSeconds:F1} s");
            long after = SettledMemory();
            GC.KeepAlive(loaded);
            return (after - before) / (double)loaded.Events.Count;
        }
        finally
        {
            GCSettings.LatencyMode = latency;
            File.Delete(path);
        }
    }

    /// <summary>
    /// The live-memory peaks of streaming validation over N and 2N events, each with its 1 to 3 claims
    /// on the lines before it (NDJSON version 2). One file of 2N events is written and streamed
    /// once: the peak at N is the largest sample taken up to the Nth event, the peak at 2N the
    /// largest of the whole stream, its completion included.
    /// </summary>
    private static async Task<(double At1, double At2)> StreamPeaksAsync(int events)
    {
        string path = Path.Combine(Path.GetTempPath(), $"conflictmodel-budget-{Environment.ProcessId}.ndjson");
        try
        {
            var generator = new SyntheticDossier(2 * events);
            var watch = Stopwatch.StartNew();
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, FileBufferBytes, useAsync: false))
            {
                await DossierNdjson.WriteAsync(generator.BuildHeader(), ToAsync(generator.StreamRecords()), file);
            }
            Log($"ndjson: {2 * events} events with their claims, {new FileInfo(path).Length / 1e6:F0} MB written in {watch.Elapsed.TotalSeconds:F1} s");
            return await StreamPeaksAsync(path, events);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Streams an NDJSON file of 2N events, and the claims before them, through streaming validation
    /// and returns the largest live managed memory seen up to the Nth event and over the whole
    /// stream: a full blocking collection before each sample, so that garbage not collected yet is
    /// not counted. Samples are taken when a window of events is one event short of being checked
    /// (the most the validator holds) every <see cref="SampleWindows"/> windows, at the Nth event,
    /// and once at the end.
    /// </summary>
    private static async Task<(double At1, double At2)> StreamPeaksAsync(string path, int events)
    {
        SettledMemory();
        long peak = 0;
        long peakAtFirst = 0;
        int samples = 0;
        const long sampleEvery = (long)DossierStreamValidator.WindowSize * SampleWindows;
        var watch = Stopwatch.StartNew();
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferBytes, FileOptions.SequentialScan))
        {
            var reader = await DossierNdjson.OpenAsync(file);
            await using (reader.ConfigureAwait(false))
            {
                var validation = DossierValidator.Default.StartStream(reader.Header);
                long count = 0;
                long claims = 0;
                long errors = 0;
                await foreach (var record in reader.ReadRecordsAsync())
                {
                    if (record.Claim is { } claim)
                    {
                        claims++;
                        errors += CountErrors(validation.Add(claim));
                        continue;
                    }
                    if (count % sampleEvery == sampleEvery - 1)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                        samples++;
                    }
                    errors += CountErrors(validation.Add(record.Event!));
                    if (++count == events)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                        samples++;
                        peakAtFirst = peak;
                        Log($"ndjson: {count} events and {claims} claims validated in {watch.Elapsed.TotalSeconds:F1} s, live peak {peak / 1e6:F0} MB over {samples} samples");
                    }
                }
                errors += CountErrors(validation.Complete());
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                samples++;
                Log($"ndjson: {count} events and {claims} claims validated in {watch.Elapsed.TotalSeconds:F1} s, {errors} errors, live peak {peak / 1e6:F0} MB over {samples} samples");
            }
        }
        return (peakAtFirst, peak);
    }

    private static long CountErrors(IReadOnlyList<Diagnostic> diagnostics)
    {
        long errors = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Error)
            {
                errors++;
            }
        }
        return errors;
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>
    /// Runs two measurements in turn, after warming both up, and returns the median seconds of each.
    /// </summary>
    private static (double A, double B) SideBySide(int repeats, Action a, Action b) => SideBySide(repeats, a, b, MaxWarmUps);

    /// <summary>
    /// How many warm-up rounds at most. The runtime first compiles a method quickly, then, once it has been called
    /// often, compiles it again optimised on a background thread; that compilation is processor time of this
    /// process, so a timing taken while it goes on counts it. The warm-up repeats both actions until a round
    /// compiles no method (after a pause that lets the queued compilations run), and only then measures.
    /// </summary>
    private const int MaxWarmUps = 10;

    private static (double A, double B) SideBySide(int repeats, Action a, Action b, int maxWarmUps)
    {
        var (timesA, timesB) = Alternating(repeats, a, b, maxWarmUps);
        return (Median(timesA), Median(timesB));
    }

    /// <summary>
    /// Times two actions in turn, as <see cref="SideBySide(int, Action, Action)"/> does, and gives besides the median
    /// of the ratios of the two times of each turn. The two actions of a turn run within a second of each other, so
    /// what the machine's other work adds to that stretch weighs on both; a ratio of medians taken apart does not
    /// cancel it.
    /// </summary>
    private static (double A, double B, double Ratio) Paired(int repeats, Action a, Action b)
    {
        var (timesA, timesB) = Alternating(repeats, a, b, MaxWarmUps);
        var ratios = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            ratios[i] = timesA[i] / Math.Max(timesB[i], 1e-9);
        }
        return (Median(timesA), Median(timesB), Median(ratios));
    }

    private static (double[] A, double[] B) Alternating(int repeats, Action a, Action b, int maxWarmUps) =>
        Alternating(repeats, a, b, maxWarmUps, Time);

    private static (double[] A, double[] B) Alternating(int repeats, Action a, Action b, int maxWarmUps, Func<Action, double> time)
    {
        int rounds = WarmUp(a, b, maxWarmUps);
        if (rounds > 1)
        {
            Log($"  warmed up in {rounds} rounds");
        }
        var timesA = new double[repeats];
        var timesB = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            SettledMemory();
            timesA[i] = time(a);
            SettledMemory();
            timesB[i] = time(b);
        }
        return (timesA, timesB);
    }

    private static int WarmUp(Action a, Action b, int maxRounds)
    {
        for (int round = 1; ; round++)
        {
            long before = JitInfo.GetCompiledMethodCount(currentThread: false);
            a();
            b();
            if (round >= maxRounds)
            {
                return round;
            }
            // The runtime waits about 100 ms without new first compilations before it optimises the hot methods.
            Thread.Sleep(300);
            if (JitInfo.GetCompiledMethodCount(currentThread: false) == before)
            {
                return round;
            }
        }
    }

    /// <summary>
    /// The processor time the process spends on an action. The machine is shared with other
    /// work, so elapsed time says more about the neighbours than about the code; with the
    /// non-concurrent workstation GC that this program uses, collections run on the measuring
    /// thread and are counted.
    /// </summary>
    internal static double Time(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds;
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        int mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    internal static long SettledMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(true);
    }

    private static string Format(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
