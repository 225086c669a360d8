// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Actors;

public class ActorTest
{
    private static readonly ActorId Hezbollah = new("hezbollah");
    private static readonly ActorId ProRegime = new("pro-regime-forces");

    private static NameSet HezbollahNames() => new NameSet("Hezbollah", LanguageTag.French).WithLabel("حزب الله", LanguageTag.Arabic);

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var actor = new Actor(Hezbollah, HezbollahNames(), ActorKind.ForeignForces, "LB", ProRegime, "Lebanese Shiite movement");

        actor.Id.Should().Be(Hezbollah);
        actor.Names.Should().Be(HezbollahNames());
        actor.Kind.Should().Be(ActorKind.ForeignForces);
        actor.Country.Should().Be("LB");
        actor.Parent.Should().Be(ProRegime);
        actor.Description.Should().Be("Lebanese Shiite movement");
    }

    [Fact]
    public void Constructor_RequiredOnly_LeavesOptionalNull()
    {
        var actor = new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia);

        actor.Country.Should().BeNull();
        actor.Parent.Should().BeNull();
        actor.Description.Should().BeNull();
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgument()
    {
        Action act = () => _ = new Actor(default, HezbollahNames(), ActorKind.PoliticalMilitia);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("id").WithMessage("*ActorId*");
    }

    [Fact]
    public void Constructor_NullNames_ThrowsArgumentNull()
    {
        Action act = () => _ = new Actor(Hezbollah, null!, ActorKind.PoliticalMilitia);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("names");
    }

    [Fact]
    public void Constructor_DefaultKind_ThrowsArgument()
    {
        Action act = () => _ = new Actor(Hezbollah, HezbollahNames(), default);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("kind").WithMessage("*ActorKind*");
    }

    [Fact]
    public void Constructor_BlankCountry_ThrowsArgument()
    {
        Action act = () => _ = new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia, " ");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("country");
    }

    [Fact]
    public void Constructor_DefaultParent_ThrowsArgument()
    {
        Action act = () => _ = new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia, parent: default(ActorId));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("parent");
    }

    [Fact]
    public void Equals_SeparatelyBuiltEqualContent_EqualWithSameHashCode()
    {
        var a = new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia, "LB");
        var b = new Actor(new ActorId("hezbollah"), HezbollahNames(), ActorKind.PoliticalMilitia, "LB");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentKind_NotEqual()
    {
        new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia)
            .Should().NotBe(new Actor(Hezbollah, HezbollahNames(), ActorKind.ForeignForces));
    }

    [Fact]
    public void WithNames_ReturnsNewActorAndLeavesOriginal()
    {
        var original = new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia);
        var names = HezbollahNames().WithAlias("Hizbullah");

        var changed = original.WithNames(names);

        changed.Names.Should().Be(names);
        changed.Id.Should().Be(Hezbollah);
        changed.Kind.Should().Be(ActorKind.PoliticalMilitia);
        original.Names.Should().Be(HezbollahNames());
    }

    [Fact]
    public void WithNames_Null_ThrowsArgumentNull()
    {
        Action act = () => new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia).WithNames(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void WithParent_SetAndClear_ReturnsNewActorsAndLeavesOriginal()
    {
        var original = new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia);

        var withParent = original.WithParent(ProRegime);
        var cleared = withParent.WithParent(null);

        withParent.Parent.Should().Be(ProRegime);
        cleared.Parent.Should().BeNull();
        cleared.Should().Be(original);
        original.Parent.Should().BeNull();
    }

    [Fact]
    public void WithParent_DefaultId_ThrowsArgument()
    {
        Action act = () => new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia).WithParent(default(ActorId));

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void ToString_ReturnsIdAndPrimaryName()
    {
        new Actor(Hezbollah, HezbollahNames(), ActorKind.PoliticalMilitia).ToString().Should().Be("hezbollah (Hezbollah)");
    }
}
