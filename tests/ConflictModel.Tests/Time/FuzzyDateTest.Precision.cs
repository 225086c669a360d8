// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class FuzzyDateTest
{
    // ACLED time_precision: 1 the day is known, 2 within a week, 3 within a month or more.
    [Fact]
    public void ToAcledTimePrecision_Day_One()
    {
        FuzzyDate.OnDay(D(2017, 11, 9)).ToAcledTimePrecision().Should().Be(1);
    }

    [Fact]
    public void ToAcledTimePrecision_Week_Two()
    {
        FuzzyDate.InWeekOf(D(2017, 11, 9)).ToAcledTimePrecision().Should().Be(2);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(7, 2)]
    [InlineData(8, 3)]
    [InlineData(30, 3)]
    public void ToAcledTimePrecision_DayRange_TwoUpToAWeekElseThree(int days, int expected)
    {
        FuzzyDate.Between(D(2017, 11, 1), D(2017, 11, 1).PlusDays(days - 1)).ToAcledTimePrecision().Should().Be(expected);
    }

    [Fact]
    public void ToAcledTimePrecision_MonthAndYear_Three()
    {
        FuzzyDate.InMonth(new YearMonth(2017, 11)).ToAcledTimePrecision().Should().Be(3);
        FuzzyDate.InYear(2017).ToAcledTimePrecision().Should().Be(3);
    }

    // UCDP GED date_prec: 1 exact day, 2 within 2-6 days, 3 within a week, 4 within a month, 5 more than a month.
    [Fact]
    public void ToUcdpDatePrecision_EachFactory_GivesItsCode()
    {
        FuzzyDate.OnDay(D(2017, 11, 9)).ToUcdpDatePrecision().Should().Be(1);
        FuzzyDate.InWeekOf(D(2017, 11, 9)).ToUcdpDatePrecision().Should().Be(3);
        FuzzyDate.InMonth(new YearMonth(2017, 11)).ToUcdpDatePrecision().Should().Be(4);
        FuzzyDate.InYear(2017).ToUcdpDatePrecision().Should().Be(5);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(6, 2)]
    [InlineData(7, 3)]
    [InlineData(8, 4)]
    [InlineData(31, 4)]
    [InlineData(32, 5)]
    [InlineData(200, 5)]
    public void ToUcdpDatePrecision_DayRange_ByLength(int days, int expected)
    {
        FuzzyDate.Between(D(2017, 1, 1), D(2017, 1, 1).PlusDays(days - 1)).ToUcdpDatePrecision().Should().Be(expected);
    }
}
