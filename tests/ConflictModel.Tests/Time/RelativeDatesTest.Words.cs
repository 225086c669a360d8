using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class RelativeDatesTest
{
    private static readonly LocalDate Thursday9November2017 = new(2017, 11, 9);

    [Theory]
    [InlineData("aujourd'hui", 9)]
    [InlineData("aujourd\u2019hui", 9)]
    [InlineData("Aujourd'hui", 9)]
    [InlineData("today", 9)]
    [InlineData("hier", 8)]
    [InlineData("Hier", 8)]
    [InlineData("yesterday", 8)]
    [InlineData("avant-hier", 7)]
    [InlineData("avant hier", 7)]
    [InlineData("the day before yesterday", 7)]
    [InlineData("The  day before\u00A0yesterday", 7)]
    public void Resolve_RelativeWord_CountsBackFromReference(string word, int expectedDayOfNovember)
    {
        RelativeDates.Resolve(word, Thursday9November2017).Should().Be(new LocalDate(2017, 11, expectedDayOfNovember));
    }

    [Theory]
    [InlineData("lun", IsoDayOfWeek.Monday)]
    [InlineData("mar", IsoDayOfWeek.Tuesday)]
    [InlineData("mer", IsoDayOfWeek.Wednesday)]
    [InlineData("jeu", IsoDayOfWeek.Thursday)]
    [InlineData("ven", IsoDayOfWeek.Friday)]
    [InlineData("sam", IsoDayOfWeek.Saturday)]
    [InlineData("dim", IsoDayOfWeek.Sunday)]
    [InlineData("mon", IsoDayOfWeek.Monday)]
    [InlineData("tue", IsoDayOfWeek.Tuesday)]
    [InlineData("tues", IsoDayOfWeek.Tuesday)]
    [InlineData("wed", IsoDayOfWeek.Wednesday)]
    [InlineData("thu", IsoDayOfWeek.Thursday)]
    [InlineData("thurs", IsoDayOfWeek.Thursday)]
    [InlineData("fri", IsoDayOfWeek.Friday)]
    [InlineData("sat", IsoDayOfWeek.Saturday)]
    [InlineData("sun", IsoDayOfWeek.Sunday)]
    public void TryParseWeekday_Abbreviation_ReturnsDay(string word, IsoDayOfWeek expected)
    {
        RelativeDates.TryParseWeekday(word, out IsoDayOfWeek day).Should().BeTrue();
        day.Should().Be(expected);
    }

    [Theory]
    [InlineData("JEUDI")]
    [InlineData("jEuDi")]
    [InlineData("  jeudi  ")]
    [InlineData("\tjeudi\n")]
    [InlineData("jeudi.")]
    [InlineData("jeu.")]
    [InlineData("Jeu. ")]
    [InlineData("THU.")]
    [InlineData("jéudi")]
    [InlineData("JÉUDI")]
    [InlineData("je\u0301udi")]
    public void TryParseWeekday_VariantSpelling_ReturnsThursday(string word)
    {
        RelativeDates.TryParseWeekday(word, out IsoDayOfWeek day).Should().BeTrue();
        day.Should().Be(IsoDayOfWeek.Thursday);
    }

    [Theory]
    [InlineData("hier")]
    [InlineData("today")]
    [InlineData("jeudis")]
    [InlineData("")]
    [InlineData("jeudi..")]
    public void TryParseWeekday_NotAWeekday_ReturnsFalseAndNone(string word)
    {
        RelativeDates.TryParseWeekday(word, out IsoDayOfWeek day).Should().BeFalse();
        day.Should().Be(IsoDayOfWeek.None);
    }
}
