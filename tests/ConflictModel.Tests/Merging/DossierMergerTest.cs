using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Interop;
using ConflictModel.Merging;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Merging;

public partial class DossierMergerTest(ITestOutputHelper output)
{
    private static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Merging", "Data", name);

    private static Dossier AcledNovember() => AcledCsv.Import(File.OpenRead(DataPath("acled-2017-11.csv"))).Dossier;

    private static Dossier GedNovember() => UcdpGedCsv.Import(File.OpenRead(DataPath("ged-2017-11.csv"))).Dossier;

    private static ConflictEvent EventWithReference(Dossier dossier, string scheme, string value) =>
        dossier.Events.Single(e => e.ExternalReferences.Any(r => r.Scheme == scheme && r.Value == value));

    [Fact]
    public void Merge_AcledAndUcdpOfTheSameMonth_MatchesTheSameBattlesWithBothSourcesClaims()
    {
        var acled = AcledNovember();
        var ged = GedNovember();

        var result = DossierMerger.Default.Merge(acled, ged);

        result.Matches.Should().HaveCount(2);
        result.Dossier.Events.Should().HaveCount(4, "three ACLED events, two of them also in GED, and one GED event alone");
        var boukamal = EventWithReference(result.Dossier, ExternalReference.Acled, "SYR9001");
        boukamal.ExternalReferences.Should().Contain(r => r.Scheme == ExternalReference.UcdpGed && r.Value == "900001");
        var sources = boukamal.Claims.Select(c => result.Dossier.Find(c)!.Attribution).ToList();
        sources.Should().HaveCountGreaterThanOrEqualTo(2);
        // Each claim keeps its chain: GED's the SOHR as relayed by Reuters, in Reuters' report, then by UCDP; ACLED's the
        // source of its row as relayed by ACLED.
        Func<SourceId, string> Name = id => result.Dossier.Find(id)!.Names.Primary.Text;
        sources.Should().Contain(a => a.Relays.Count == 2 && Name(a.Relays[0].Source) == "Reuters" && a.Relays[0].Report != null
            && Name(a.Relays[1].Source) == "UCDP");
        sources.Should().Contain(a => a.Relays.Count == 1 && Name(a.Relays[0].Source) == "ACLED");
        boukamal.Figures.Should().ContainSingle(f => f.Kind == FigureKind.Killed, "12 killed in both agree");
    }

    [Fact]
    public void Merge_AcledAndUcdp_TellsWhichDatasetRelayedEachClaim()
    {
        var acled = AcledNovember();
        var ged = GedNovember();

        var result = DossierMerger.Default.Merge(acled, ged);

        var merged = result.Dossier;
        var acledSource = merged.Sources.Single(s => s.Names.Primary.Text == "ACLED").Id;
        var ucdpSource = merged.Sources.Single(s => s.Names.Primary.Text == "UCDP").Id;
        var byAcled = merged.ClaimsRelayedBy(acledSource).Where(c => !result.DerivedClaims.Contains(c.Id)).ToList();
        var byUcdp = merged.ClaimsRelayedBy(ucdpSource).Where(c => !result.DerivedClaims.Contains(c.Id)).ToList();
        byAcled.Should().HaveCount(acled.Claims.Count);
        byUcdp.Should().HaveCount(ged.Claims.Count);
        byAcled.Select(c => c.Id).Should().NotIntersectWith(byUcdp.Select(c => c.Id));
        merged.Claims.Should().AllSatisfy(c => c.Attribution.Relays[^1].Source.Should().BeOneOf(acledSource, ucdpSource));
    }

    [Fact]
    public void Merge_AcledAndUcdpDisagreeOnAToll_ValidatorReportsTheContradiction()
    {
        var result = DossierMerger.Default.Merge(AcledNovember(), GedNovember());

        var rawa = EventWithReference(result.Dossier, ExternalReference.Acled, "IRQ9002");
        rawa.Figures.Should().NotContain(f => f.Kind == FigureKind.Killed, "the toll is disputed: 0 for ACLED, 4 (2 to 6) for GED");
        var figureClaims = result.Dossier.Claims.Where(c => c.Assertion is FigureAssertion f && f.Event == rawa.Id).ToList();
        figureClaims.Should().HaveCount(2);
        figureClaims.Select(c => c.Id).Should().BeSubsetOf(result.DerivedClaims);
        var diagnostics = DossierValidator.Default.Validate(result.Dossier).Diagnostics;
        diagnostics.Should().Contain(d => d.Code == "CM6003" && d.Message.Contains(rawa.Id.Value, StringComparison.Ordinal));
        var boukamal = EventWithReference(result.Dossier, ExternalReference.Acled, "SYR9001");
        diagnostics.Should().NotContain(d => d.Code == "CM6003" && d.Message.Contains("\"" + boukamal.Id.Value + "\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_AcledAndUcdp_ProvenanceNamesEveryInputEntity()
    {
        var acled = AcledNovember();
        var ged = GedNovember();

        var result = DossierMerger.Default.Merge(acled, ged);

        var ged1 = EventWithReference(ged, ExternalReference.UcdpGed, "900001");
        var acled1 = EventWithReference(acled, ExternalReference.Acled, "SYR9001");
        result.MergedId(1, ged1.Id).Should().Be(acled1.Id.Value);
        result.MergedId(0, acled1.Id).Should().Be(acled1.Id.Value, "an entity keeps the id of the first input that brings it");
        int entities(Dossier d) => d.Actors.Count + d.Places.Count + d.Sources.Count + d.Reports.Count + d.Claims.Count + d.Events.Count;
        result.Provenance.Should().HaveCount(entities(acled) + entities(ged));
        foreach (var entry in result.Provenance)
        {
            var exists = entry.EntityKind switch
            {
                "actor" => result.Dossier.Actors.Any(a => a.Id.Value == entry.MergedId),
                "place" => result.Dossier.Places.Any(p => p.Id.Value == entry.MergedId),
                "source" => result.Dossier.Sources.Any(s => s.Id.Value == entry.MergedId),
                "report" => result.Dossier.Reports.Any(r => r.Id.Value == entry.MergedId),
                "claim" => result.Dossier.Claims.Any(c => c.Id.Value == entry.MergedId),
                "event" => result.Dossier.Events.Any(e => e.Id.Value == entry.MergedId),
                _ => false,
            };
            exists.Should().BeTrue(entry.ToString());
        }
    }

    [Fact]
    public void Merge_RunTwice_GivesTheSameIds()
    {
        var first = DossierMerger.Default.Merge(AcledNovember(), GedNovember());
        var second = DossierMerger.Default.Merge(AcledNovember(), GedNovember());

        second.Should().Be(first);
        second.Dossier.Events.Select(e => e.Id).Should().Equal(first.Dossier.Events.Select(e => e.Id));
    }

    private static Place Village(string id, string name, double lat, double lon) =>
        new(new PlaceId(id), new NameSet(name), PlaceKind.Village, location: new GeoPoint(lat, lon), precision: SpatialPrecision.Exact);

    [Fact]
    public void Merge_NearMissVillages_KeepsThemApartAndReportsTheAmbiguity()
    {
        var a = new Dossier(places: [Village("tell-abyad-a", "Tell Abyad", 36.6975, 38.9567)]);
        var b = new Dossier(places: [Village("tal-abiad-b", "Tal Abiad", 36.9, 38.6)]);

        var result = DossierMerger.Default.Merge(a, b);

        result.Dossier.Places.Should().HaveCount(2);
        result.Ambiguities.Should().ContainSingle().Which.Candidates.Should().Equal("tell-abyad-a");
        result.Ambiguities[0].InputId.Should().Be("tal-abiad-b");
        result.MergedId(1, new PlaceId("tal-abiad-b")).Should().Be("tal-abiad-b");
    }

    [Fact]
    public void Merge_SameAsOverride_MergesTheAmbiguousPair()
    {
        var a = new Dossier(places: [Village("tell-abyad-a", "Tell Abyad", 36.6975, 38.9567)]);
        var b = new Dossier(places: [Village("tal-abiad-b", "Tal Abiad", 36.9, 38.6)]);
        var options = new DossierMergeOptions
        {
            Resolver = EntityResolverOptions.Default with { Overrides = ResolutionOverrides.None.Same(new PlaceId("tal-abiad-b"), new PlaceId("tell-abyad-a")) },
        };

        var result = new DossierMerger(options).Merge(a, b);

        result.Dossier.Places.Should().ContainSingle().Which.Id.Value.Should().Be("tell-abyad-a");
        result.Ambiguities.Should().BeEmpty();
    }

    [Fact]
    public void Merge_NeverOverride_KeepsAClearPairApart()
    {
        var a = new Dossier(places: [Village("boukamal", "Boukamal", 34.4506, 40.9189)]);
        var b = new Dossier(places: [Village("al-bukamal", "Al-Bukamal", 34.4516, 40.9175)]);
        var options = new DossierMergeOptions
        {
            Resolver = EntityResolverOptions.Default with { Overrides = ResolutionOverrides.None.Never(new PlaceId("al-bukamal"), new PlaceId("boukamal")) },
        };

        DossierMerger.Default.Merge(a, b).Dossier.Places.Should().ContainSingle();
        new DossierMerger(options).Merge(a, b).Dossier.Places.Should().HaveCount(2);
    }

    [Fact]
    public void Merge_DifferentEntitiesWithOneId_RenamesTheLaterOne()
    {
        var a = new Dossier(places: [Village("p1", "Boukamal", 34.4506, 40.9189)]);
        var b = new Dossier(places: [Village("p1", "Kirkuk", 35.4681, 44.3922)]);

        var result = DossierMerger.Default.Merge(a, b);

        result.Dossier.Places.Select(p => p.Id.Value).Should().Equal("p1", "p1:2");
        result.MergedId(1, new PlaceId("p1")).Should().Be("p1:2");
    }

    // A world of events far apart, each told by the inputs that include it, under ids of their own.
    private static readonly string[] Names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"];

    private static Dossier Tell(string prefix, IEnumerable<int> which, int killedShift)
    {
        var builder = new DossierBuilder();
        builder.Add(new Source(new SourceId(prefix + "-source"), new NameSet(prefix.ToUpperInvariant() + " monitor"), SourceKind.NewsOutlet));
        foreach (int i in which)
        {
            var place = new PlaceId($"{prefix}-place-{i}");
            builder.Add(new Place(place, new NameSet(Names[i]), PlaceKind.Town, location: new GeoPoint(30 + (i * 2.5), 36 + ((i % 2) * 4)),
                precision: SpatialPrecision.Exact));
            var claim = new ClaimId($"{prefix}-claim-{i}");
            var id = new EventId($"{prefix}-event-{i}");
            builder.Add(new Claim(claim, new EventAssertion(id), new Attribution(new SourceId(prefix + "-source"), AttributionMode.Reported)));
            builder.Add(new ConflictEvent(id, EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 1 + (i * 3))), place,
                figures: [new Figure(FigureKind.Killed, new ExactCount(i + killedShift))], claims: [claim]));
        }
        return builder.Build();
    }

    private static readonly Gen<(int[] A, int[] B, int Shift)> Worlds =
        from a in Gen.SubListOf(Enumerable.Range(0, Names.Length))
        from b in Gen.SubListOf(Enumerable.Range(0, Names.Length))
        from shift in Gen.Elements(0, 0, 5)
        select (a.ToArray(), b.ToArray(), shift);

    /// <summary>The input events each merged event holds, as (input, world index) pairs, whatever the merged ids.</summary>
    private static HashSet<string> Groups(DossierMergeResult result, int inputA, int inputB) =>
        result.Provenance.Where(p => p.EntityKind == "event")
            .GroupBy(p => p.MergedId)
            .Select(g => string.Join("+", g.Select(p => (p.Input == inputA ? "A" : "B") + p.InputId[(p.InputId.LastIndexOf('-') + 1)..]).Order(StringComparer.Ordinal)))
            .ToHashSet();

    [Fact]
    public void Merge_InEitherOrder_GroupsTheSameEventsAndLosesNoClaim()
    {
        Generated.ForAll(Worlds, world =>
        {
            var a = Tell("a", world.A, 0);
            var b = Tell("b", world.B, world.Shift);

            var ab = DossierMerger.Default.Merge(a, b);
            var ba = DossierMerger.Default.Merge(b, a);

            Groups(ab, 0, 1).Should().BeEquivalentTo(Groups(ba, 1, 0));
            ab.Dossier.Events.Should().HaveCount(world.A.Union(world.B).Count());
            ab.Dossier.Claims.Count.Should().Be(a.Claims.Count + b.Claims.Count + ab.DerivedClaims.Count);
            ba.Dossier.Claims.Count.Should().Be(ab.Dossier.Claims.Count);
            foreach (var (input, dossier) in new[] { (0, a), (1, b) })
            {
                foreach (var claim in dossier.Claims)
                {
                    var merged = ab.Dossier.Find(new ClaimId(ab.MergedId(input, claim.Id)!));
                    merged.Should().NotBeNull();
                    ab.Dossier.Find(merged!.Source)!.Names.Should().Be(dossier.Find(claim.Source)!.Names);
                }
            }
        });
    }

    [Fact]
    public void Merge_DisagreeingTolls_EachBecomesAClaimOfItsSource()
    {
        var a = Tell("a", [2], 0);
        var b = Tell("b", [2], 5);

        var result = DossierMerger.Default.Merge(a, b);

        var merged = result.Dossier.Events.Should().ContainSingle().Subject;
        merged.Figures.Should().BeEmpty();
        var figures = result.Dossier.Claims.Where(c => c.Assertion is FigureAssertion).ToList();
        figures.Select(c => (c.Source.Value, ((FigureAssertion)c.Assertion).Figure.Value.ToString()))
            .Should().BeEquivalentTo([("a-source", new ExactCount(2).ToString()), ("b-source", new ExactCount(7).ToString())]);
        merged.Claims.Should().Contain(figures.Select(c => c.Id));
    }

    [Fact]
    public void Merge_WorldWithItself_GivesItBack()
    {
        Generated.ForAll(Worlds, world =>
        {
            var a = Tell("a", world.A, world.Shift);

            var result = DossierMerger.Default.Merge(a, a);

            result.Dossier.Should().Be(a);
            result.DerivedClaims.Should().BeEmpty();
        });
    }

    private static bool HasRepeatedIds(Dossier d) =>
        new[]
        {
            d.Actors.Select(x => x.Id.Value), d.Alliances.Select(x => x.Id.Value), d.Relations.Select(x => x.Id.Value),
            d.Places.Select(x => x.Id.Value), d.Sources.Select(x => x.Id.Value), d.Reports.Select(x => x.Id.Value),
            d.Claims.Select(x => x.Id.Value), d.Events.Select(x => x.Id.Value),
        }.Any(ids => ids.Count() != ids.Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Merge_GeneratedDossierWithItself_GivesItBack()
    {
        // A dossier that repeats an id gets the repeated one renamed, so it comes back equal up to ids only: left out here.
        var unique = DossierGen.Dossier(hostAssertions: false).Where(d => !HasRepeatedIds(d));
        Generated.ForAll(unique.Select(d => new DossierSample(d)), sample =>
        {
            var result = DossierMerger.Default.Merge(sample.Dossier, sample.Dossier);

            new DossierSample(result.Dossier).ToString().Should().Be(sample.ToString());
            result.Dossier.Should().Be(sample.Dossier);
            result.Ambiguities.Should().BeEmpty();
        }, maxTest: 50);
    }
}
