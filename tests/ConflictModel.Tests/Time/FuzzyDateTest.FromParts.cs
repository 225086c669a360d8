// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class FuzzyDateTest
{
    [Fact]
    public void FromParts_ConsistentDay_EqualsOnDay()
    {
        FuzzyDate.FromParts(D(2017, 11, 9), D(2017, 11, 9), DatePrecision.Day).Should().Be(FuzzyDate.OnDay(D(2017, 11, 9)));
    }

    [Fact]
    public void FromParts_ConsistentWeekAcrossYearEnd_EqualsInWeekOf()
    {
        FuzzyDate.FromParts(D(2015, 12, 28), D(2016, 1, 3), DatePrecision.Week).Should().Be(FuzzyDate.InWeekOf(D(2016, 1, 1)));
    }

    [Fact]
    public void FromParts_ConsistentLeapFebruary_EqualsInMonth()
    {
        FuzzyDate.FromParts(D(2016, 2, 1), D(2016, 2, 29), DatePrecision.Month).Should().Be(FuzzyDate.InMonth(new YearMonth(2016, 2)));
    }

    [Fact]
    public void FromParts_ConsistentYear_EqualsInYear()
    {
        FuzzyDate.FromParts(D(2014, 1, 1), D(2014, 12, 31), DatePrecision.Year).Should().Be(FuzzyDate.InYear(2014));
    }

    [Fact]
    public void FromParts_DayRange_KeptAsGivenEvenReversed()
    {
        var date = FuzzyDate.FromParts(D(2017, 11, 9), D(2017, 11, 1), DatePrecision.DayRange);

        date.Start.Should().Be(D(2017, 11, 9));
        date.End.Should().Be(D(2017, 11, 1));
        date.IsOrdered.Should().BeFalse();
    }

    [Theory]
    // A day of two days.
    [InlineData(2017, 11, 9, 2017, 11, 10, DatePrecision.Day)]
    // A week that starts on a Tuesday.
    [InlineData(2017, 11, 7, 2017, 11, 13, DatePrecision.Week)]
    // A week of six days.
    [InlineData(2017, 11, 6, 2017, 11, 11, DatePrecision.Week)]
    // February 2017 ends on the 28th, not the 27th.
    [InlineData(2017, 2, 1, 2017, 2, 27, DatePrecision.Month)]
    // February 2016 ends on the 29th, not the 28th.
    [InlineData(2016, 2, 1, 2016, 2, 28, DatePrecision.Month)]
    // A month that does not start on the first.
    [InlineData(2017, 11, 2, 2017, 11, 30, DatePrecision.Month)]
    // A year that ends before 31 December.
    [InlineData(2014, 1, 1, 2014, 12, 30, DatePrecision.Year)]
    public void FromParts_Inconsistent_ThrowsArgument(int sy, int sm, int sd, int ey, int em, int ed, DatePrecision precision)
    {
        Action act = () => FuzzyDate.FromParts(D(sy, sm, sd), D(ey, em, ed), precision);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void FromParts_WrongWeekEnd_MessageGivesTheExpectedRange()
    {
        Action act = () => FuzzyDate.FromParts(D(2017, 11, 6), D(2017, 11, 13), DatePrecision.Week);

        act.Should().ThrowExactly<ArgumentException>().WithMessage("*2017-11-06*2017-11-12*2017-11-13*");
    }

    [Fact]
    public void FromParts_UndefinedPrecision_ThrowsArgumentOutOfRange()
    {
        Action act = () => FuzzyDate.FromParts(D(2017, 11, 9), D(2017, 11, 9), (DatePrecision)6);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("precision");
    }
}
