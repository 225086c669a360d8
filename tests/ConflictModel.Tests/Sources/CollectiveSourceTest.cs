using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Sources;

/// <summary>
/// Sources as real reports give them: "multiple rebel sources", "local residents", "a second
/// military source", a fighter who is a member of a group without speaking for it.
/// </summary>
public class CollectiveSourceTest
{
    private static readonly ActorId MalianArmy = new("malian-army");
    private static readonly PlaceId Dioura = new("dioura");

    [Fact]
    public void Constructor_RoleMemberOfPlaceCount_AreKept()
    {
        var residents = new Source(new SourceId("dioura-residents"), new NameSet("local residents", LanguageTag.English),
            SourceKind.Anonymous, role: SourceRole.Resident, place: Dioura, count: SourceCount.Several);
        var soldier = new Source(new SourceId("military-source"), new NameSet("a military source", LanguageTag.English),
            SourceKind.Anonymous, isPartyToConflict: true, role: SourceRole.Official, memberOf: MalianArmy);

        residents.Role.Should().Be(SourceRole.Resident);
        residents.Place.Should().Be(Dioura);
        residents.Count.Should().Be(SourceCount.Several);
        residents.MemberOf.Should().BeNull();
        soldier.MemberOf.Should().Be(MalianArmy);
        soldier.SpeaksFor.Should().BeNull("a member who is not its spokesperson does not speak for the army");
        soldier.Count.Should().BeNull();
    }

    [Fact]
    public void SourceCount_OfAndSeveral()
    {
        SourceCount.Of(2).Number.Should().Be(2);
        SourceCount.Of(2).IsUnstated.Should().BeFalse();
        SourceCount.Of(2).ToString().Should().Be("2");
        SourceCount.Several.Number.Should().BeNull();
        SourceCount.Several.IsUnstated.Should().BeTrue();
        SourceCount.Several.ToString().Should().Be("several");
        SourceCount.Of(3).Should().NotBe(SourceCount.Several);
        FluentActions.Invoking(() => SourceCount.Of(1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("number");
    }

    [Fact]
    public void Constructor_DefaultCountOrRole_Throws()
    {
        var names = new NameSet("x", LanguageTag.English);

        FluentActions.Invoking(() => new Source(new SourceId("s"), names, SourceKind.Anonymous, count: default(SourceCount)))
            .Should().Throw<ArgumentException>().WithParameterName("count");
        FluentActions.Invoking(() => new Source(new SourceId("s"), names, SourceKind.Anonymous, role: default(SourceRole)))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Validate_MemberOfAndPlaceThatNameNothing_AreUnresolvedReferences()
    {
        var b = Valid();
        b.Add(new Source(new SourceId("fighters"), new NameSet("rebel fighters", LanguageTag.English), SourceKind.Anonymous,
            role: SourceRole.Fighter, memberOf: new ActorId("no-such-group"), place: new PlaceId("no-such-village"), count: SourceCount.Of(2)));

        var paths = Diagnostics(b, ConflictModelDiagnostics.UnresolvedReference).Select(d => d.Path);

        paths.Should().BeEquivalentTo(["$.sources[1].memberOf", "$.sources[1].place"]);
    }
}
