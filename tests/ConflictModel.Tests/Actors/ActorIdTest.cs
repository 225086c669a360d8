// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Linq;

namespace ConflictModel.Tests.Actors;

public class ActorIdTest
{
    [Fact]
    public void CompareTo_OrdinalOrder_UpperCaseBeforeLowerCase()
    {
        var upper = new ActorId("Zeta");
        var lower = new ActorId("alpha");

        // 'Z' is U+005A and 'a' is U+0061: ordinally, "Zeta" sorts first.
        upper.CompareTo(lower).Should().BeNegative();
        (upper < lower).Should().BeTrue();
        (upper <= lower).Should().BeTrue();
        (upper > lower).Should().BeFalse();
        (upper >= lower).Should().BeFalse();
    }

    [Fact]
    public void CompareTo_SameText_Zero()
    {
        var a = new ActorId("isis");
        var b = new ActorId("isis");

        a.CompareTo(b).Should().Be(0);
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
    }

    [Fact]
    public void Sort_Ids_OrdersOrdinally()
    {
        var ids = new[] { new ActorId("sdf"), new ActorId("army-10"), new ActorId("army-9"), new ActorId("SAA") };

        ids.Order().Select(i => i.Value).Should().Equal("SAA", "army-10", "army-9", "sdf");
    }

    [Fact]
    public void Constructor_LeadingHyphen_ThrowsArgumentNamingCharacter()
    {
        Action act = () => _ = new ActorId("-isis");

        act.Should().ThrowExactly<ArgumentException>().WithMessage("*starts with '-'*");
    }

    [Fact]
    public void Constructor_TooLong_ThrowsArgumentGivingLength()
    {
        Action act = () => _ = new ActorId(new string('a', 201));

        act.Should().ThrowExactly<ArgumentException>().WithMessage("*201 characters*200*");
    }

    [Fact]
    public void Constructor_ControlCharacter_ThrowsArgumentGivingCodePoint()
    {
        Action act = () => _ = new ActorId("is\u0007is");

        act.Should().ThrowExactly<ArgumentException>().WithMessage("*character U+0007 at position 3 is not allowed*");
    }

    [Fact]
    public void Constructor_TwoHundredCharacters_Accepted()
    {
        var text = new string('a', 199) + "9";

        new ActorId(text).Value.Should().Be(text);
    }
}
