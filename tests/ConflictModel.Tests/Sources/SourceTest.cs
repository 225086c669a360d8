// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Sources;

public class SourceTest
{
    private static readonly SourceId Osdh = new("osdh");
    private static readonly SourceId Militia = new("militia-source");
    private static readonly ActorId ProRegime = new("pro-regime-militias");

    private static NameSet OsdhNames() => new NameSet("OSDH", LanguageTag.French).WithAbbreviation("SOHR", LanguageTag.English);

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var source = new Source(Militia, new NameSet("une source"), SourceKind.Anonymous, Reliability.D, true, ProRegime, Osdh,
            "une source auprès des milices prorégime");

        source.Id.Should().Be(Militia);
        source.Names.Should().Be(new NameSet("une source"));
        source.Kind.Should().Be(SourceKind.Anonymous);
        source.Reliability.Should().Be(Reliability.D);
        source.IsPartyToConflict.Should().BeTrue();
        source.SpeaksFor.Should().Be(ProRegime);
        source.Organization.Should().Be(Osdh);
        source.Affiliation.Should().Be("une source auprès des milices prorégime");
    }

    [Fact]
    public void Constructor_Defaults_CannotBeJudgedNotPartyAndNoLinks()
    {
        var source = new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor);

        source.Reliability.Should().Be(Reliability.F);
        source.IsPartyToConflict.Should().BeFalse();
        source.SpeaksFor.Should().BeNull();
        source.Organization.Should().BeNull();
        source.Affiliation.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Constructor_UndefinedReliability_ThrowsArgumentOutOfRange(int grade)
    {
        Action act = () => _ = new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor, (Reliability)grade);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("reliability").WithMessage("*Reliability*");
    }

    [Fact]
    public void Constructor_BlankAffiliation_ThrowsArgument()
    {
        Action act = () => _ = new Source(Osdh, OsdhNames(), SourceKind.Anonymous, affiliation: "   ");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("affiliation");
    }

    [Fact]
    public void Constructor_DefaultIdKindOrLinks_ThrowsArgument()
    {
        ((Action)(() => _ = new Source(default, OsdhNames(), SourceKind.NgoMonitor))).Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        ((Action)(() => _ = new Source(Osdh, OsdhNames(), default))).Should().ThrowExactly<ArgumentException>().WithParameterName("kind");
        ((Action)(() => _ = new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor, speaksFor: default(ActorId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("speaksFor");
        ((Action)(() => _ = new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor, organization: default(SourceId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("organization");
    }

    [Fact]
    public void Constructor_NullNames_ThrowsArgumentNull()
    {
        Action act = () => _ = new Source(Osdh, null!, SourceKind.NgoMonitor);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("names");
    }

    [Fact]
    public void Equals_SeparatelyBuiltEqualContent_EqualWithSameHashCode()
    {
        var a = new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor, Reliability.C);
        var b = new Source(new SourceId("osdh"), OsdhNames(), SourceKind.NgoMonitor, Reliability.C);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentReliability_NotEqual()
    {
        new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor, Reliability.B)
            .Should().NotBe(new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor, Reliability.C));
    }

    [Fact]
    public void WithReliability_ReturnsNewSourceAndLeavesOriginal()
    {
        var original = new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor);

        var changed = original.WithReliability(Reliability.B);

        changed.Reliability.Should().Be(Reliability.B);
        changed.Id.Should().Be(Osdh);
        original.Reliability.Should().Be(Reliability.F);
    }

    [Fact]
    public void WithReliability_Undefined_ThrowsArgumentOutOfRange()
    {
        Action act = () => new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor).WithReliability((Reliability)9);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void WithNames_ReturnsNewSourceAndLeavesOriginal()
    {
        var original = new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor);
        var names = new NameSet("Syrian Observatory for Human Rights", LanguageTag.English);

        original.WithNames(names).Names.Should().Be(names);
        original.Names.Should().Be(OsdhNames());
        ((Action)(() => original.WithNames(null!))).Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void Reliability_Grades_AreNumberedOneToSix()
    {
        ((int)Reliability.A).Should().Be(1);
        ((int)Reliability.E).Should().Be(5);
        ((int)Reliability.F).Should().Be(6);
    }

    [Fact]
    public void ToString_ReturnsIdAndPrimaryName()
    {
        new Source(Osdh, OsdhNames(), SourceKind.NgoMonitor).ToString().Should().Be("osdh (OSDH)");
    }
}
