// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

namespace ConflictModel.Tests.Actors;

public class AcledActorCategoryTest
{
    // ACLED codebook, inter1/inter2: 1 State Forces, 2 Rebel Groups, 3 Political Militias,
    // 4 Identity Militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other Forces.
    [Theory]
    [InlineData(1, "State Forces")]
    [InlineData(2, "Rebel Groups")]
    [InlineData(3, "Political Militias")]
    [InlineData(4, "Identity Militias")]
    [InlineData(5, "Rioters")]
    [InlineData(6, "Protesters")]
    [InlineData(7, "Civilians")]
    [InlineData(8, "External/Other Forces")]
    public void LabelOf_Code_ReturnsAcledLabel(int code, string label)
    {
        AcledActorCategory.LabelOf(code).Should().Be(label);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-1)]
    public void LabelOfAndKindOf_CodeOutsideOneToEight_ReturnNull(int code)
    {
        AcledActorCategory.LabelOf(code).Should().BeNull();
        AcledActorCategory.KindOf(code).Should().BeNull();
    }

    [Theory]
    [InlineData("state-forces", 1)]
    [InlineData("government", 1)]
    [InlineData("rebel-group", 2)]
    [InlineData("jihadist-group", 2)]
    [InlineData("political-militia", 3)]
    [InlineData("identity-militia", 4)]
    [InlineData("rioters", 5)]
    [InlineData("protesters", 6)]
    [InlineData("civilians", 7)]
    [InlineData("external-forces", 8)]
    [InlineData("foreign-forces", 8)]
    [InlineData("coalition", 8)]
    [InlineData("igo", 8)]
    public void CodeOf_WellKnownKind_ReturnsAcledCode(string kind, int code)
    {
        AcledActorCategory.CodeOf(new ActorKind(kind)).Should().Be(code);
    }

    [Fact]
    public void CodeOf_EveryWellKnownKind_HasCodeBetweenOneAndEight()
    {
        foreach (var kind in ActorKind.WellKnown)
        {
            AcledActorCategory.CodeOf(kind).Should().BeInRange(1, 8, "kind {0} maps onto ACLED", kind);
        }
    }

    [Fact]
    public void CodeOf_HostKind_ReturnsNull()
    {
        AcledActorCategory.CodeOf(new ActorKind("myapp:private-security")).Should().BeNull();
    }

    [Fact]
    public void KindOf_EachCode_RoundTripsThroughCodeOf()
    {
        for (int code = 1; code <= 8; code++)
        {
            var kind = AcledActorCategory.KindOf(code);
            kind.Should().NotBeNull();
            AcledActorCategory.CodeOf(kind!.Value).Should().Be(code);
        }
    }

    [Fact]
    public void KindOf_Two_ReturnsRebelGroup()
    {
        AcledActorCategory.KindOf(2).Should().Be(ActorKind.RebelGroup);
    }
}
