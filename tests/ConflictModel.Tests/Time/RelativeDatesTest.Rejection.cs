using System;
using NodaTime;

namespace ConflictModel.Tests.Time;

public partial class RelativeDatesTest
{
    [Theory]
    [InlineData("demain")]
    [InlineData("tomorrow")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jeudi soir")]
    [InlineData("novembre")]
    public void Resolve_UnknownWord_ThrowsArgumentExceptionListingAcceptedWords(string word)
    {
        Action act = () => RelativeDates.Resolve(word, Thursday9November2017);

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.Should().BeOfType<ArgumentException>();
        exception.ParamName.Should().Be("word");
        exception.Message.Should().Contain($"'{word}'")
            .And.Contain("jeudi")
            .And.Contain("Thursday")
            .And.Contain("hier")
            .And.Contain("yesterday");
    }

    [Fact]
    public void Resolve_VeryLongUnknownWord_MessageDoesNotEchoItWhole()
    {
        string word = new('x', 10_000);

        Action act = () => RelativeDates.Resolve(word, Thursday9November2017);

        act.Should().Throw<ArgumentException>().Which.Message.Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void Resolve_NullWord_ThrowsArgumentNullException()
    {
        Action act = () => RelativeDates.Resolve(null!, Thursday9November2017);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("word");
    }

    [Fact]
    public void Resolve_NullWordWithZonedPublication_ThrowsArgumentNullException()
    {
        ZonedDateTime published = Instant.FromUtc(2017, 11, 9, 12, 0).InUtc();

        Action act = () => RelativeDates.Resolve(null!, published);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("word");
    }

    [Fact]
    public void TryResolve_UnknownWord_ReturnsFalseAndDefaultDate()
    {
        RelativeDates.TryResolve("demain", Thursday9November2017, out LocalDate date).Should().BeFalse();
        date.Should().Be(default(LocalDate));
    }

    [Fact]
    public void TryResolve_NullWord_ThrowsArgumentNullException()
    {
        Action act = () => _ = RelativeDates.TryResolve(null!, Thursday9November2017, out _);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("word");
    }

    [Fact]
    public void TryParseWeekday_NullWord_ThrowsArgumentNullException()
    {
        Action act = () => _ = RelativeDates.TryParseWeekday(null!, out _);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("word");
    }
}
