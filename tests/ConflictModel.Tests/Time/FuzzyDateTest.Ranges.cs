// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class FuzzyDateTest
{
    [Theory]
    [InlineData(2015, 12, 28, true)]
    [InlineData(2016, 1, 3, true)]
    [InlineData(2015, 12, 31, true)]
    [InlineData(2015, 12, 27, false)]
    [InlineData(2016, 1, 4, false)]
    public void Contains_WeekAcrossYearEnd_IncludesBothEnds(int y, int m, int d, bool expected)
    {
        FuzzyDate.InWeekOf(D(2016, 1, 1)).Contains(D(y, m, d)).Should().Be(expected);
    }

    [Fact]
    public void Contains_LeapDayInLeapFebruary_True()
    {
        FuzzyDate.InMonth(new YearMonth(2016, 2)).Contains(D(2016, 2, 29)).Should().BeTrue();
        FuzzyDate.InMonth(new YearMonth(2017, 2)).Contains(D(2017, 3, 1)).Should().BeFalse();
    }

    [Fact]
    public void Overlaps_WeekStraddlingMonthStart_OverlapsThatMonthAndThePrevious()
    {
        // 2017-11-01 is a Wednesday: its week runs 2017-10-30 to 2017-11-05.
        var week = FuzzyDate.InWeekOf(D(2017, 11, 1));

        week.Overlaps(FuzzyDate.InMonth(new YearMonth(2017, 11))).Should().BeTrue();
        week.Overlaps(FuzzyDate.InMonth(new YearMonth(2017, 10))).Should().BeTrue();
        week.Overlaps(FuzzyDate.InMonth(new YearMonth(2017, 9))).Should().BeFalse();
    }

    [Fact]
    public void Overlaps_SharedBoundaryDay_True()
    {
        var a = FuzzyDate.Between(D(2017, 11, 1), D(2017, 11, 5));
        var b = FuzzyDate.Between(D(2017, 11, 5), D(2017, 11, 9));

        a.Overlaps(b).Should().BeTrue();
        b.Overlaps(a).Should().BeTrue();
    }

    [Fact]
    public void Overlaps_ConsecutiveDays_False()
    {
        var a = FuzzyDate.OnDay(D(2017, 11, 8));
        var b = FuzzyDate.OnDay(D(2017, 11, 9));

        a.Overlaps(b).Should().BeFalse();
        b.Overlaps(a).Should().BeFalse();
    }

    [Fact]
    public void Overlaps_DayInsideYear_TrueBothWays()
    {
        var day = FuzzyDate.OnDay(D(2017, 11, 9));
        var year = FuzzyDate.InYear(2017);

        day.Overlaps(year).Should().BeTrue();
        year.Overlaps(day).Should().BeTrue();
        day.Overlaps(FuzzyDate.InYear(2018)).Should().BeFalse();
    }
}
