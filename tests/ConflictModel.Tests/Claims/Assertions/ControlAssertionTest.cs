// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Claims.Assertions;

public class ControlAssertionTest
{
    private static readonly PlaceId Rawa = new("rawa");
    private static readonly PlaceId Boukamal = new("boukamal");
    private static readonly ActorId IslamicState = new("islamic-state");
    private static readonly ActorId Army = new("syrian-army");
    private static readonly FuzzyDate Nov9 = FuzzyDate.OnDay(new LocalDate(2017, 11, 9));
    private static readonly FuzzyDate WeekOfNov9 = FuzzyDate.InWeekOf(new LocalDate(2017, 11, 9));
    private static readonly FuzzyDate October = FuzzyDate.InMonth(new YearMonth(2017, 10));

    [Fact]
    public void Constructor_KeepsPlaceControllerDate()
    {
        var assertion = new ControlAssertion(Rawa, IslamicState, Nov9);

        assertion.Place.Should().Be(Rawa);
        assertion.Controller.Should().Be(IslamicState);
        assertion.AsOf.Should().Be(Nov9);
    }

    [Fact]
    public void Constructor_DefaultPlaceOrController_ThrowsArgument()
    {
        ((Action)(() => _ = new ControlAssertion(default, IslamicState, Nov9))).Should().ThrowExactly<ArgumentException>().WithParameterName("place");
        ((Action)(() => _ = new ControlAssertion(Rawa, default(ActorId), Nov9))).Should().ThrowExactly<ArgumentException>().WithParameterName("controller");
    }

    [Fact]
    public void SubjectKey_SamePlaceOtherControllerAndDate_Equal()
    {
        new ControlAssertion(Rawa, IslamicState, Nov9).SubjectKey.Should().Be(new ControlAssertion(Rawa, Army, October).SubjectKey);
        new ControlAssertion(Rawa, IslamicState, Nov9).SubjectKey.Should().NotBe(new ControlAssertion(Boukamal, IslamicState, Nov9).SubjectKey);
    }

    [Fact]
    public void CompareWith_SameControllerOverlappingDates_Agrees()
    {
        new ControlAssertion(Rawa, IslamicState, Nov9).CompareWith(new ControlAssertion(Rawa, IslamicState, WeekOfNov9))
            .Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_OtherControllerOverlappingDates_Contradicts()
    {
        new ControlAssertion(Rawa, IslamicState, Nov9).CompareWith(new ControlAssertion(Rawa, Army, WeekOfNov9))
            .Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_NobodyAgainstController_Contradicts()
    {
        new ControlAssertion(Rawa, null, Nov9).CompareWith(new ControlAssertion(Rawa, IslamicState, Nov9))
            .Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_OtherControllerNonOverlappingDates_Unrelated()
    {
        // Control changes over time: October and 9 November do not share a day.
        new ControlAssertion(Rawa, Army, Nov9).CompareWith(new ControlAssertion(Rawa, IslamicState, October))
            .Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void CompareWith_OtherPlace_Unrelated()
    {
        new ControlAssertion(Rawa, IslamicState, Nov9).CompareWith(new ControlAssertion(Boukamal, Army, Nov9))
            .Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void References_PlaceAndController()
    {
        new ControlAssertion(Rawa, IslamicState, Nov9).References.Should().BeEquivalentTo(new IEntityId[] { Rawa, IslamicState });
    }

    [Fact]
    public void References_Nobody_OnlyPlace()
    {
        new ControlAssertion(Rawa, null, Nov9).References.Should().BeEquivalentTo(new IEntityId[] { Rawa });
    }

    [Fact]
    public void Equals_SameContent_EqualAndOtherDateNotEqual()
    {
        var a = new ControlAssertion(Rawa, IslamicState, Nov9);

        a.Should().Be(new ControlAssertion(new PlaceId("rawa"), new ActorId("islamic-state"), FuzzyDate.OnDay(new LocalDate(2017, 11, 9))));
        a.Should().NotBe(new ControlAssertion(Rawa, IslamicState, WeekOfNov9));
    }
}
