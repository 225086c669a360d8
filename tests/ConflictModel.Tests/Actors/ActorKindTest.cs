// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

namespace ConflictModel.Tests.Actors;

public class ActorKindTest
{
    [Fact]
    public void WellKnown_Fields_HaveTheirTerms()
    {
        ActorKind.StateForces.Value.Should().Be("state-forces");
        ActorKind.JihadistGroup.Value.Should().Be("jihadist-group");
        ActorKind.IntergovernmentalOrganization.Value.Should().Be("igo");
        ActorKind.Government.Value.Should().Be("government");
    }

    [Fact]
    public void IsWellKnown_TermRebuiltFromText_True()
    {
        new ActorKind("coalition").IsWellKnown.Should().BeTrue();
        new ActorKind("coalition").Should().Be(ActorKind.Coalition);
    }
}
