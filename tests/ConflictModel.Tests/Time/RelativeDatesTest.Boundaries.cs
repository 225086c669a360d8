using System;
using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class RelativeDatesTest
{
    [Fact]
    public void Resolve_ThursdayFromMondayAfterMonthEnd_ReturnsPreviousMonth()
    {
        // Monday 2017-12-04 -> Thursday 2017-11-30.
        RelativeDates.Resolve("jeudi", new LocalDate(2017, 12, 4)).Should().Be(new LocalDate(2017, 11, 30));
    }

    [Fact]
    public void Resolve_FridayFromNewYearsDayTuesday_ReturnsPreviousYear()
    {
        // Tuesday 2019-01-01 -> Friday 2018-12-28.
        RelativeDates.Resolve("vendredi", new LocalDate(2019, 1, 1)).Should().Be(new LocalDate(2018, 12, 28));
    }

    [Fact]
    public void Resolve_YesterdayOnNewYearsDay_ReturnsNewYearsEve()
    {
        RelativeDates.Resolve("hier", new LocalDate(2019, 1, 1)).Should().Be(new LocalDate(2018, 12, 31));
    }

    [Fact]
    public void Resolve_ThursdayFromSaturdayAfterLeapDay_ReturnsLeapDay()
    {
        // 2024-02-29 is a Thursday; 2024-03-02 is a Saturday.
        RelativeDates.Resolve("jeudi", new LocalDate(2024, 3, 2)).Should().Be(new LocalDate(2024, 2, 29));
    }

    [Fact]
    public void Resolve_YesterdayOnFirstMarchOfLeapYear_ReturnsLeapDay()
    {
        RelativeDates.Resolve("yesterday", new LocalDate(2020, 3, 1)).Should().Be(new LocalDate(2020, 2, 29));
    }

    [Fact]
    public void Resolve_DayBeforeYesterdayOnFirstMarchOfCommonYear_ReturnsTwentySeventhFebruary()
    {
        RelativeDates.Resolve("avant-hier", new LocalDate(2019, 3, 1)).Should().Be(new LocalDate(2019, 2, 27));
    }

    [Fact]
    public void Resolve_SaturdayFromMondayAfterLeapDay_ReturnsLeapDay()
    {
        // 2020-02-29 is a Saturday; 2020-03-02 is a Monday.
        RelativeDates.Resolve("Sat", new LocalDate(2020, 3, 2)).Should().Be(new LocalDate(2020, 2, 29));
    }

    [Fact]
    public void Resolve_YesterdayOnEarliestIsoDate_ThrowsArgumentOutOfRange()
    {
        Action act = () => RelativeDates.Resolve("hier", LocalDate.MinIsoValue);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("reference");
    }

    [Fact]
    public void TryResolve_YesterdayOnEarliestIsoDate_ReturnsFalse()
    {
        RelativeDates.TryResolve("hier", LocalDate.MinIsoValue, out _).Should().BeFalse();
    }

    [Fact]
    public void Resolve_TodayOnEarliestIsoDate_ReturnsThatDate()
    {
        RelativeDates.Resolve("today", LocalDate.MinIsoValue).Should().Be(LocalDate.MinIsoValue);
    }
}
