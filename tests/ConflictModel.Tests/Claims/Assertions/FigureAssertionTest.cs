// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Claims.Assertions;

public class FigureAssertionTest
{
    private static readonly EventId Displacement = new("displacement-deir-ezzor");
    private static readonly PlaceId DeirEzzor = new("deir-ezzor");
    private static readonly FuzzyDate November = FuzzyDate.InMonth(new YearMonth(2017, 11));
    private static readonly FuzzyDate Year2011 = FuzzyDate.InYear(2011);

    private static FigureAssertion Displaced(FigureValue value, FuzzyDate? asOf = null) =>
        new(new Figure(FigureKind.Displaced, value, asOf), Displacement, DeirEzzor);

    private static FigureAssertion Killed(FigureValue value) => new(new Figure(FigureKind.Killed, value));

    [Fact]
    public void Constructor_KeepsFigureEventPlace()
    {
        var figure = new Figure(FigureKind.Displaced, new ApproximateCount(120_000));

        var assertion = new FigureAssertion(figure, Displacement, DeirEzzor);

        assertion.Figure.Should().Be(figure);
        assertion.Event.Should().Be(Displacement);
        assertion.Place.Should().Be(DeirEzzor);
    }

    [Fact]
    public void Constructor_NullFigure_ThrowsArgumentNull()
    {
        Action act = () => _ = new FigureAssertion(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("figure");
    }

    [Fact]
    public void Constructor_DefaultIds_ThrowArgument()
    {
        var figure = new Figure(FigureKind.Killed, new ExactCount(3));

        ((Action)(() => _ = new FigureAssertion(figure, default(EventId)))).Should().ThrowExactly<ArgumentException>();
        ((Action)(() => _ = new FigureAssertion(figure, null, default(PlaceId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("place");
    }

    [Fact]
    public void SubjectKey_SameKindEventPlaceOtherValue_Equal()
    {
        Displaced(new ApproximateCount(120_000)).SubjectKey.Should().Be(Displaced(new ExactCount(115_000)).SubjectKey);
    }

    [Fact]
    public void SubjectKey_OtherKindOrPlace_Differs()
    {
        var key = Displaced(new ExactCount(1)).SubjectKey;

        new FigureAssertion(new Figure(FigureKind.Refugees, new ExactCount(1)), Displacement, DeirEzzor).SubjectKey.Should().NotBe(key);
        new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(1)), Displacement).SubjectKey.Should().NotBe(key);
    }

    [Fact]
    public void CompareWith_About120000AndExact115000_Agrees()
    {
        Displaced(new ApproximateCount(120_000)).CompareWith(Displaced(new ExactCount(115_000))).Should().Be(AssertionComparison.Agrees);
    }

    [Fact]
    public void CompareWith_About120000AndExact100000_Contradicts()
    {
        Displaced(new ApproximateCount(120_000)).CompareWith(Displaced(new ExactCount(100_000))).Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_AtLeast330000AndExact300000_Contradicts()
    {
        Killed(new AtLeastCount(330_000)).CompareWith(Killed(new ExactCount(300_000))).Should().Be(AssertionComparison.Contradicts);
        Killed(new ExactCount(300_000)).CompareWith(Killed(new AtLeastCount(330_000))).Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_DatesDoNotOverlap_Unrelated()
    {
        Displaced(new ExactCount(1_000), Year2011).CompareWith(Displaced(new ExactCount(120_000), November))
            .Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void CompareWith_OneWithoutDate_Compared()
    {
        Displaced(new ExactCount(1_000), Year2011).CompareWith(Displaced(new ExactCount(120_000)))
            .Should().Be(AssertionComparison.Contradicts);
    }

    [Fact]
    public void CompareWith_OtherKindOrType_Unrelated()
    {
        Killed(new ExactCount(10)).CompareWith(new FigureAssertion(new Figure(FigureKind.Injured, new ExactCount(99))))
            .Should().Be(AssertionComparison.Unrelated);
        Killed(new ExactCount(10)).CompareWith(new EventAssertion(Displacement)).Should().Be(AssertionComparison.Unrelated);
    }

    [Fact]
    public void References_EventAndPlaceWhenGiven()
    {
        Displaced(new ExactCount(1)).References.Should().BeEquivalentTo(new IEntityId[] { Displacement, DeirEzzor });
        Killed(new ExactCount(1)).References.Should().BeEmpty();
    }
}
