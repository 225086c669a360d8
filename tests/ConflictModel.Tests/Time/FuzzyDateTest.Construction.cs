// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class FuzzyDateTest
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void OnDay_Date_StartAndEndAreThatDay()
    {
        var date = FuzzyDate.OnDay(D(2017, 11, 9));

        date.Start.Should().Be(D(2017, 11, 9));
        date.End.Should().Be(D(2017, 11, 9));
        date.Precision.Should().Be(DatePrecision.Day);
        date.IsOrdered.Should().BeTrue();
        date.LengthInDays.Should().Be(1);
    }

    [Fact]
    public void Between_TwoDays_KeepsThemAsDayRange()
    {
        var date = FuzzyDate.Between(D(2017, 10, 28), D(2017, 11, 9));

        date.Start.Should().Be(D(2017, 10, 28));
        date.End.Should().Be(D(2017, 11, 9));
        date.Precision.Should().Be(DatePrecision.DayRange);
        date.LengthInDays.Should().Be(13); // 4 days of October (28-31) and 9 of November
    }

    [Fact]
    public void Between_SameDay_IsDayPrecisionAndEqualsOnDay()
    {
        var date = FuzzyDate.Between(D(2017, 11, 9), D(2017, 11, 9));

        date.Precision.Should().Be(DatePrecision.Day);
        date.Should().Be(FuzzyDate.OnDay(D(2017, 11, 9)));
    }

    [Fact]
    public void Between_Reversed_KeptWithIsOrderedFalse()
    {
        var date = FuzzyDate.Between(D(2017, 11, 9), D(2017, 11, 1));

        date.Start.Should().Be(D(2017, 11, 9));
        date.End.Should().Be(D(2017, 11, 1));
        date.Precision.Should().Be(DatePrecision.DayRange);
        date.IsOrdered.Should().BeFalse();
        date.LengthInDays.Should().Be(0);
        date.Contains(D(2017, 11, 5)).Should().BeFalse();
    }

    [Theory]
    // 2017-11-09 is a Thursday: its week runs Monday 6 to Sunday 12 November.
    [InlineData(2017, 11, 9, 2017, 11, 6, 2017, 11, 12)]
    // 2018-01-01 is a Monday: the week starts that day.
    [InlineData(2018, 1, 1, 2018, 1, 1, 2018, 1, 7)]
    // 2016-01-01 is a Friday: its week starts Monday 2015-12-28 and ends Sunday 2016-01-03.
    [InlineData(2016, 1, 1, 2015, 12, 28, 2016, 1, 3)]
    // 2017-12-31 is a Sunday: the last day of the week that started on Monday 25 December.
    [InlineData(2017, 12, 31, 2017, 12, 25, 2017, 12, 31)]
    // 2020-03-01 is a Sunday: its week crosses the leap day.
    [InlineData(2020, 3, 1, 2020, 2, 24, 2020, 3, 1)]
    public void InWeekOf_AnyDay_RunsMondayToSunday(int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var date = FuzzyDate.InWeekOf(D(y, m, d));

        date.Start.Should().Be(D(sy, sm, sd));
        date.End.Should().Be(D(ey, em, ed));
        date.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        date.End.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        date.Precision.Should().Be(DatePrecision.Week);
        date.LengthInDays.Should().Be(7);
    }

    [Fact]
    public void InWeekOf_EveryDayOfOneWeek_GivesSameWeek()
    {
        var expected = FuzzyDate.InWeekOf(D(2015, 12, 28));
        for (int i = 0; i < 7; i++)
        {
            FuzzyDate.InWeekOf(D(2015, 12, 28).PlusDays(i)).Should().Be(expected);
        }
    }

    [Theory]
    [InlineData(2016, 29)] // divisible by 4
    [InlineData(2017, 28)]
    [InlineData(2000, 29)] // divisible by 400
    [InlineData(1900, 28)] // divisible by 100, not 400
    public void InMonth_February_EndsOnLastDayOfFebruary(int year, int lastDay)
    {
        var date = FuzzyDate.InMonth(new YearMonth(year, 2));

        date.Start.Should().Be(D(year, 2, 1));
        date.End.Should().Be(D(year, 2, lastDay));
        date.Precision.Should().Be(DatePrecision.Month);
        date.LengthInDays.Should().Be(lastDay);
    }

    [Fact]
    public void InMonth_November_RunsFirstToThirtieth()
    {
        var date = FuzzyDate.InMonth(new YearMonth(2017, 11));

        date.Start.Should().Be(D(2017, 11, 1));
        date.End.Should().Be(D(2017, 11, 30));
    }

    [Theory]
    [InlineData(2014, 365)]
    [InlineData(2016, 366)]
    public void InYear_Year_RunsFirstJanuaryToThirtyFirstDecember(int year, int days)
    {
        var date = FuzzyDate.InYear(year);

        date.Start.Should().Be(D(year, 1, 1));
        date.End.Should().Be(D(year, 12, 31));
        date.Precision.Should().Be(DatePrecision.Year);
        date.LengthInDays.Should().Be(days);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void InYear_EdgeOfIsoRange_Accepted(int year)
    {
        FuzzyDate.InYear(year).Start.Year.Should().Be(year);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10000)]
    public void InYear_OutsideIsoRange_ThrowsArgumentOutOfRange(int outside)
    {
        Action act = () => FuzzyDate.InYear(outside);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("year").WithMessage("*[1-9999]*");
    }

    [Fact]
    public void OnDay_NonIsoCalendar_ThrowsArgument()
    {
        Action act = () => FuzzyDate.OnDay(new LocalDate(2017, 11, 9, CalendarSystem.Julian));

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void InMonth_NonIsoCalendar_ThrowsArgument()
    {
        Action act = () => FuzzyDate.InMonth(new YearMonth(1439, 2, CalendarSystem.IslamicBcl));

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void Equals_SameWeekFromTwoDays_EqualWithSameHashCode()
    {
        var a = FuzzyDate.InWeekOf(D(2017, 11, 6));
        var b = FuzzyDate.InWeekOf(D(2017, 11, 12));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_SameDaysDifferentPrecision_NotEqual()
    {
        // A week and a range of the same seven days say different things about how the date is known.
        FuzzyDate.InWeekOf(D(2017, 11, 6)).Should().NotBe(FuzzyDate.Between(D(2017, 11, 6), D(2017, 11, 12)));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2017-11-09")]
    [InlineData(DatePrecision.Week, "2017-11-06/2017-11-12 (week)")]
    [InlineData(DatePrecision.Month, "2017-11 (month)")]
    [InlineData(DatePrecision.Year, "2017 (year)")]
    public void ToString_EachPrecision_IsoForm(DatePrecision precision, string expected)
    {
        var day = D(2017, 11, 9);
        var date = precision switch
        {
            DatePrecision.Day => FuzzyDate.OnDay(day),
            DatePrecision.Week => FuzzyDate.InWeekOf(day),
            DatePrecision.Month => FuzzyDate.InMonth(new YearMonth(2017, 11)),
            _ => FuzzyDate.InYear(2017),
        };

        date.ToString().Should().Be(expected);
    }

    [Fact]
    public void ToString_DayRange_StartSlashEnd()
    {
        FuzzyDate.Between(D(2017, 10, 28), D(2017, 11, 9)).ToString().Should().Be("2017-10-28/2017-11-09");
    }
}
