// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Alliances;

public class MembershipTest
{
    private static readonly ActorId Hezbollah = new("hezbollah");
    private static readonly ClaimId C1 = new("c1");
    private static readonly ClaimId C2 = new("c2");

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var validity = new ValidityInterval(new LocalDate(2013, 5, 1), new LocalDate(2017, 11, 9));

        var membership = new Membership(Hezbollah, MembershipRole.Auxiliary, validity, [C1, C2]);

        membership.Actor.Should().Be(Hezbollah);
        membership.Role.Should().Be(MembershipRole.Auxiliary);
        membership.Validity.Should().Be(validity);
        membership.Claims.Should().Equal(C1, C2);
    }

    [Fact]
    public void Constructor_Defaults_AlwaysValidAndNoClaims()
    {
        var membership = new Membership(Hezbollah, MembershipRole.Member);

        membership.Validity.Should().Be(ValidityInterval.Always);
        membership.Claims.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DefaultActor_ThrowsArgument()
    {
        Action act = () => _ = new Membership(default, MembershipRole.Member);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("actor");
    }

    [Fact]
    public void Constructor_DefaultRole_ThrowsArgument()
    {
        Action act = () => _ = new Membership(Hezbollah, default);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("role").WithMessage("*MembershipRole*");
    }

    [Fact]
    public void Constructor_DefaultClaimId_ThrowsArgumentNamingIndex()
    {
        Action act = () => _ = new Membership(Hezbollah, MembershipRole.Member, default, [C1, default]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("claims").WithMessage("*[1]*ClaimId*");
    }

    [Fact]
    public void Equals_SeparateButEqualClaimLists_EqualWithSameHashCode()
    {
        var a = new Membership(Hezbollah, MembershipRole.Auxiliary, default, [C1, C2]);
        var b = new Membership(Hezbollah, MembershipRole.Auxiliary, default, [new ClaimId("c1"), new ClaimId("c2")]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentClaims_NotEqual()
    {
        new Membership(Hezbollah, MembershipRole.Auxiliary, default, [C1])
            .Should().NotBe(new Membership(Hezbollah, MembershipRole.Auxiliary, default, [C2]));
    }

    [Fact]
    public void ToString_ShowsActorRoleAndValidity()
    {
        new Membership(Hezbollah, MembershipRole.Auxiliary).ToString().Should().Be("hezbollah as auxiliary (../..)");
    }

    [Fact]
    public void MembershipRole_WellKnownTerms_HaveTheirText()
    {
        MembershipRole.WellKnown.Should().Equal(
            new MembershipRole("leader"), new MembershipRole("member"), new MembershipRole("backer"),
            new MembershipRole("air-support"), new MembershipRole("auxiliary"));
    }
}
