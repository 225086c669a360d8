using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictModel.Merging;
using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Tests.Serialization.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Merging;

public partial class DossierMergerTest
{
    private static byte[] Ndjson(Dossier dossier)
    {
        using var stream = new MemoryStream();
        DossierNdjson.WriteAsync(dossier, stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static Dossier ReadWhole(byte[] ndjson) => DossierNdjson.ReadAsync(new MemoryStream(ndjson)).GetAwaiter().GetResult();

    /// <summary>
    /// Merges the inputs read whole, then again with the inputs marked streamed given as NDJSON read in parts of
    /// <paramref name="part"/> events, and returns both results.
    /// </summary>
    private static (DossierMergeResult Whole, DossierMergeResult Streamed, int Opened) MergeBothWays(IReadOnlyList<byte[]> inputs, bool[] streamed, int part)
    {
        var whole = DossierMerger.Default.Merge(inputs.Select(ReadWhole));
        int opened = 0;
        var merger = new DossierMerger(new DossierMergeOptions { EventsPerPart = part });
        var given = inputs.Select((bytes, i) => streamed[i]
            ? DossierMergeInput.FromNdjson(() =>
            {
                opened++;
                return new MemoryStream(bytes, writable: false);
            }, "input " + i)
            : DossierMergeInput.FromDossier(ReadWhole(bytes))).ToList();
        var result = merger.MergeAsync(given).GetAwaiter().GetResult();
        return (whole, result, opened);
    }

    private static void ShouldBeTheSame(DossierMergeResult streamed, DossierMergeResult whole)
    {
        streamed.Dossier.Should().Be(whole.Dossier);
        streamed.Steps.Should().Equal(whole.Steps);
        streamed.Ambiguities.Should().Equal(whole.Ambiguities);
        streamed.Provenance.Should().Equal(whole.Provenance);
        streamed.DerivedClaims.Should().Equal(whole.DerivedClaims);
        streamed.Should().Be(whole);
    }

    private static readonly Gen<(bool[] Streamed, int Part)> Streamings =
        from streamed in Gen.ArrayOf(Gen.Elements(true, false), 3)
        from part in Gen.Elements(1, 2, 3, 5, 4096)
        select (streamed, part);

    [Fact]
    public void MergeAsync_WorldsToldThreeTimes_GivesWhatTheInputsReadWholeGive()
    {
        var worlds = from world in Worlds from c in Gen.SubListOf(Enumerable.Range(0, Names.Length)) from how in Streamings select (world, c, how);
        Generated.ForAll(worlds, x =>
        {
            byte[][] inputs = [Ndjson(Tell("a", x.world.A, 0)), Ndjson(Tell("b", x.world.B, x.world.Shift)), Ndjson(Tell("c", x.c, 2))];

            var (whole, streamed, _) = MergeBothWays(inputs, x.how.Streamed, x.how.Part);

            ShouldBeTheSame(streamed, whole);
        });
    }

    [Fact]
    public void MergeAsync_GeneratedDossiers_GiveWhatTheInputsReadWholeGive()
    {
        // Generated dossiers repeat ids, cite what they do not define, and carry figures, parts and relations: every path of the merge.
        var pairs = from a in DossierGen.Dossier(hostAssertions: false)
                    from b in DossierGen.Dossier(hostAssertions: false)
                    from how in Streamings
                    select (A: new DossierSample(a), B: new DossierSample(b), how);
        Generated.ForAll(pairs, x =>
        {
            byte[][] inputs = [Ndjson(x.A.Dossier), Ndjson(x.B.Dossier), Ndjson(x.A.Dossier)];

            var (whole, streamed, _) = MergeBothWays(inputs, x.how.Streamed, x.how.Part);

            ShouldBeTheSame(streamed, whole);
        }, maxTest: 60);
    }

    /// <summary>
    /// Two inputs of many events a few kilometres and at most a day apart in a small area, the second re-reporting most of
    /// the first's: each event has several candidates, and which one it matches depends on the others.
    /// </summary>
    private static (Dossier First, Dossier Second) Crowded(int seed, int events)
    {
        var random = new Random(seed);
        var start = new LocalDate(2017, 11, 1);
        Dossier Build(string prefix, IEnumerable<(int Index, double Lat, double Lon, LocalDate Day, int Killed)> rows)
        {
            var builder = new DossierBuilder();
            var source = new SourceId(prefix + "-source");
            builder.Add(new Source(source, new NameSet(prefix.ToUpperInvariant() + " monitor"), SourceKind.NgoMonitor));
            foreach (var (i, lat, lon, day, killed) in rows)
            {
                var place = new PlaceId($"{prefix}-place-{i}");
                builder.Add(new Place(place, new NameSet($"Place {prefix} {i}"), PlaceKind.Village, location: new GeoPoint(lat, lon), precision: SpatialPrecision.Exact));
                var claim = new ClaimId($"{prefix}-claim-{i}");
                var id = new EventId($"{prefix}-event-{i}");
                builder.Add(new Claim(claim, new EventAssertion(id), new Attribution(source, AttributionMode.Reported)));
                builder.Add(new ConflictEvent(id, EventType.Battles, FuzzyDate.OnDay(day), place,
                    figures: [new Figure(FigureKind.Killed, new ExactCount(killed))], claims: [claim]));
            }
            return builder.Build();
        }
        var first = Enumerable.Range(0, events)
            .Select(i => (Index: i, Lat: 34 + (random.NextDouble() * 0.2), Lon: 40 + (random.NextDouble() * 0.2), Day: start.PlusDays(random.Next(3)), Killed: random.Next(4)))
            .ToList();
        var second = first.Where(_ => random.Next(10) < 8)
            .Select(e => (e.Index, e.Lat + ((random.NextDouble() - 0.5) * 0.05), e.Lon + ((random.NextDouble() - 0.5) * 0.05),
                random.Next(4) == 0 ? e.Day.PlusDays(1) : e.Day, e.Killed + random.Next(2)))
            .OrderBy(_ => random.Next())
            .ToList();
        return (Build("a", first), Build("b", second));
    }

    [Fact]
    public void MergeAsync_CrowdedInputsInSmallParts_ChoosesTheMatchesOverTheWholeInput()
    {
        var cases = from seed in Gen.Choose(1, 1_000_000) from events in Gen.Choose(10, 60) from part in Gen.Elements(1, 2, 7) select (seed, events, part);
        Generated.ForAll(cases, x =>
        {
            var (first, second) = Crowded(x.seed, x.events);
            byte[][] inputs = [Ndjson(first), Ndjson(second)];

            var (whole, streamed, _) = MergeBothWays(inputs, [false, true], x.part);

            ShouldBeTheSame(streamed, whole);
        }, maxTest: 40);
    }

    [Fact]
    public async Task MergeAsync_ABetterMatchInALaterPart_TakesTheMergedEventFromAnEarlierPart()
    {
        var day = FuzzyDate.OnDay(new LocalDate(2017, 11, 9));
        var town = new Place(new PlaceId("town"), new NameSet("Hajin"), PlaceKind.Town, location: new GeoPoint(34.70, 40.83), precision: SpatialPrecision.Exact);
        var first = new Dossier(places: [town], events: [new ConflictEvent(new EventId("a-1"), EventType.Battles, day, town.Id)]);
        // Both of the second input's events may be the first's: the one 4 km away comes first, the one in the town itself later.
        var near = new Place(new PlaceId("near"), new NameSet("Outskirts"), PlaceKind.Village, location: new GeoPoint(34.736, 40.83), precision: SpatialPrecision.Exact);
        var second = new Dossier(places: [near, town],
            events: [new ConflictEvent(new EventId("b-near"), EventType.Battles, day, near.Id), new ConflictEvent(new EventId("b-town"), EventType.Battles, day, town.Id)]);
        var bytes = Ndjson(second);

        var result = await new DossierMerger(new DossierMergeOptions { EventsPerPart = 1 })
            .MergeAsync([first, DossierMergeInput.FromNdjson(() => new MemoryStream(bytes))], cancellationToken: TestContext.Current.CancellationToken);

        result.Matches.Select(m => (m.Left.Value, m.Right.Value)).Should().Equal([("a-1", "b-town")]);
        result.Dossier.Events.Select(e => e.Id.Value).Should().Equal("a-1", "b-near");
        result.Should().Be(DossierMerger.Default.Merge(first, ReadWhole(bytes)));
    }

    [Fact]
    public async Task MergeAsync_AnEventListingAClaimGivenAfterIt_IsAddedAsWhenReadWhole()
    {
        var earlier = Tell("a", [1, 2], 0);
        // The later input's claims have the ids of the earlier's, with another source: they are renamed, and so must be
        // the events' references to them.
        var told = Tell("b", [1, 2, 3], 0);
        ClaimId Renamed(ClaimId id) => new(id.Value.Replace("b-", "a-", StringComparison.Ordinal));
        var later = new Dossier(told.Actors, told.Alliances, told.Relations, told.Places, told.Sources, told.Reports,
            told.Claims.Select(c => new Claim(Renamed(c.Id), c.Assertion, c.Attribution)),
            told.Events.Select(e => new ConflictEvent(e.Id, e.Type, e.Date, e.Place, figures: e.Figures, claims: e.Claims.Select(Renamed))));
        // The claims after the events that list them, which this library's writer never does.
        using var stream = new MemoryStream();
        var header = new Dossier(later.Actors, later.Alliances, later.Relations, later.Places, later.Sources, later.Reports);
        var records = later.Events.Select(e => new NdjsonRecord(e)).Concat(later.Claims.Select(c => new NdjsonRecord(c)));
        await DossierNdjson.WriteAsync(header, records.ToAsyncEnumerable(), stream, cancellationToken: TestContext.Current.CancellationToken);
        var bytes = stream.ToArray();

        var (whole, streamed, opened) = MergeBothWays([Ndjson(earlier), bytes], [false, true], 1);

        ShouldBeTheSame(streamed, whole);
        opened.Should().Be(3, "the countries, the matches, then the claims and events: one pass each");
        streamed.Dossier.Events.Where(e => e.Id.Value.StartsWith("b-", StringComparison.Ordinal)).SelectMany(e => e.Claims)
            .Should().OnlyContain(c => streamed.Dossier.Find(c)!.Source.Value == "b-source");
    }

    [Fact]
    public void MergeAsync_SyntheticDossiersOfSeveralHundredEvents_GiveWhatTheInputsReadWholeGive()
    {
        // The same seed gives the same shared entities and a common run of events: exact records, matches and new events at once.
        var small = SyntheticDossier.Generate(150, seed: 4);
        var large = SyntheticDossier.Generate(700, seed: 4);
        byte[][] inputs = [Ndjson(small), Ndjson(large), Ndjson(SyntheticDossier.Generate(300, seed: 9))];

        var (whole, streamed, _) = MergeBothWays(inputs, [true, true, true], 64);

        ShouldBeTheSame(streamed, whole);
        whole.Matches.Should().NotBeEmpty();
    }

    [Fact]
    public async Task MergeAsync_ProgressOfAStreamedInput_ReportsEachStageStartAndEnd()
    {
        var bytes = Ndjson(Tell("b", [0, 1, 2, 3, 4], 0));
        var reports = new List<DossierMergeProgress>();

        await new DossierMerger(new DossierMergeOptions { EventsPerPart = 2 }).MergeAsync(
            [Tell("a", [1, 2], 0), DossierMergeInput.FromNdjson(() => new MemoryStream(bytes))], new SynchronousProgress(reports.Add),
            TestContext.Current.CancellationToken);

        var second = reports.Where(r => r.Input == 1).ToList();
        second.Select(r => r.Stage).Distinct().Should().Equal(
            DossierMergeStage.ResolvingActors, DossierMergeStage.ResolvingPlaces, DossierMergeStage.MatchingEvents, DossierMergeStage.Adding);
        second.Where(r => r.Stage == DossierMergeStage.MatchingEvents).Select(r => (r.Done, r.Total))
            .Should().Equal((0, 5), (2, 5), (4, 5), (5, 5), (5, 5));
        second.Last().Should().Match<DossierMergeProgress>(r => r.Stage == DossierMergeStage.Adding && r.Done == r.Total);
    }

    [Fact]
    public void MergerOptions_EventsPerPartOutOfRange_Throws()
    {
        var act = () => new DossierMerger(new DossierMergeOptions { EventsPerPart = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*EventsPerPart*");
    }

    [Fact]
    public async Task MergeAsync_AnNdjsonInputThatIsNoDossier_ThrowsTheReadersError()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"format\":\"conflictmodel-ndjson\",\"version\":2}\n{\"id\":1}\n");

        var act = () => DossierMerger.Default.MergeAsync([Tell("a", [1], 0), DossierMergeInput.FromNdjson(() => new MemoryStream(bytes))],
            cancellationToken: TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<DossierFormatException>();
    }

    [Fact]
    public async Task MergeAsync_AStreamThatChangesBetweenReadings_ThrowsInsteadOfMergingWhatItWasNot()
    {
        var before = Ndjson(Tell("b", [0, 1, 2], 0));
        var after = Ndjson(Tell("b", [0, 1, 2, 3], 0));
        int opened = 0;

        var act = () => DossierMerger.Default.MergeAsync(
            [Tell("a", [1], 0), DossierMergeInput.FromNdjson(() => new MemoryStream(++opened < 3 ? before : after), "b.ndjson")],
            cancellationToken: TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<IOException>()).WithMessage("b.ndjson gave other events when read again*");
    }

    private sealed class SynchronousProgress(Action<DossierMergeProgress> report) : IProgress<DossierMergeProgress>
    {
        public void Report(DossierMergeProgress value) => report(value);
    }
}
