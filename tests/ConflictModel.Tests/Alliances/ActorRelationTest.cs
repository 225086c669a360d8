// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Alliances;

public class ActorRelationTest
{
    private static readonly RelationId Id = new("russia-supports-army");
    private static readonly ActorId Russia = new("russia");
    private static readonly ActorId Army = new("syrian-army");

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var validity = ValidityInterval.From(new LocalDate(2015, 9, 30));
        var claims = new[] { new ClaimId("c7") };

        var relation = new ActorRelation(Id, Russia, RelationKind.Supports, Army, validity, claims);

        relation.Id.Should().Be(Id);
        relation.Subject.Should().Be(Russia);
        relation.Kind.Should().Be(RelationKind.Supports);
        relation.Target.Should().Be(Army);
        relation.Validity.Should().Be(validity);
        relation.Claims.Should().Equal(new ClaimId("c7"));
    }

    [Fact]
    public void Constructor_Defaults_AlwaysValidAndNoClaims()
    {
        var relation = new ActorRelation(Id, Russia, RelationKind.Supports, Army);

        relation.Validity.Should().Be(ValidityInterval.Always);
        relation.Claims.Should().BeEmpty();
    }

    [Theory]
    [InlineData("id")]
    [InlineData("subject")]
    [InlineData("kind")]
    [InlineData("target")]
    public void Constructor_DefaultPart_ThrowsArgumentNamingIt(string part)
    {
        Action act = () => _ = new ActorRelation(
            part == "id" ? default : Id,
            part == "subject" ? default : Russia,
            part == "kind" ? default : RelationKind.Supports,
            part == "target" ? default : Army);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName(part);
    }

    [Fact]
    public void Equals_SeparateButEqualClaimLists_Equal()
    {
        var a = new ActorRelation(Id, Russia, RelationKind.Supports, Army, default, [new ClaimId("c7")]);
        var b = new ActorRelation(Id, Russia, RelationKind.Supports, Army, default, [new ClaimId("c7")]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_SubjectAndTargetSwapped_NotEqual()
    {
        new ActorRelation(Id, Russia, RelationKind.Supports, Army)
            .Should().NotBe(new ActorRelation(Id, Army, RelationKind.Supports, Russia));
    }

    [Fact]
    public void ToString_ReadsSubjectKindTarget()
    {
        new ActorRelation(Id, Russia, RelationKind.Supports, Army).ToString().Should().Be("russia supports syrian-army");
    }

    [Fact]
    public void RelationKind_WellKnownTerms_HaveTheirText()
    {
        RelationKind.WellKnown.Should().Equal(
            new RelationKind("allied-with"), new RelationKind("supports"), new RelationKind("fights"),
            new RelationKind("part-of"), new RelationKind("commands"), new RelationKind("fights-alongside"));
    }
}
