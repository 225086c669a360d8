// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using NodaTime;

namespace ConflictModel.Tests.Time;

public class ValidityIntervalTest
{
    private static readonly LocalDate Caliphate = new(2014, 6, 29);
    private static readonly LocalDate Boukamal = new(2017, 11, 9);

    [Fact]
    public void Always_BothEndsOpenAndEqualsDefault()
    {
        ValidityInterval.Always.Start.Should().BeNull();
        ValidityInterval.Always.End.Should().BeNull();
        ValidityInterval.Always.Should().Be(default(ValidityInterval));
        ValidityInterval.Always.IsOrdered.Should().BeTrue();
    }

    [Fact]
    public void Always_ContainsAnyDay()
    {
        ValidityInterval.Always.Contains(new LocalDate(1, 1, 1)).Should().BeTrue();
        ValidityInterval.Always.Contains(new LocalDate(9999, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void From_Start_OpenAtEnd()
    {
        var interval = ValidityInterval.From(Caliphate);

        interval.Start.Should().Be(Caliphate);
        interval.End.Should().BeNull();
        interval.Should().Be(new ValidityInterval(Caliphate, null));
    }

    [Theory]
    [InlineData(2014, 6, 28, false)]
    [InlineData(2014, 6, 29, true)]
    [InlineData(2016, 1, 1, true)]
    [InlineData(2017, 11, 9, true)]
    [InlineData(2017, 11, 10, false)]
    public void Contains_ClosedInterval_InclusiveAtBothEnds(int y, int m, int d, bool expected)
    {
        new ValidityInterval(Caliphate, Boukamal).Contains(new LocalDate(y, m, d)).Should().Be(expected);
    }

    [Fact]
    public void Contains_OpenStart_AnyDayUpToEnd()
    {
        var interval = new ValidityInterval(null, Boukamal);

        interval.Contains(new LocalDate(1900, 1, 1)).Should().BeTrue();
        interval.Contains(Boukamal).Should().BeTrue();
        interval.Contains(Boukamal.PlusDays(1)).Should().BeFalse();
    }

    [Fact]
    public void Contains_OpenEnd_AnyDayFromStart()
    {
        var interval = ValidityInterval.From(Caliphate);

        interval.Contains(Caliphate.PlusDays(-1)).Should().BeFalse();
        interval.Contains(Caliphate).Should().BeTrue();
        interval.Contains(new LocalDate(2100, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Overlaps_MonthStraddlingEnd_True()
    {
        new ValidityInterval(Caliphate, Boukamal).Overlaps(FuzzyDate.InMonth(new YearMonth(2017, 11))).Should().BeTrue();
    }

    [Fact]
    public void Overlaps_WeekAfterEnd_False()
    {
        // The week of 2017-11-13 (a Monday) starts after 2017-11-09.
        new ValidityInterval(Caliphate, Boukamal).Overlaps(FuzzyDate.InWeekOf(new LocalDate(2017, 11, 13))).Should().BeFalse();
    }

    [Fact]
    public void Overlaps_YearBeforeStartOfOpenEndedInterval_False()
    {
        ValidityInterval.From(Caliphate).Overlaps(FuzzyDate.InYear(2013)).Should().BeFalse();
        ValidityInterval.From(Caliphate).Overlaps(FuzzyDate.InYear(2014)).Should().BeTrue();
    }

    [Fact]
    public void Overlaps_Always_TrueForAnyDate()
    {
        ValidityInterval.Always.Overlaps(FuzzyDate.OnDay(Boukamal)).Should().BeTrue();
    }

    [Fact]
    public void Constructor_Reversed_KeptWithIsOrderedFalse()
    {
        var interval = new ValidityInterval(Boukamal, Caliphate);

        interval.Start.Should().Be(Boukamal);
        interval.End.Should().Be(Caliphate);
        interval.IsOrdered.Should().BeFalse();
        interval.Contains(new LocalDate(2016, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void ToString_OpenEnds_WrittenAsTwoDots()
    {
        ValidityInterval.From(Caliphate).ToString().Should().Be("2014-06-29/..");
        new ValidityInterval(null, Boukamal).ToString().Should().Be("../2017-11-09");
        ValidityInterval.Always.ToString().Should().Be("../..");
    }
}
