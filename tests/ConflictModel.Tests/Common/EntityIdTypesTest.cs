// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Collections.Generic;

namespace ConflictModel.Tests.Common;

/// <summary>The behaviour that the eight id types share, checked on each of them.</summary>
public class EntityIdTypesTest
{
    private static readonly Dictionary<string, Func<string, IEntityId>> Constructors = new()
    {
        ["actor"] = v => new ActorId(v),
        ["alliance"] = v => new AllianceId(v),
        ["relation"] = v => new RelationId(v),
        ["place"] = v => new PlaceId(v),
        ["source"] = v => new SourceId(v),
        ["report"] = v => new ReportId(v),
        ["claim"] = v => new ClaimId(v),
        ["event"] = v => new EventId(v),
    };

    private static readonly Dictionary<string, Func<string?, (bool Ok, IEntityId Id)>> TryCreators = new()
    {
        ["actor"] = v => (ActorId.TryCreate(v, out var id), id),
        ["alliance"] = v => (AllianceId.TryCreate(v, out var id), id),
        ["relation"] = v => (RelationId.TryCreate(v, out var id), id),
        ["place"] = v => (PlaceId.TryCreate(v, out var id), id),
        ["source"] = v => (SourceId.TryCreate(v, out var id), id),
        ["report"] = v => (ReportId.TryCreate(v, out var id), id),
        ["claim"] = v => (ClaimId.TryCreate(v, out var id), id),
        ["event"] = v => (EventId.TryCreate(v, out var id), id),
    };

    private static readonly Dictionary<string, IEntityId> Defaults = new()
    {
        ["actor"] = default(ActorId),
        ["alliance"] = default(AllianceId),
        ["relation"] = default(RelationId),
        ["place"] = default(PlaceId),
        ["source"] = default(SourceId),
        ["report"] = default(ReportId),
        ["claim"] = default(ClaimId),
        ["event"] = default(EventId),
    };

    public static TheoryData<string> Kinds => new(Constructors.Keys);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_WellFormedText_KeepsTextAndKind(string kind)
    {
        var id = Constructors[kind]("capture-boukamal");

        id.Value.Should().Be("capture-boukamal");
        id.EntityKind.Should().Be(kind);
        id.ToString().Should().Be("capture-boukamal");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_Null_ThrowsArgumentNull(string kind)
    {
        Action act = () => Constructors[kind](null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_Empty_ThrowsArgumentWithKindInMessage(string kind)
    {
        Action act = () => Constructors[kind](string.Empty);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value").WithMessage($"Malformed {kind} id*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_RightToLeftOverride_ThrowsArgumentNamingCharacterAndIndex(string kind)
    {
        Action act = () => Constructors[kind]("abc\u202Edef");

        act.Should().ThrowExactly<ArgumentException>().WithMessage("*character U+202E at position 4 is not allowed*");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Default_HasNoTextAndPrintsEmpty(string kind)
    {
        var id = Defaults[kind];

        id.IsDefault.Should().BeTrue();
        id.Invoking(i => i.Value).Should().Throw<InvalidOperationException>().WithMessage("default(*) has no text*IsDefault*");
        id.ToString().Should().BeEmpty();
        id.EntityKind.Should().Be(kind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Constructor_AnyText_IsNotTheDefault(string kind)
    {
        var id = Constructors[kind]("osdh");

        id.IsDefault.Should().BeFalse();
        id.Value.Should().Be("osdh");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TryCreate_WellFormed_ReturnsTrueAndId(string kind)
    {
        var (ok, id) = TryCreators[kind]("osdh");

        ok.Should().BeTrue();
        id.Should().Be(Constructors[kind]("osdh"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TryCreate_Malformed_ReturnsFalseAndDefault(string kind)
    {
        var (ok, id) = TryCreators[kind]("not an id");

        ok.Should().BeFalse();
        id.Should().Be(Defaults[kind]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TryCreate_Null_ReturnsFalse(string kind)
    {
        TryCreators[kind](null).Ok.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Equals_SameText_EqualWithSameHashCode(string kind)
    {
        var a = Constructors[kind]("boukamal");
        var b = Constructors[kind]("boukamal");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Equals_TextDiffersInCase_NotEqual(string kind)
    {
        Constructors[kind]("boukamal").Should().NotBe(Constructors[kind]("Boukamal"));
    }
}
