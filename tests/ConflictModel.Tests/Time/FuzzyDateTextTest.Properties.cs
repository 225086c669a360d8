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

    [Theory(Skip = "Library bug: FuzzyDate allows years -9998 to 0, but FuzzyDateText.TryParse reads a year only as four digits from 0001, "
        + "a month only as seven characters and a week only from week-year 1, so Format writes text it cannot read back.")]
    [InlineData(0, DatePrecision.Year)]
    [InlineData(-5, DatePrecision.Year)]
    [InlineData(-5, DatePrecision.Month)]
    [InlineData(0, DatePrecision.Week)]
    public void Format_ThenTryParse_YearZeroOrBefore_GivesTheSameDate(int year, DatePrecision precision)
    {
        var start = new LocalDate(year, 6, 1);
        var date = precision switch
        {
            DatePrecision.Year => FuzzyDate.InYear(year),
            DatePrecision.Month => FuzzyDate.InMonth(new YearMonth(year, 6)),
            _ => FuzzyDate.InWeekOf(start),
        };

        FuzzyDateText.TryParse(FuzzyDateText.Format(date), out var back, out var error).Should().BeTrue(error);
        back.Should().Be(date);
    }
}
