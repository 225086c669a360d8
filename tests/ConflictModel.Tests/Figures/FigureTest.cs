// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Figures;

public class FigureTest
{
    private static readonly FuzzyDate November2017 = FuzzyDate.InMonth(new YearMonth(2017, 11));

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var figure = new Figure(FigureKind.Displaced, new ApproximateCount(120_000), November2017, "quelque 120.00 personnes");

        figure.Kind.Should().Be(FigureKind.Displaced);
        figure.Value.Should().Be(new ApproximateCount(120_000));
        figure.AsOf.Should().Be(November2017);
        figure.Text.Should().Be("quelque 120.00 personnes");
    }

    [Fact]
    public void Constructor_RequiredOnly_NoDateNoText()
    {
        var figure = new Figure(FigureKind.Killed, new AtLeastCount(330_000));

        figure.AsOf.Should().BeNull();
        figure.Text.Should().BeNull();
    }

    [Fact]
    public void Constructor_DefaultKind_ThrowsArgument()
    {
        Action act = () => _ = new Figure(default, new ExactCount(1));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("kind").WithMessage("*FigureKind*");
    }

    [Fact]
    public void Constructor_NullValue_ThrowsArgumentNull()
    {
        Action act = () => _ = new Figure(FigureKind.Killed, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void Constructor_BlankText_ThrowsArgument()
    {
        Action act = () => _ = new Figure(FigureKind.Killed, new ExactCount(1), null, "");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Equals_SameContent_EqualWithSameHashCode()
    {
        var a = new Figure(FigureKind.Killed, new AtLeastCount(330_000), FuzzyDate.InYear(2017), "plus de 330.000 morts");
        var b = new Figure(new FigureKind("killed"), new AtLeastCount(330_000), FuzzyDate.InYear(2017), "plus de 330.000 morts");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentValueShape_NotEqual()
    {
        new Figure(FigureKind.Killed, new AtLeastCount(330_000)).Should().NotBe(new Figure(FigureKind.Killed, new ExactCount(330_000)));
    }

    [Fact]
    public void ToString_ValueThenKind()
    {
        new Figure(FigureKind.Displaced, new ApproximateCount(120_000)).ToString().Should().Be("about 120,000 displaced");
    }
}
