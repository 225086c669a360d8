using NodaTime;

namespace ConflictModel.Tests.Time;

public class DayTimeTest
{
    [Theory]
    [InlineData("07:30", TimePrecision.Minute, "07:30:00", "07:30:59")]
    [InlineData("07", TimePrecision.Hour, "07:00:00", "07:59:59")]
    [InlineData("~07:00", TimePrecision.Around, "06:00:00", "08:00:00")]
    [InlineData("dawn", TimePrecision.PartOfDay, "04:00:00", "07:59:59")]
    [InlineData("overnight", TimePrecision.PartOfDay, "20:00:00", "05:59:59")]
    public void Parse_EachForm_RoundTripsWithItsBounds(string text, TimePrecision precision, string start, string end)
    {
        var time = DayTime.Parse(text);

        time.Precision.Should().Be(precision);
        time.ToString().Should().Be(text);
        time.Start.ToString("HH:mm:ss", null).Should().Be(start);
        time.End.ToString("HH:mm:ss", null).Should().Be(end);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("7:30")]
    [InlineData("07:60")]
    [InlineData("~07")]
    [InlineData("Dawn")]
    [InlineData("")]
    [InlineData("07:30:00")]
    [InlineData("T07:00")]
    public void TryParse_Malformed_IsFalse(string text)
    {
        DayTime.TryParse(text, out var time).Should().BeFalse();
        time.Should().Be(default(DayTime));
        FluentActions.Invoking(() => DayTime.Parse(text)).Should().Throw<FormatException>().WithMessage("*expected HH:mm*");
    }

    [Fact]
    public void Factories_KeepTheirPartsAndRejectBadValues()
    {
        DayTime.At(new LocalTime(7, 30, 12)).Should().Be(DayTime.Parse("07:30"));
        DayTime.AtHour(19).Time.Should().Be(new LocalTime(19, 0));
        DayTime.Around(new LocalTime(7, 0)).Part.Should().BeNull();
        DayTime.During(PartOfDay.Overnight).CrossesMidnight.Should().BeTrue();
        DayTime.During(PartOfDay.Dawn).Time.Should().BeNull();
        DayTime.Around(new LocalTime(23, 30)).End.Should().Be(LocalTime.MaxValue);
        FluentActions.Invoking(() => DayTime.AtHour(24)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("hour");
        FluentActions.Invoking(() => DayTime.During((PartOfDay)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ConflictEvent_Time_KeptAndCopied()
    {
        var ev = new ConflictEvent(new EventId("camp-attack"), EventType.Battles, FuzzyDate.OnDay(new LocalDate(2019, 3, 17)),
            time: DayTime.During(PartOfDay.Dawn));

        ev.Time.Should().Be(DayTime.During(PartOfDay.Dawn));
        ev.WithTime(DayTime.Around(new LocalTime(7, 0))).Time.Should().Be(DayTime.Parse("~07:00"));
        ev.WithTime(null).Time.Should().BeNull();
        FluentActions.Invoking(() => ev.WithTime(default(DayTime))).Should().Throw<ArgumentException>().WithParameterName("time");
    }

    [Theory]
    [InlineData("around 7 a.m.", "~07:00")]
    [InlineData("at about 7am", "~07:00")]
    [InlineData("vers 7 heures", "~07:00")]
    [InlineData("à 7h30", "07:30")]
    [InlineData("at 07:30", "07:30")]
    [InlineData("at 7 p.m.", "19")]
    [InlineData("12 a.m.", "00")]
    [InlineData("19 heures", "19")]
    [InlineData("at dawn", "dawn")]
    [InlineData("à l'aube", "dawn")]
    [InlineData("au petit matin", "dawn")]
    [InlineData("Thursday morning", "morning")]
    [InlineData("jeudi soir", "evening")]
    [InlineData("cet après-midi", "afternoon")]
    [InlineData("à midi", "midday")]
    [InlineData("Wednesday night", "night")]
    [InlineData("overnight", "overnight")]
    [InlineData("last night", "overnight")]
    [InlineData("la nuit dernière", "overnight")]
    [InlineData("dans la nuit de mercredi à jeudi", "overnight")]
    [InlineData("the night of Wednesday to Thursday", "overnight")]
    [InlineData("at 7 a.m. on Thursday morning", "07")]
    public void TryResolveTimeOfDay_ReportWords_GiveTheTime(string expression, string expected)
    {
        RelativeDates.TryResolveTimeOfDay(expression, out var time).Should().BeTrue();

        time.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("7 people were killed")]
    [InlineData("plus de 10.000 morts")]
    [InlineData("in 2019")]
    [InlineData("13 a.m.")]
    [InlineData("at 25h")]
    [InlineData("last week")]
    [InlineData("")]
    public void TryResolveTimeOfDay_NoTime_IsFalse(string expression)
    {
        RelativeDates.TryResolveTimeOfDay(expression, out var time).Should().BeFalse();
        time.Should().Be(default(DayTime));
    }

    [Fact]
    public void TryResolveTimeOfDay_LongInput_IsFalseWithoutWork()
    {
        RelativeDates.TryResolveTimeOfDay(new string('9', 10_000) + " a.m.", out _).Should().BeFalse();
        FluentActions.Invoking(() => RelativeDates.TryResolveTimeOfDay(null!, out _)).Should().Throw<ArgumentNullException>();
    }
}
