using System;
using ConflictModel.Tests.Serialization.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class RelativeDatesTest
{
    // The dispatch of Thursday 9 November 2017: Monday of its ISO week is the 6th.
    private static FuzzyDate Days(int fromDay, int toDay) => FuzzyDate.Between(new LocalDate(2017, 11, fromDay), new LocalDate(2017, 11, toDay));

    [Theory]
    [InlineData("this week")]
    [InlineData("earlier this week")]
    [InlineData("cette semaine")]
    [InlineData("plus tôt cette semaine")]
    public void ResolvePeriod_ThisWeek_RunsFromMondayToTheReference(string expression)
    {
        var period = RelativeDates.ResolvePeriod(expression, Thursday9November2017);

        period.Should().Be(Days(6, 9));
        period.Precision.Should().Be(DatePrecision.DayRange);
    }

    [Theory]
    [InlineData("last week")]
    [InlineData("the previous week")]
    [InlineData("la semaine dernière")]
    [InlineData("La semaine passée")]
    public void ResolvePeriod_LastWeek_IsThePreviousIsoWeek(string expression)
    {
        var period = RelativeDates.ResolvePeriod(expression, Thursday9November2017);

        period.Should().Be(FuzzyDate.InWeekOf(new LocalDate(2017, 10, 30)));
        period.Start.Should().Be(new LocalDate(2017, 10, 30));
        period.End.Should().Be(new LocalDate(2017, 11, 5));
    }

    [Theory]
    [InlineData("in the last two weeks")]
    [InlineData("over the past 2 weeks")]
    [InlineData("au cours des deux dernières semaines")]
    [InlineData("ces 2 dernières semaines")]
    [InlineData("depuis deux semaines")]
    [InlineData("for two weeks")]
    public void ResolvePeriod_LastTwoWeeks_RunsFourteenDaysBackToTheReference(string expression)
    {
        RelativeDates.ResolvePeriod(expression, Thursday9November2017)
            .Should().Be(FuzzyDate.Between(new LocalDate(2017, 10, 26), new LocalDate(2017, 11, 9)));
    }

    [Theory]
    [InlineData("ces 3 derniers jours")]
    [InlineData("les trois derniers jours")]
    [InlineData("in the last three days")]
    [InlineData("depuis 3 jours")]
    public void ResolvePeriod_LastThreeDays_RunsFromTheMonday(string expression)
    {
        RelativeDates.ResolvePeriod(expression, Thursday9November2017).Should().Be(Days(6, 9));
    }

    [Theory]
    [InlineData("ces derniers jours", 2017, 11, 2)]
    [InlineData("in recent days", 2017, 11, 2)]
    [InlineData("over the last few days", 2017, 11, 2)]
    [InlineData("ces dernières semaines", 2017, 10, 12)]
    [InlineData("in recent weeks", 2017, 10, 12)]
    [InlineData("ces derniers mois", 2017, 8, 9)]
    [InlineData("in recent months", 2017, 8, 9)]
    public void ResolvePeriod_VaguePlural_ReachesBackByTheDocumentedConvention(string expression, int year, int month, int day)
    {
        RelativeDates.ResolvePeriod(expression, Thursday9November2017)
            .Should().Be(FuzzyDate.Between(new LocalDate(year, month, day), Thursday9November2017));
    }

    [Theory]
    [InlineData("last night")]
    [InlineData("overnight")]
    [InlineData("la nuit dernière")]
    [InlineData("cette nuit")]
    [InlineData("dans la nuit de mercredi à jeudi")]
    [InlineData("in the night of Wednesday to Thursday")]
    [InlineData("Wednesday night")]
    [InlineData("dans la nuit de mercredi")]
    public void ResolvePeriod_TheNightBefore_SpansTheEveningAndTheMorning(string expression)
    {
        var period = RelativeDates.ResolvePeriod(expression, Thursday9November2017);

        period.Should().Be(Days(8, 9));
        period.LengthInDays.Should().Be(2);
    }

    [Theory]
    [InlineData("mercredi soir", 8)]
    [InlineData("Wednesday morning", 8)]
    [InlineData("jeudi matin", 9)]
    [InlineData("jeudi à l'aube", 9)]
    [InlineData("Thursday at dawn", 9)]
    [InlineData("hier soir", 8)]
    [InlineData("yesterday afternoon", 8)]
    [InlineData("this morning", 9)]
    [InlineData("ce soir", 9)]
    [InlineData("avant-hier", 7)]
    [InlineData("jeudi", 9)]
    [InlineData("on Monday", 6)]
    public void ResolvePeriod_DayWithPartOfDay_IsThatDay(string expression, int day)
    {
        var period = RelativeDates.ResolvePeriod(expression, Thursday9November2017);

        period.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, day)));
        period.Precision.Should().Be(DatePrecision.Day);
    }

    [Theory]
    [InlineData("since Sunday", 5)]
    [InlineData("depuis dimanche", 5)]
    [InlineData("depuis jeudi", 2)]
    [InlineData("since yesterday", 8)]
    [InlineData("depuis hier", 8)]
    public void ResolvePeriod_Since_RunsFromThatDayToTheReference(string expression, int fromDay)
    {
        RelativeDates.ResolvePeriod(expression, Thursday9November2017).Should().Be(Days(fromDay, 9));
    }

    [Fact]
    public void ResolvePeriod_DaysAgo_IsOneDay()
    {
        RelativeDates.ResolvePeriod("il y a trois jours", Thursday9November2017).Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 6)));
        RelativeDates.ResolvePeriod("il y a quinze jours", Thursday9November2017).Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 10, 25)));
        RelativeDates.ResolvePeriod("3 days ago", Thursday9November2017).Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 6)));
    }

    [Fact]
    public void ResolvePeriod_WeeksMonthsYearsAgo_IsTheWholeUnit()
    {
        // 14 days before 9 November 2017 is Thursday 26 October, in the week of Monday 23 October.
        RelativeDates.ResolvePeriod("two weeks ago", Thursday9November2017)
            .Should().Be(FuzzyDate.FromParts(new LocalDate(2017, 10, 23), new LocalDate(2017, 10, 29), DatePrecision.Week));
        RelativeDates.ResolvePeriod("il y a 3 mois", Thursday9November2017).Should().Be(FuzzyDate.InMonth(new YearMonth(2017, 8)));
        RelativeDates.ResolvePeriod("a year ago", Thursday9November2017).Should().Be(FuzzyDate.InYear(2016));
    }

    [Theory]
    [InlineData("this month", 2017, 11, 1, 2017, 11, 9)]
    [InlineData("earlier this month", 2017, 11, 1, 2017, 11, 9)]
    [InlineData("ce mois-ci", 2017, 11, 1, 2017, 11, 9)]
    [InlineData("this year", 2017, 1, 1, 2017, 11, 9)]
    [InlineData("cette année", 2017, 1, 1, 2017, 11, 9)]
    [InlineData("the past month", 2017, 10, 9, 2017, 11, 9)]
    public void ResolvePeriod_ToDate_RunsFromTheStartOfTheUnit(string expression, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        RelativeDates.ResolvePeriod(expression, Thursday9November2017)
            .Should().Be(FuzzyDate.Between(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)));
    }

    [Theory]
    [InlineData("last month")]
    [InlineData("le mois dernier")]
    public void ResolvePeriod_LastMonthInJanuary_IsDecemberOfThePreviousYear(string expression)
    {
        RelativeDates.ResolvePeriod(expression, new LocalDate(2018, 1, 15)).Should().Be(FuzzyDate.InMonth(new YearMonth(2017, 12)));
    }

    [Theory]
    [InlineData("last year")]
    [InlineData("l'an dernier")]
    [InlineData("l’année dernière")]
    public void ResolvePeriod_LastYear_IsTheWholePreviousYear(string expression)
    {
        RelativeDates.ResolvePeriod(expression, Thursday9November2017).Should().Be(FuzzyDate.InYear(2016));
    }

    [Fact]
    public void ResolvePeriod_LastWeekAcrossNewYear_IsTheLastWeekOfDecember()
    {
        // Wednesday 2 January 2019: the week before runs Monday 24 to Sunday 30 December 2018.
        RelativeDates.ResolvePeriod("la semaine dernière", new LocalDate(2019, 1, 2))
            .Should().Be(FuzzyDate.FromParts(new LocalDate(2018, 12, 24), new LocalDate(2018, 12, 30), DatePrecision.Week));
    }

    [Fact]
    public void ResolvePeriod_LastWeekAcrossLeapDay_EndsOnFirstMarch()
    {
        // Wednesday 4 March 2020: the week before runs Monday 24 February to Sunday 1 March.
        var period = RelativeDates.ResolvePeriod("last week", new LocalDate(2020, 3, 4));

        period.Start.Should().Be(new LocalDate(2020, 2, 24));
        period.End.Should().Be(new LocalDate(2020, 3, 1));
        period.LengthInDays.Should().Be(7);
    }

    [Fact]
    public void ResolvePeriod_ZonedPublication_UsesItsLocalDate()
    {
        // 23:30 in Beirut on Thursday 9 November 2017 is already Thursday there, whatever UTC says.
        var published = new LocalDateTime(2017, 11, 9, 23, 30).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);

        RelativeDates.ResolvePeriod("overnight", published).Should().Be(Days(8, 9));
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("demain")]
    [InlineData("")]
    [InlineData("  -  ")]
    [InlineData("in the last 0 days")]
    [InlineData("in the last 5000 days")]
    [InlineData("dans la nuit de mardi à jeudi")]
    [InlineData("Wednesday noonish")]
    [InlineData("les derniers")]
    public void ResolvePeriod_UnknownExpression_ThrowsArgumentExceptionListingTheForms(string expression)
    {
        Action act = () => RelativeDates.ResolvePeriod(expression, Thursday9November2017);

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.Should().BeOfType<ArgumentException>();
        exception.ParamName.Should().Be("expression");
        exception.Message.Should().Contain("not a recognised expression of time").And.Contain("in the last N days");
        RelativeDates.TryResolvePeriod(expression, Thursday9November2017, out _).Should().BeFalse();
    }

    [Fact]
    public void ResolvePeriod_VeryLongText_IsRefusedWithoutEchoingItWhole()
    {
        string expression = string.Concat(System.Linq.Enumerable.Repeat("in the ", 20_000)) + "last week";

        Action act = () => RelativeDates.ResolvePeriod(expression, Thursday9November2017);

        act.Should().Throw<ArgumentException>().Which.Message.Length.Should().BeLessThan(3_000);
    }

    [Theory]
    [InlineData("overnight")]
    [InlineData("last year")]
    [InlineData("two weeks ago")]
    [InlineData("in the last 3 days")]
    public void ResolvePeriod_BeforeYearOne_ThrowsArgumentOutOfRange(string expression)
    {
        var reference = new LocalDate(1, 1, 1);

        Action act = () => RelativeDates.ResolvePeriod(expression, reference);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("reference");
        RelativeDates.TryResolvePeriod(expression, reference, out var none).Should().BeFalse();
        none.Should().Be(default(FuzzyDate));
    }

    [Fact]
    public void ResolvePeriod_NullExpression_ThrowsArgumentNullException()
    {
        Action act = () => RelativeDates.ResolvePeriod(null!, Thursday9November2017);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("expression");
    }

    private static readonly string[] PastExpressions =
    [
        "this week", "last week", "the past week", "in the last 10 days", "ces derniers jours", "ces dernières semaines",
        "overnight", "la nuit dernière", "since Sunday", "depuis mardi", "il y a 5 jours", "three weeks ago", "le mois dernier",
        "this month", "l'an dernier", "hier soir", "mercredi", "samedi matin", "the night of Friday to Saturday",
    ];

    [Fact]
    public void ResolvePeriod_Property_ExpressionsOfThePastNeverEndAfterTheReferenceAndAreOrdered()
    {
        var cases = from reference in TimeGen.Date.Where(d => d.Year > 1) from expression in Gen.Elements(PastExpressions) select (reference, expression);

        Generated.ForAll(cases, c =>
        {
            RelativeDates.TryResolvePeriod(c.expression, c.reference, out var period).Should().BeTrue(c.expression);

            period.IsOrdered.Should().BeTrue(c.expression);
            period.End.Should().BeLessThanOrEqualTo(c.reference, c.expression);
            period.Start.Should().BeGreaterThanOrEqualTo(c.reference.PlusYears(-2), c.expression);
        });
    }
}
