// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Claims.Assertions;

public class ControlChangeAssertionTest
{
    private static readonly PlaceId Boukamal = new("boukamal");
    private static readonly PlaceId Mayadin = new("mayadin");
    private static readonly ActorId IslamicState = new("islamic-state");
    private static readonly ActorId Army = new("syrian-army");
    private static readonly ActorId Sdf = new("sdf");
    private static readonly EventId Capture = new("capture-boukamal");
    private static readonly FuzzyDate Nov9 = FuzzyDate.OnDay(new LocalDate(2017, 11, 9));
    private static readonly FuzzyDate WeekOfNov9 = FuzzyDate.InWeekOf(new LocalDate(2017, 11, 9));
    private static readonly FuzzyDate Nov20 = FuzzyDate.OnDay(new LocalDate(2017, 11, 20));

    [Fact]
    public void Constructor_KeepsAllParts()
    {
        var assertion = new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9, Capture);

        assertion.Place.Should().Be(Boukamal);
        assertion.From.Should().Be(IslamicState);
        assertion.To.Should().Be(Army);
        assertion.When.Should().Be(Nov9);
        assertion.Event.Should().Be(Capture);
    }

    [Fact]
    public void Constructor_DefaultIds_ThrowArgument()
    {
        ((Action)(() => _ = new ControlChangeAssertion(default, IslamicState, Army))).Should().ThrowExactly<ArgumentException>().WithParameterName("place");
        ((Action)(() => _ = new ControlChangeAssertion(Boukamal, default(ActorId), Army))).Should().ThrowExactly<ArgumentException>().WithParameterName("from");
        ((Action)(() => _ = new ControlChangeAssertion(Boukamal, IslamicState, default(ActorId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("to");
        ((Action)(() => _ = new ControlChangeAssertion(Boukamal, IslamicState, Army, null, default(EventId)))).Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void SubjectKey_SamePlace_Equal()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9).SubjectKey
            .Should().Be(new ControlChangeAssertion(Boukamal, null, Sdf, Nov20).SubjectKey);
        new ControlChangeAssertion(Boukamal, IslamicState, Army).SubjectKey
            .Should().NotBe(new ControlChangeAssertion(Mayadin, IslamicState, Army).SubjectKey);
    }

    [Fact]
    public void SubjectKey_ControlAndControlChangeOfSamePlace_Differ()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9).SubjectKey
            .Should().NotBe(new ControlAssertion(Boukamal, Army, Nov9).SubjectKey);
    }

    [Fact]
    public void CompareWith_SameEventSameNewController_Agrees()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, null, Capture)
            .CompareWith(new ControlChangeAssertion(Boukamal, null, Army, null, Capture))
            .Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_SameEventOtherNewController_Contradicts()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, null, Capture)
            .CompareWith(new ControlChangeAssertion(Boukamal, IslamicState, Sdf, null, Capture))
            .Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_OverlappingDatesSameNewController_Agrees()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9)
            .CompareWith(new ControlChangeAssertion(Boukamal, IslamicState, Army, WeekOfNov9))
            .Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_OverlappingDatesOtherNewController_Contradicts()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9)
            .CompareWith(new ControlChangeAssertion(Boukamal, IslamicState, Sdf, WeekOfNov9))
            .Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_DisjointDates_Unrelated()
    {
        // Boukamal changed hands more than once in November 2017: two changes on different days are not the same change.
        new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9)
            .CompareWith(new ControlChangeAssertion(Boukamal, Army, IslamicState, Nov20))
            .Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void CompareWith_NoDateAndNoEvent_Unrelated()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army)
            .CompareWith(new ControlChangeAssertion(Boukamal, IslamicState, Sdf))
            .Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void CompareWith_UndatedAndDatedChangeToSameActor_Agrees()
    {
        var dated = new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9);
        var undated = new ControlChangeAssertion(Boukamal, null, Army);

        undated.CompareWith(dated).Should().Be(AssertionComparison.Agrees);
        dated.CompareWith(undated).Should().Be(AssertionComparison.Agrees);
        new ControlChangeAssertion(Boukamal, IslamicState, Army).CompareWith(new ControlChangeAssertion(Boukamal, IslamicState, Army, null, Capture))
            .Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_UndatedChangeFromOtherActorOrToNobodyKnown_Unrelated()
    {
        new ControlChangeAssertion(Boukamal, Sdf, Army).CompareWith(new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9))
            .Should().Be(AssertionComparison.Unrelated);
        new ControlChangeAssertion(Boukamal, IslamicState, null).CompareWith(new ControlChangeAssertion(Boukamal, IslamicState, null, Nov9))
            .Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void CompareWith_OtherPlaceOrType_Unrelated()
    {
        var assertion = new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9);

        assertion.CompareWith(new ControlChangeAssertion(Mayadin, IslamicState, Sdf, Nov9)).Should().Be(AssertionComparison.Unrelated);
        assertion.CompareWith(new ControlAssertion(Boukamal, Sdf, Nov9)).Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void References_AllIdsGiven()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9, Capture).References
            .Should().BeEquivalentTo(new IEntityId[] { Boukamal, IslamicState, Army, Capture });
    }

    [Fact]
    public void References_UnknownFromAndNoEvent_PlaceAndTo()
    {
        new ControlChangeAssertion(Boukamal, null, Army).References.Should().BeEquivalentTo(new IEntityId[] { Boukamal, Army });
    }

    [Fact]
    public void ToString_DescribesChange()
    {
        new ControlChangeAssertion(Boukamal, IslamicState, Army, Nov9).ToString()
            .Should().Be("control of boukamal passed from islamic-state to syrian-army on 2017-11-09");
        new ControlChangeAssertion(Boukamal, null, Army).ToString().Should().Be("control of boukamal passed from ? to syrian-army");
    }
}
