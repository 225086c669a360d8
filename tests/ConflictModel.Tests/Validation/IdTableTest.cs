using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Validation;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// The table of declared ids answers from the dossier's own lookups when every id is distinct,
/// and gives the same answers as a count of every declaration would.
/// </summary>
public class IdTableTest
{
    [Fact]
    public void IdTable_GeneratedDossier_Property_AgreesWithEveryDeclaration()
    {
        Generated.ForAll(DossierGen.Dossier(hostAssertions: false).Select(d => new DossierSample(d)), sample =>
        {
            var dossier = sample.Dossier;
            var declared = Declarations(dossier);
            var table = new IdTable(dossier);

            dossier.IdsAreDistinct().Should().Be(declared.Select(d => d.Id).Distinct().Count() == declared.Count);
            table.Ids.Should().Equal(declared.Select(d => d.Id).Distinct());
            table.Repeated.Select(r => r.Key).Should().BeEquivalentTo(declared.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key));
            foreach (var group in declared.GroupBy(d => d.Id))
            {
                table.All(group.Key).Should().Equal(group.Select(d => d.At));
                table.First(group.Key).Should().Be(group.First().At);
            }
            table.All("no-such-id-anywhere").Should().BeEmpty();
        }, maxTest: 200);
    }

    [Fact]
    public void IdsAreDistinct_IdSharedByAnActorAndAnEvent_IsFalse()
    {
        var b = new DossierBuilder();
        b.AddActor("x", "Army", ActorKind.StateForces);
        b.Add(new ConflictEvent(new EventId("e"), EventType.Battles, FuzzyDate.InYear(2017)));
        var distinct = b.Build();
        b.Add(new ConflictEvent(new EventId("x"), EventType.Battles, FuzzyDate.InYear(2017)));
        var shared = b.Build();

        distinct.IdsAreDistinct().Should().BeTrue();
        shared.IdsAreDistinct().Should().BeFalse();
        new IdTable(shared).Repeated.Should().ContainSingle().Which.Value.Select(o => o.Kind).Should().Equal("actor", "event");
    }

    private static List<(string Id, IdOccurrence At)> Declarations(Dossier d)
    {
        var all = new List<(string, IdOccurrence)>();
        void Add<T>(IReadOnlyList<T> items, string kind, string collection, Func<T, string> id)
        {
            for (int i = 0; i < items.Count; i++)
            {
                all.Add((id(items[i]), new IdOccurrence(kind, collection, i)));
            }
        }
        Add(d.Actors, "actor", DossierPaths.Actors, e => e.Id.Value);
        Add(d.Alliances, "alliance", DossierPaths.Alliances, e => e.Id.Value);
        Add(d.Relations, "relation", DossierPaths.Relations, e => e.Id.Value);
        Add(d.Places, "place", DossierPaths.Places, e => e.Id.Value);
        Add(d.Sources, "source", DossierPaths.Sources, e => e.Id.Value);
        Add(d.Reports, "report", DossierPaths.Reports, e => e.Id.Value);
        Add(d.Claims, "claim", DossierPaths.Claims, e => e.Id.Value);
        Add(d.Events, "event", DossierPaths.Events, e => e.Id.Value);
        return all;
    }
}
