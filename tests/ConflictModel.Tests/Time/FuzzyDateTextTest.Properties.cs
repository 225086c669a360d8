using ConflictModel.Tests.Serialization.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class FuzzyDateTextTest
{
    [Theory]
    [InlineData(DatePrecision.Day)]
    [InlineData(DatePrecision.DayRange)]
    [InlineData(DatePrecision.Week)]
    [InlineData(DatePrecision.Month)]
    [InlineData(DatePrecision.Year)]
    public void Format_ThenTryParse_Property_GivesTheSameDateAndText(DatePrecision precision)
    {
        var dates = TimeGen.FuzzyDate.Where(d => d.Precision == precision);

        Generated.ForAll(dates, date =>
        {
            var text = FuzzyDateText.Format(date);

            FuzzyDateText.TryParse(text, out var back, out var error).Should().BeTrue(error);
            back.Should().Be(date);
            back.Precision.Should().Be(precision);
            FuzzyDateText.Format(back).Should().Be(text);
        }, maxTest: 200);
    }

    [Fact]
    public void Format_ThenTryParse_ReversedRange_Property_StaysReversed()
    {
        var reversed =
            from start in TimeGen.Date
            from back in Gen.Choose(1, 40)
            select FuzzyDate.Between(start, start.PlusDays(-back));

        Generated.ForAll(reversed, date =>
        {
            FuzzyDateText.TryParse(FuzzyDateText.Format(date), out var read, out var error).Should().BeTrue(error);

            read.Should().Be(date);
            read.IsOrdered.Should().BeFalse();
        });
    }

    [Fact]
    public void FormatInterval_ThenTryParseInterval_Property_GivesTheSameInterval()
    {
        Generated.ForAll(TimeGen.Validity, interval =>
        {
            var text = FuzzyDateText.Format(interval);

            FuzzyDateText.TryParseInterval(text, out var back, out var error).Should().BeTrue(error);
            back.Should().Be(interval);
            FuzzyDateText.Format(back).Should().Be(text);
        }, maxTest: 200);
    }

    [Theory]
    [InlineData(0, DatePrecision.Year)]
    [InlineData(-5, DatePrecision.Year)]
    [InlineData(-5, DatePrecision.Month)]
    [InlineData(0, DatePrecision.Week)]
    [InlineData(0, DatePrecision.Day)]
    public void FuzzyDate_YearZeroOrBefore_IsRejectedSoThatEveryDateCanBeWritten(int year, DatePrecision precision)
    {
        var start = new LocalDate(year, 6, 1);
        Action create = precision switch
        {
            DatePrecision.Year => () => FuzzyDate.InYear(year),
            DatePrecision.Month => () => FuzzyDate.InMonth(new YearMonth(year, 6)),
            DatePrecision.Week => () => FuzzyDate.InWeekOf(start),
            _ => () => FuzzyDate.OnDay(start),
        };

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void InWeekOf_LastDaysOfYear9999_IsRejectedAsOutOfRange()
    {
        var act = () => FuzzyDate.InWeekOf(new LocalDate(9999, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
