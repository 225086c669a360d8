// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Figures;

public partial class FigureValueTest
{
    private static void ShouldBeCompatible(FigureValue a, FigureValue b, bool expected)
    {
        a.IsCompatibleWith(b).Should().Be(expected, "{0} against {1}", a, b);
        b.IsCompatibleWith(a).Should().Be(expected, "compatibility is symmetric ({1} against {0})", a, b);
    }

    [Fact]
    public void IsCompatibleWith_AtLeast330000AndExact300000_False()
    {
        ShouldBeCompatible(new AtLeastCount(330_000), new ExactCount(300_000), false);
    }

    [Fact]
    public void IsCompatibleWith_AtLeast330000AndExact350000_True()
    {
        ShouldBeCompatible(new AtLeastCount(330_000), new ExactCount(350_000), true);
    }

    [Theory]
    [InlineData(115_000, true)]
    [InlineData(108_000, true)] // 120,000 - 10 %
    [InlineData(132_000, true)] // 120,000 + 10 %
    [InlineData(107_999, false)]
    [InlineData(132_001, false)]
    [InlineData(100_000, false)]
    public void IsCompatibleWith_About120000AndExact_WithinTenPercent(int exact, bool expected)
    {
        ShouldBeCompatible(new ApproximateCount(120_000), new ExactCount(exact), expected);
    }

    [Fact]
    public void IsCompatibleWith_TwoApproximateCounts_OverlapOfTolerances()
    {
        // 100 allows 90-110; 120 allows 108-132; 130 allows 117-143.
        ShouldBeCompatible(new ApproximateCount(100), new ApproximateCount(120), true);
        ShouldBeCompatible(new ApproximateCount(100), new ApproximateCount(130), false);
    }

    [Fact]
    public void IsCompatibleWith_ExactCounts_OnlyWhenEqual()
    {
        ShouldBeCompatible(new ExactCount(12), new ExactCount(12), true);
        ShouldBeCompatible(new ExactCount(12), new ExactCount(13), false);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(35, true)]
    [InlineData(40, true)]
    [InlineData(29, false)]
    [InlineData(41, false)]
    public void IsCompatibleWith_RangeAndExact_InclusiveBounds(int exact, bool expected)
    {
        ShouldBeCompatible(new CountRange(30, 40), new ExactCount(exact), expected);
    }

    [Fact]
    public void IsCompatibleWith_TwoRanges_WhenTheyShareAValue()
    {
        ShouldBeCompatible(new CountRange(30, 40), new CountRange(40, 50), true);
        ShouldBeCompatible(new CountRange(30, 40), new CountRange(41, 50), false);
    }

    [Fact]
    public void IsCompatibleWith_EstimateUsesLowAndHigh()
    {
        ShouldBeCompatible(new CountEstimate(10, 12, 15), new ExactCount(15), true);
        ShouldBeCompatible(new CountEstimate(10, 12, 15), new ExactCount(16), false);
        ShouldBeCompatible(new CountEstimate(10, 12, 15), new AtLeastCount(16), false);
        ShouldBeCompatible(new CountEstimate(10, 12, 15), new AtMostCount(9), false);
    }

    [Fact]
    public void IsCompatibleWith_AtLeastAndAtMost_WhenMinimumNotAboveMaximum()
    {
        ShouldBeCompatible(new AtLeastCount(10), new AtMostCount(10), true);
        ShouldBeCompatible(new AtLeastCount(11), new AtMostCount(10), false);
    }

    [Fact]
    public void IsCompatibleWith_TwoAtLeastCounts_AlwaysTrue()
    {
        ShouldBeCompatible(new AtLeastCount(10), new AtLeastCount(1_000_000), true);
    }

    [Fact]
    public void IsCompatibleWith_Null_ThrowsArgumentNull()
    {
        Action act = () => new ExactCount(1).IsCompatibleWith(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("other");
    }
}
