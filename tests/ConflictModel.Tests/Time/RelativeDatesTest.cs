using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class RelativeDatesTest
{
    // Sunday 2017-11-12: every weekday of the week Monday 6 to Sunday 12 lies on or before it.
    private static readonly LocalDate Sunday12November2017 = new(2017, 11, 12);

    [Theory]
    [InlineData("lundi", 6)]
    [InlineData("mardi", 7)]
    [InlineData("mercredi", 8)]
    [InlineData("jeudi", 9)]
    [InlineData("vendredi", 10)]
    [InlineData("samedi", 11)]
    [InlineData("dimanche", 12)]
    public void Resolve_FrenchWeekdayFromSunday_ReturnsDayOfSameWeek(string word, int expectedDayOfNovember)
    {
        RelativeDates.Resolve(word, Sunday12November2017).Should().Be(new LocalDate(2017, 11, expectedDayOfNovember));
    }

    [Theory]
    [InlineData("Monday", 6)]
    [InlineData("Tuesday", 7)]
    [InlineData("Wednesday", 8)]
    [InlineData("Thursday", 9)]
    [InlineData("Friday", 10)]
    [InlineData("Saturday", 11)]
    [InlineData("Sunday", 12)]
    public void Resolve_EnglishWeekdayFromSunday_ReturnsDayOfSameWeek(string word, int expectedDayOfNovember)
    {
        RelativeDates.Resolve(word, Sunday12November2017).Should().Be(new LocalDate(2017, 11, expectedDayOfNovember));
    }

    [Fact]
    public void Resolve_DispatchJeudiPublishedOnThursday_ReturnsSameDay()
    {
        // Boukamal fell on Thursday 2017-11-09, the day the dispatch was published.
        RelativeDates.Resolve("jeudi", new LocalDate(2017, 11, 9)).Should().Be(new LocalDate(2017, 11, 9));
    }

    [Fact]
    public void Resolve_DispatchMercrediPublishedOnThursday_ReturnsDayBefore()
    {
        // The town was encircled "mercredi": Wednesday 2017-11-08.
        RelativeDates.Resolve("mercredi", new LocalDate(2017, 11, 9)).Should().Be(new LocalDate(2017, 11, 8));
    }

    [Fact]
    public void Resolve_CapitalisedJeudiAtStartOfSentence_ReturnsSameDay()
    {
        RelativeDates.Resolve("Jeudi", new LocalDate(2017, 11, 9)).Should().Be(new LocalDate(2017, 11, 9));
    }

    [Fact]
    public void Resolve_WeekdayAfterReferenceInWeek_ReturnsPreviousWeek()
    {
        // From Wednesday 2017-11-08, "jeudi" cannot be the next day: reports look back.
        RelativeDates.Resolve("jeudi", new LocalDate(2017, 11, 8)).Should().Be(new LocalDate(2017, 11, 2));
    }

    [Fact]
    public void Resolve_WeekdayDayAfterReference_ReturnsSixDaysBefore()
    {
        // Thursday 2017-11-09: "vendredi" is Friday 2017-11-03, the furthest back a weekday goes.
        RelativeDates.Resolve("vendredi", new LocalDate(2017, 11, 9)).Should().Be(new LocalDate(2017, 11, 3));
    }

    [Fact]
    public void Resolve_ZonedPublicationAfterLocalMidnight_UsesLocalDate()
    {
        // 22:30 UTC on Thursday 9 is 00:30 on Friday 10 at UTC+2.
        ZonedDateTime published = Instant.FromUtc(2017, 11, 9, 22, 30).InZone(DateTimeZone.ForOffset(Offset.FromHours(2)));

        RelativeDates.Resolve("hier", published).Should().Be(new LocalDate(2017, 11, 9));
        RelativeDates.Resolve("vendredi", published).Should().Be(new LocalDate(2017, 11, 10));
    }

    [Fact]
    public void TryResolve_ZonedPublication_UsesLocalDate()
    {
        ZonedDateTime published = Instant.FromUtc(2017, 11, 9, 22, 30).InZone(DateTimeZone.ForOffset(Offset.FromHours(2)));

        RelativeDates.TryResolve("jeudi", published, out LocalDate date).Should().BeTrue();
        date.Should().Be(new LocalDate(2017, 11, 9));
    }

    [Fact]
    public void TryResolve_KnownWord_ReturnsTrueAndDate()
    {
        RelativeDates.TryResolve("mercredi", new LocalDate(2017, 11, 9), out LocalDate date).Should().BeTrue();
        date.Should().Be(new LocalDate(2017, 11, 8));
    }
}
