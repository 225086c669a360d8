// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System.Globalization;

namespace ConflictModel.Tests.Figures;

public partial class FigureValueTest
{
    [Fact]
    public void ExactCount_BoundsAndBestAreTheValue()
    {
        var value = new ExactCount(12);

        value.Value.Should().Be(12);
        value.Lower.Should().Be(12);
        value.Upper.Should().Be(12);
        value.Best.Should().Be(12);
    }

    [Fact]
    public void AtLeastCount_LowerIsMinimumAndNoUpper()
    {
        var value = new AtLeastCount(330_000);

        value.Minimum.Should().Be(330_000);
        value.Lower.Should().Be(330_000);
        value.Upper.Should().BeNull();
        value.Best.Should().Be(330_000);
    }

    [Fact]
    public void AtMostCount_LowerIsZeroAndUpperIsMaximum()
    {
        var value = new AtMostCount(50);

        value.Maximum.Should().Be(50);
        value.Lower.Should().Be(0);
        value.Upper.Should().Be(50);
        value.Best.Should().Be(50);
    }

    [Fact]
    public void ApproximateCount_BoundsAreTenPercentEitherSide()
    {
        var value = new ApproximateCount(120_000);

        value.Value.Should().Be(120_000);
        value.Lower.Should().Be(108_000);
        value.Upper.Should().Be(132_000);
        value.Best.Should().Be(120_000);
        ApproximateCount.Tolerance.Should().Be(0.1m);
    }

    [Fact]
    public void ApproximateCount_Negative_BoundsStillOrdered()
    {
        var value = new ApproximateCount(-100);

        value.Lower.Should().Be(-110);
        value.Upper.Should().Be(-90);
    }

    [Fact]
    public void CountRange_BoundsAreLowAndHighAndBestIsMidpoint()
    {
        var value = new CountRange(30, 45);

        value.Low.Should().Be(30);
        value.High.Should().Be(45);
        value.Lower.Should().Be(30);
        value.Upper.Should().Be(45);
        value.Best.Should().Be(37.5m);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0", "79228162514264337593543950335")]
    [InlineData("79228162514264337593543950334", "79228162514264337593543950335")]
    public void CountRange_BoundsAtTheEndsOfDecimal_BestIsBetweenThemWithoutOverflow(string low, string high)
    {
        var value = new CountRange(decimal.Parse(low, CultureInfo.InvariantCulture), decimal.Parse(high, CultureInfo.InvariantCulture));

        value.Best.Should().BeInRange(value.Low, value.High);
        decimal.Abs(value.Best - (value.Low / 2) - (value.High / 2)).Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public void CountRange_OppositeSigns_BestIsTheMidpoint()
    {
        new CountRange(-10, 30).Best.Should().Be(10);
        new CountRange(30, 45).Best.Should().Be(37.5m);
    }

    [Fact]
    public void CountRange_Reversed_KeptAsGiven()
    {
        var value = new CountRange(40, 30);

        value.Low.Should().Be(40);
        value.High.Should().Be(30);
    }

    [Fact]
    public void CountEstimate_BoundsAreLowAndHighAndBestIsBestEstimate()
    {
        var value = new CountEstimate(10, 12, 15);

        value.Low.Should().Be(10);
        value.BestEstimate.Should().Be(12);
        value.High.Should().Be(15);
        value.Lower.Should().Be(10);
        value.Upper.Should().Be(15);
        value.Best.Should().Be(12);
    }

    [Fact]
    public void Equals_SameShapeSameNumbers_EqualWithSameHashCode()
    {
        new CountEstimate(10, 12, 15).Should().Be(new CountEstimate(10, 12, 15));
        new CountEstimate(10, 12, 15).GetHashCode().Should().Be(new CountEstimate(10, 12, 15).GetHashCode());
        new ExactCount(5).Should().Be(new ExactCount(5.0m));
    }

    [Fact]
    public void Equals_DifferentShapesSameNumber_NotEqual()
    {
        FigureValue exact = new ExactCount(120_000);
        FigureValue about = new ApproximateCount(120_000);
        FigureValue atLeast = new AtLeastCount(120_000);

        exact.Should().NotBe(about);
        exact.Should().NotBe(atLeast);
        about.Should().NotBe(atLeast);
    }

    [Fact]
    public void Equals_DifferentNumbers_NotEqual()
    {
        new CountRange(30, 40).Should().NotBe(new CountRange(30, 41));
    }

    [Fact]
    public void ToString_UnderFrenchCulture_UsesInvariantFormatting()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");

            new ExactCount(12.5m).ToString().Should().Be("12.5");
            new AtLeastCount(330_000).ToString().Should().Be("at least 330,000");
            new AtMostCount(50).ToString().Should().Be("at most 50");
            new ApproximateCount(120_000).ToString().Should().Be("about 120,000");
            new CountRange(30, 40).ToString().Should().Be("30-40");
            new CountEstimate(10, 12, 15).ToString().Should().Be("10 / 12 / 15");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
