// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Linq;

namespace ConflictModel.Tests.Events;

public class EventTaxonomyTest
{
    private static readonly EventType[] AcledTypes =
    [
        EventType.Battles, EventType.ExplosionsRemoteViolence, EventType.ViolenceAgainstCivilians,
        EventType.Protests, EventType.Riots, EventType.StrategicDevelopments,
    ];

    [Fact]
    public void SubEventType_WellKnown_HasExactlyTwentyFiveDistinctTerms()
    {
        SubEventType.WellKnown.Should().HaveCount(25);
        SubEventType.WellKnown.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Entries_OneRowPerWellKnownSubType()
    {
        EventTaxonomy.Entries.Should().HaveCount(25);
        EventTaxonomy.Entries.Select(e => e.SubType).Should().BeEquivalentTo(SubEventType.WellKnown);
    }

    [Fact]
    public void TypeOf_EveryWellKnownSubType_IsOneOfTheSixAcledTypes()
    {
        foreach (var subType in SubEventType.WellKnown)
        {
            EventTaxonomy.TypeOf(subType).Should().NotBeNull("{0} has a type", subType);
            AcledTypes.Should().Contain(EventTaxonomy.TypeOf(subType)!.Value);
        }
    }

    // ACLED codebook: Battles 3, Explosions/Remote violence 6, Violence against civilians 3,
    // Protests 3, Riots 2, Strategic developments 8 sub-event types.
    [Theory]
    [InlineData("battles", 3)]
    [InlineData("explosions-remote-violence", 6)]
    [InlineData("violence-against-civilians", 3)]
    [InlineData("protests", 3)]
    [InlineData("riots", 2)]
    [InlineData("strategic-developments", 8)]
    public void TypeOf_SubTypesPerAcledType_MatchCodebook(string type, int count)
    {
        SubEventType.WellKnown.Count(s => EventTaxonomy.TypeOf(s) == new EventType(type)).Should().Be(count);
    }

    [Theory]
    [InlineData("Armed clash", "armed-clash", "battles")]
    [InlineData("Government regains territory", "government-regains-territory", "battles")]
    [InlineData("Non-state actor overtakes territory", "non-state-actor-overtakes-territory", "battles")]
    [InlineData("Air/drone strike", "air-or-drone-strike", "explosions-remote-violence")]
    [InlineData("Remote explosive/landmine/IED", "remote-explosive", "explosions-remote-violence")]
    [InlineData("Abduction/forced disappearance", "abduction-forced-disappearance", "violence-against-civilians")]
    [InlineData("Excessive force against protesters", "excessive-force-against-protesters", "protests")]
    [InlineData("Mob violence", "mob-violence", "riots")]
    [InlineData("Non-violent transfer of territory", "non-violent-transfer-of-territory", "strategic-developments")]
    [InlineData("Other", "other", "strategic-developments")]
    public void FindByAcledLabel_CodebookLabel_ReturnsRow(string label, string subType, string type)
    {
        var entry = EventTaxonomy.FindByAcledLabel(label);

        entry.Should().NotBeNull();
        entry!.SubType.Should().Be(new SubEventType(subType));
        entry.Type.Should().Be(new EventType(type));
        entry.AcledSubEventType.Should().Be(label);
    }

    [Fact]
    public void FindByAcledLabel_EveryRowsLabel_RoundTrips()
    {
        foreach (var entry in EventTaxonomy.Entries)
        {
            EventTaxonomy.FindByAcledLabel(entry.AcledSubEventType).Should().Be(entry);
            EventTaxonomy.Find(entry.SubType).Should().Be(entry);
        }
    }

    [Fact]
    public void FindByAcledLabel_OtherCaseAndSurroundingSpace_Found()
    {
        EventTaxonomy.FindByAcledLabel("  government REGAINS territory ")!.SubType.Should().Be(SubEventType.GovernmentRegainsTerritory);
    }

    [Theory]
    [InlineData("Air strike")]
    [InlineData("")]
    [InlineData("Battles")]
    public void FindByAcledLabel_UnknownLabel_ReturnsNull(string label)
    {
        EventTaxonomy.FindByAcledLabel(label).Should().BeNull();
    }

    [Fact]
    public void FindByAcledLabel_Null_ThrowsArgumentNull()
    {
        Action act = () => EventTaxonomy.FindByAcledLabel(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void TypeOfAndFind_HostSubType_ReturnNull()
    {
        EventTaxonomy.TypeOf(new SubEventType("myapp:checkpoint-closure")).Should().BeNull();
        EventTaxonomy.Find(new SubEventType("myapp:checkpoint-closure")).Should().BeNull();
    }

    [Theory]
    [InlineData("battles", "Battles")]
    [InlineData("explosions-remote-violence", "Explosions/Remote violence")]
    [InlineData("violence-against-civilians", "Violence against civilians")]
    [InlineData("protests", "Protests")]
    [InlineData("riots", "Riots")]
    [InlineData("strategic-developments", "Strategic developments")]
    public void AcledLabelOf_AcledType_ReturnsCodebookLabel(string type, string label)
    {
        EventTaxonomy.AcledLabelOf(new EventType(type)).Should().Be(label);
    }

    [Fact]
    public void AcledLabelOf_TypesAcledLacks_ReturnNull()
    {
        EventTaxonomy.AcledLabelOf(EventType.Displacement).Should().BeNull();
        EventTaxonomy.AcledLabelOf(EventType.Statement).Should().BeNull();
        EventTaxonomy.AcledLabelOf(new EventType("myapp:siege")).Should().BeNull();
    }
}
