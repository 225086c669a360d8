// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using NodaTime;

namespace ConflictModel.Tests.Claims.Assertions;

public class EventAssertionTest
{
    private static readonly EventId Capture = new("capture-of-boukamal");
    private static readonly FuzzyDate Wednesday = FuzzyDate.OnDay(new LocalDate(2017, 11, 8));
    private static readonly FuzzyDate Thursday = FuzzyDate.OnDay(new LocalDate(2017, 11, 9));

    [Fact]
    public void Constructor_KeepsEventAndDate()
    {
        var assertion = new EventAssertion(Capture, Thursday);

        assertion.Event.Should().Be(Capture);
        assertion.When.Should().Be(Thursday);
        new EventAssertion(Capture).When.Should().BeNull();
    }

    [Fact]
    public void CompareWith_DatesThatDoNotOverlap_Contradict()
    {
        new EventAssertion(Capture, Wednesday).CompareWith(new EventAssertion(Capture, Thursday)).Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_DayInsideTheOthersWeek_Agrees()
    {
        new EventAssertion(Capture, FuzzyDate.InWeekOf(new LocalDate(2017, 11, 9))).CompareWith(new EventAssertion(Capture, Wednesday))
            .Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_OneUndated_Agrees()
    {
        new EventAssertion(Capture).CompareWith(new EventAssertion(Capture, Thursday)).Should().Be(AssertionComparison.Agrees);
        new EventAssertion(Capture, Thursday).CompareWith(new EventAssertion(Capture)).Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_AnotherEventOrKind_IsUnrelated()
    {
        new EventAssertion(Capture, Wednesday).CompareWith(new EventAssertion(new EventId("other"), Thursday)).Should().Be(AssertionComparison.Unrelated);
        new EventAssertion(Capture).CompareWith(new ParticipationAssertion(Capture, new ActorId("a"), ParticipantRole.SideA))
            .Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void ToString_SaysTheDateWhenGiven()
    {
        new EventAssertion(Capture).ToString().Should().Be("event capture-of-boukamal happened");
        new EventAssertion(Capture, Thursday).ToString().Should().Be("event capture-of-boukamal happened on 2017-11-09");
    }

    [Fact]
    public void Equals_DiffersByDate()
    {
        new EventAssertion(Capture, Thursday).Should().Be(new EventAssertion(Capture, Thursday));
        new EventAssertion(Capture, Thursday).Should().NotBe(new EventAssertion(Capture, Wednesday));
        new EventAssertion(Capture, Thursday).Should().NotBe(new EventAssertion(Capture));
    }
}
