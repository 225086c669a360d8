// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Claims.Assertions;

/// <summary>Event, relation, membership and statement assertions, and the defaults a host's own assertion inherits.</summary>
public class OtherAssertionsTest
{
    private static readonly EventId Capture = new("capture-boukamal");
    private static readonly RelationId RussiaSupportsArmy = new("russia-supports-army");
    private static readonly AllianceId Coalition = new("us-led-coalition");
    private static readonly ActorId France = new("france");
    private static readonly ActorId IslamicState = new("islamic-state");

    private sealed record NoteAssertion(string Note) : ClaimAssertion
    {
        public override string ToString() => Note;
    }

    [Fact]
    public void EventAssertion_KeyReferencesAndComparison()
    {
        var assertion = new EventAssertion(Capture);

        assertion.Event.Should().Be(Capture);
        assertion.SubjectKey.Should().Be(new EventAssertion(new EventId("capture-boukamal")).SubjectKey);
        assertion.SubjectKey.Should().NotBe(new EventAssertion(new EventId("clash-mayadin")).SubjectKey);
        assertion.References.Should().Equal(Capture);
        assertion.CompareWith(new EventAssertion(Capture)).Should().Be(AssertionComparison.Agrees);
        assertion.CompareWith(new EventAssertion(new EventId("clash-mayadin"))).Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void EventAssertion_DefaultId_ThrowsArgument()
    {
        Action act = () => _ = new EventAssertion(default);

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void RelationAssertion_KeyReferencesAndComparison()
    {
        var assertion = new RelationAssertion(RussiaSupportsArmy);

        assertion.Relation.Should().Be(RussiaSupportsArmy);
        assertion.References.Should().Equal(RussiaSupportsArmy);
        assertion.SubjectKey.Should().NotBe(new RelationAssertion(new RelationId("iran-supports-army")).SubjectKey);
        assertion.CompareWith(new RelationAssertion(RussiaSupportsArmy)).Should().Be(AssertionComparison.Agrees);
        ((Action)(() => _ = new RelationAssertion(default))).Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void MembershipAssertion_KeyIgnoresRoleAndReferencesBothIds()
    {
        var member = new MembershipAssertion(Coalition, France, MembershipRole.Member);
        var leader = new MembershipAssertion(Coalition, France, MembershipRole.Leader);

        member.Alliance.Should().Be(Coalition);
        member.Actor.Should().Be(France);
        member.Role.Should().Be(MembershipRole.Member);
        member.SubjectKey.Should().Be(leader.SubjectKey);
        member.References.Should().BeEquivalentTo(new IEntityId[] { Coalition, France });
        member.CompareWith(new MembershipAssertion(Coalition, France, MembershipRole.Member)).Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void MembershipAssertion_DefaultParts_ThrowArgument()
    {
        ((Action)(() => _ = new MembershipAssertion(default, France, MembershipRole.Member))).Should().ThrowExactly<ArgumentException>().WithParameterName("alliance");
        ((Action)(() => _ = new MembershipAssertion(Coalition, default, MembershipRole.Member))).Should().ThrowExactly<ArgumentException>().WithParameterName("actor");
        ((Action)(() => _ = new MembershipAssertion(Coalition, France, default))).Should().ThrowExactly<ArgumentException>().WithParameterName("role");
    }

    [Fact]
    public void StatementAssertion_KeepsSummaryAndActors()
    {
        var assertion = new StatementAssertion("military victory over IS expected within months", [IslamicState, France]);

        assertion.Summary.Should().Be("military victory over IS expected within months");
        assertion.About.Should().Equal(IslamicState, France);
        assertion.References.Should().Equal(IslamicState, France);
    }

    [Fact]
    public void StatementAssertion_SeparateButEqualLists_Equal()
    {
        var a = new StatementAssertion("victory within months", [IslamicState]);
        var b = new StatementAssertion("victory within months", [new ActorId("islamic-state")]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new StatementAssertion("victory within months", [France]));
    }

    [Fact]
    public void StatementAssertion_BlankSummaryOrDefaultActor_Throws()
    {
        ((Action)(() => _ = new StatementAssertion(null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("summary");
        ((Action)(() => _ = new StatementAssertion(" "))).Should().ThrowExactly<ArgumentException>().WithParameterName("summary");
        ((Action)(() => _ = new StatementAssertion("x", [France, default]))).Should().ThrowExactly<ArgumentException>().WithParameterName("about").WithMessage("*[1]*");
    }

    [Fact]
    public void HostAssertion_Defaults_EqualAssertionsShareKeyAndAgree()
    {
        var a = new NoteAssertion("a convoy left Mayadin");
        var b = new NoteAssertion("a convoy left Mayadin");
        var c = new NoteAssertion("a convoy reached Boukamal");

        a.SubjectKey.Should().Be(b.SubjectKey);
        a.SubjectKey.Should().NotBe(c.SubjectKey);
        a.References.Should().BeEmpty();
        a.CompareWith(b).Should().Be(AssertionComparison.Agrees);
        a.CompareWith(c).Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void CompareWith_NullOnDefaultComparison_ThrowsArgumentNull()
    {
        ((Action)(() => new EventAssertion(Capture).CompareWith(null!))).Should().ThrowExactly<ArgumentNullException>();
        ((Action)(() => new NoteAssertion("x").CompareWith(null!))).Should().ThrowExactly<ArgumentNullException>();
    }
}
