using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Validation;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// The references validation resolves once (<see cref="ResolvedClaims"/>) are those the dossier's
/// own lookups give, whatever the order of the entities and however often an id repeats.
/// </summary>
public class ResolvedClaimsTest
{
    [Fact]
    public void Resolve_GeneratedDossier_Property_AgreesWithTheDossiersLookups()
    {
        // Generated dossiers repeat ids, name ids they lack and carry host assertions; reversing
        // the claims and events takes away the order that makes most references find their entity next.
        var dossiers = DossierGen.Dossier(hostAssertions: true)
            .SelectMany(d => Gen.Elements(d, Reversed(d)))
            .Select(d => new DossierSample(d));

        Generated.ForAll(dossiers, sample => AgreesWithLookups(sample.Dossier), maxTest: 200);
    }

    [Fact]
    public void Resolve_GeneratedDossier_Property_GroupsClaimsBySubjectAsTheDossierDoes()
    {
        Generated.ForAll(DossierGen.Dossier(hostAssertions: true).Select(d => new DossierSample(d)), sample =>
        {
            var grouped = Copy(sample.Dossier);
            var own = Copy(sample.Dossier);

            _ = new ResolvedClaims(grouped);

            for (int i = 0; i < grouped.Claims.Count; i++)
            {
                var (positions, head) = grouped.SubjectAt(i);
                var (expected, expectedHead) = own.SubjectAt(i);
                head.Should().Be(expectedHead);
                Positions(positions).Should().Equal(Positions(expected));
            }
            grouped.SubjectSides().Select(s => s.Sides.Count).Should().Equal(own.SubjectSides().Select(s => s.Sides.Count));
        }, maxTest: 200);
    }

    [Fact]
    public void Resolve_RepeatedIdsOutOfOrder_FindsTheFirstEntityOfEachId()
    {
        var r1 = new ReportId("r1");
        var e1 = new EventId("e1");
        var s = new SourceId("s");
        var day = new NodaTime.LocalDate(2017, 11, 8);
        var published = new NodaTime.LocalDateTime(2017, 11, 9, 12, 0).InUtc();
        var b = new DossierBuilder();
        b.AddSource(s.Value, "Agency", SourceKind.NewsAgency, Reliability.B);
        b.Add(new Report(r1, s, published, LanguageTag.French, "first"));
        b.Add(new Report(r1, s, published, LanguageTag.French, "second"));
        b.Add(new Claim(new ClaimId("c2"), new EventAssertion(e1), new Attribution(s, AttributionMode.Stated), r1));
        b.Add(new Claim(new ClaimId("c1"), new EventAssertion(e1), new Attribution(s, AttributionMode.Stated), r1));
        b.Add(new Claim(new ClaimId("c1"), new EventAssertion(new EventId("e2")), new Attribution(s, AttributionMode.Stated)));
        b.Add(new ConflictEvent(new EventId("e2"), EventType.Battles, FuzzyDate.OnDay(day), claims: [new ClaimId("c1")]));
        b.Add(new ConflictEvent(e1, EventType.Battles, FuzzyDate.OnDay(day), claims: [new ClaimId("c1"), new ClaimId("c2"), new ClaimId("gone")]));
        b.Add(new ConflictEvent(e1, EventType.Battles, FuzzyDate.OnDay(day.PlusDays(1))));
        var dossier = b.Build();

        var resolved = new ResolvedClaims(dossier);

        resolved.ReportOf(0).Should().BeSameAs(dossier.Reports[0]);
        resolved.EventOf(0).Should().Be(1, "e1 is first declared at position 1");
        resolved.EventOf(2).Should().Be(0);
        resolved.Listed(0).ToArray().Should().Equal(1);
        resolved.Listed(1).ToArray().Should().Equal(1, 0, -1);
        resolved.Referring(1).ToArray().Should().Equal(0, 1);
        resolved.Referring(2).ToArray().Should().Equal([0, 1], "the second event with the id e1 gets the claims that refer to e1");
        AgreesWithLookups(dossier);
    }

    [Fact]
    public void Resolve_FiguresListedAlready_GathersNone()
    {
        var dossier = ConflictModel.Testing.SyntheticDossier.Generate(50);

        new ResolvedClaims(dossier, gatherFigures: false).TakeFigureSites().Should().BeNull();
        new ResolvedClaims(dossier).TakeFigureSites().Should().NotBeEmpty();
    }

    private static Dossier Copy(Dossier d) => new(d.Actors, d.Alliances, d.Relations, d.Places, d.Sources, d.Reports, d.Claims, d.Events, d.Extensions);

    private static List<int> Positions(ClaimPositions positions)
    {
        var list = new List<int>();
        foreach (int p in positions)
        {
            list.Add(p);
        }
        return list;
    }

    private static Dossier Reversed(Dossier d) =>
        new(d.Actors, d.Alliances, d.Relations, d.Places, d.Sources, d.Reports, d.Claims.Reverse().ToList(), d.Events.Reverse().ToList(), d.Extensions);

    private static void AgreesWithLookups(Dossier dossier)
    {
        var resolved = new ResolvedClaims(dossier);
        for (int i = 0; i < dossier.Claims.Count; i++)
        {
            var claim = dossier.Claims[i];
            resolved.ReportOf(i).Should().BeSameAs(claim.Report is { } report ? dossier.Find(report) : null);
            int expected = ConflictModel.AssertionEvent.TryBuiltIn(claim.Assertion, out var named) && named is { } id && dossier.Find(id) is { } ev
                ? IndexOf(dossier.Events, ev)
                : -1;
            resolved.EventOf(i).Should().Be(expected, "claim {0} names {1}", i, claim.Assertion);
        }
        for (int e = 0; e < dossier.Events.Count; e++)
        {
            var ev = dossier.Events[e];
            var listed = resolved.Listed(e).ToArray();
            listed.Should().Equal(ev.Claims.Select(c => dossier.Find(c) is { } found ? IndexOf(dossier.Claims, found) : -1));
            if (ReferenceEquals(dossier.Find(ev.Id), ev))
            {
                // For the first event with an id, the listed and the referring claims are those the dossier's query gives.
                var about = dossier.ClaimsAbout(ev.Id).Select(c => IndexOf(dossier.Claims, c)).ToHashSet();
                listed.Where(p => p >= 0).Concat(resolved.Referring(e).ToArray()).ToHashSet().Should().BeEquivalentTo(about);
            }
            resolved.Referring(e).ToArray().Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        }

        // The figures gathered on the way are every figure, in the order the rules expect, and are given once.
        resolved.TakeFigureSites().Should().Equal(ConflictModel.Validation.Rules.FigureSite.All(dossier));
        resolved.TakeFigureSites().Should().BeNull();
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, T item)
        where T : class
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }
        return -1;
    }
}
