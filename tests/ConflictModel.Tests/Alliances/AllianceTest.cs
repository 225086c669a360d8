// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Linq;
using NodaTime;

namespace ConflictModel.Tests.Alliances;

public class AllianceTest
{
    private static readonly AllianceId ProRegimeId = new("pro-regime");
    private static readonly ActorId Army = new("syrian-army");
    private static readonly ActorId Hezbollah = new("hezbollah");
    private static readonly ActorId Russia = new("russia");

    private static NameSet ProRegimeNames() => new("forces prorégime", LanguageTag.French);

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var leader = new Membership(Army, MembershipRole.Leader);
        var auxiliary = new Membership(Hezbollah, MembershipRole.Auxiliary);

        var alliance = new Alliance(ProRegimeId, ProRegimeNames(), [leader, auxiliary], Army);

        alliance.Id.Should().Be(ProRegimeId);
        alliance.Names.Should().Be(ProRegimeNames());
        alliance.Memberships.Should().Equal(leader, auxiliary);
        alliance.Actor.Should().Be(Army);
    }

    [Fact]
    public void Constructor_NoMemberships_EmptyList()
    {
        var alliance = new Alliance(ProRegimeId, ProRegimeNames());

        alliance.Memberships.Should().BeEmpty();
        alliance.Actor.Should().BeNull();
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsArgument()
    {
        Action act = () => _ = new Alliance(default, ProRegimeNames());

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_NullNames_ThrowsArgumentNull()
    {
        Action act = () => _ = new Alliance(ProRegimeId, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("names");
    }

    [Fact]
    public void Constructor_NullMembership_ThrowsArgumentNamingIndex()
    {
        Action act = () => _ = new Alliance(ProRegimeId, ProRegimeNames(), [new Membership(Army, MembershipRole.Leader), null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("memberships").WithMessage("*[1]*");
    }

    [Fact]
    public void Equals_SeparateButEqualMembershipLists_EqualWithSameHashCode()
    {
        var a = new Alliance(ProRegimeId, ProRegimeNames(), [new Membership(Army, MembershipRole.Leader), new Membership(Russia, MembershipRole.AirSupport)]);
        var b = new Alliance(ProRegimeId, ProRegimeNames(), [new Membership(Army, MembershipRole.Leader), new Membership(Russia, MembershipRole.AirSupport)]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentMembershipRole_NotEqual()
    {
        var a = new Alliance(ProRegimeId, ProRegimeNames(), [new Membership(Russia, MembershipRole.AirSupport)]);
        var b = new Alliance(ProRegimeId, ProRegimeNames(), [new Membership(Russia, MembershipRole.Backer)]);

        a.Should().NotBe(b);
    }

    [Fact]
    public void WithMembership_ReturnsNewAllianceAndLeavesOriginal()
    {
        var original = new Alliance(ProRegimeId, ProRegimeNames(), [new Membership(Army, MembershipRole.Leader)]);
        var added = new Membership(Hezbollah, MembershipRole.Auxiliary);

        var changed = original.WithMembership(added);

        changed.Memberships.Should().HaveCount(2);
        changed.Memberships[1].Should().Be(added);
        original.Memberships.Should().HaveCount(1);
    }

    [Fact]
    public void WithMembership_Null_ThrowsArgumentNull()
    {
        Action act = () => new Alliance(ProRegimeId, ProRegimeNames()).WithMembership(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void MembershipsOn_Date_ReturnsOnlyValidMemberships()
    {
        var always = new Membership(Army, MembershipRole.Leader);
        var russiaFrom2015 = new Membership(Russia, MembershipRole.AirSupport, ValidityInterval.From(new LocalDate(2015, 9, 30)));
        var hezbollahUntil2012 = new Membership(Hezbollah, MembershipRole.Auxiliary, new ValidityInterval(null, new LocalDate(2012, 12, 31)));
        var alliance = new Alliance(ProRegimeId, ProRegimeNames(), [always, russiaFrom2015, hezbollahUntil2012]);

        alliance.MembershipsOn(new LocalDate(2017, 11, 9)).Should().Equal(always, russiaFrom2015);
        alliance.MembershipsOn(new LocalDate(2015, 9, 29)).Should().Equal(always);
        alliance.MembershipsOn(new LocalDate(2012, 12, 31)).Should().Equal(always, hezbollahUntil2012);
    }

    [Fact]
    public void ToString_ReturnsIdAndPrimaryName()
    {
        new Alliance(ProRegimeId, ProRegimeNames()).ToString().Should().Be("pro-regime (forces prorégime)");
    }
}
