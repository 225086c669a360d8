using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

public class HierarchyRuleTest
{
    [Fact]
    public void PlaceParentCycle_TwoPlaces_IsReportedOnceAtTheFirstWithTheCycle()
    {
        var b = Valid();
        b.AddPlace("deir-ez-zor", "Deir ez-Zor", PlaceKind.Governorate, new PlaceId("abu-kamal-district"));
        b.AddPlace("abu-kamal-district", "Abu Kamal district", PlaceKind.District, new PlaceId("deir-ez-zor"));

        var found = Diagnostics(b, ConflictModelDiagnostics.PlaceParentCycle);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.places[2].parent");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("deir-ez-zor ▸ abu-kamal-district ▸ deir-ez-zor");
        found[0].EntityIds.Should().Equal("deir-ez-zor", "abu-kamal-district");
    }

    [Fact]
    public void PlaceParentCycle_EnteredFromALaterPlace_StartsAtTheCyclesFirstPlace()
    {
        var b = Valid();
        b.AddPlace("hajin", "Hajin", PlaceKind.Town, new PlaceId("district-b"));
        b.AddPlace("district-a", "District A", PlaceKind.District, new PlaceId("district-b"));
        b.AddPlace("district-b", "District B", PlaceKind.District, new PlaceId("district-a"));

        var found = Diagnostics(b, ConflictModelDiagnostics.PlaceParentCycle);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.places[3].parent");
        found[0].Message.Should().Contain("district-a ▸ district-b ▸ district-a");
    }

    [Fact]
    public void PlaceParentCycle_OwnParent_IsACycleOfOne()
    {
        var b = Valid();
        b.AddPlace("rawa", "Rawa", PlaceKind.Town, new PlaceId("rawa"));

        var found = Diagnostics(b, ConflictModelDiagnostics.PlaceParentCycle);

        found.Should().ContainSingle().Which.Message.Should().Contain("rawa ▸ rawa");
        Diagnostics(b, ConflictModelDiagnostics.ParentPlaceNotLarger).Should().BeEmpty();
    }

    [Fact]
    public void PlaceParentCycle_ChainToACountryAndDanglingParent_AreNotCycles()
    {
        var b = Valid();
        b.AddPlace("deir-ez-zor", "Deir ez-Zor", PlaceKind.Governorate, Syria);
        b.AddPlace("abu-kamal-district", "Abu Kamal district", PlaceKind.District, new PlaceId("deir-ez-zor"));
        b.AddPlace("hajin", "Hajin", PlaceKind.Town, new PlaceId("abu-kamal-district"));
        b.AddPlace("mayadin", "Mayadin", PlaceKind.Town, new PlaceId("nowhere"));

        Diagnostics(b, ConflictModelDiagnostics.PlaceParentCycle).Should().BeEmpty();
    }

    [Fact]
    public void PlaceParentCycle_DuplicateIds_DoNotThrowAndFollowTheFirstDeclaration()
    {
        var b = Valid();
        b.AddPlace("x", "X", PlaceKind.Region, new PlaceId("y"));
        b.AddPlace("y", "Y", PlaceKind.Region, new PlaceId("x"));
        b.AddPlace("x", "X again", PlaceKind.Region, Syria);

        var found = Diagnostics(b, ConflictModelDiagnostics.PlaceParentCycle);

        found.Should().ContainSingle().Which.Path.Should().Be("$.places[2].parent");
    }

    [Fact]
    public void PlaceParentCycle_LongCycle_IsShortenedInTheMessage()
    {
        var b = Valid();
        for (int i = 0; i < 40; i++)
        {
            b.AddPlace($"p{i}", $"P{i}", PlaceKind.Region, new PlaceId($"p{(i + 1) % 40}"));
        }

        var found = Diagnostics(b, ConflictModelDiagnostics.PlaceParentCycle);

        found.Should().ContainSingle();
        found[0].Message.Should().Contain("p0 ▸ p1 ▸").And.Contain("… ▸ p39 ▸ p0 (40 members)");
        found[0].EntityIds.Should().HaveCount(40);
    }

    [Fact]
    public void ActorParentCycle_ThreeActors_IsReportedOnce()
    {
        var b = Valid();
        b.AddActor("fourth-division", "4th Division", ActorKind.StateForces, parent: new ActorId("republican-guard"));
        b.AddActor("republican-guard", "Republican Guard", ActorKind.StateForces, parent: new ActorId("tiger-forces"));
        b.AddActor("tiger-forces", "Tiger Forces", ActorKind.StateForces, parent: new ActorId("fourth-division"));

        var found = Diagnostics(b, ConflictModelDiagnostics.ActorParentCycle);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.actors[2].parent");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("fourth-division ▸ republican-guard ▸ tiger-forces ▸ fourth-division");
    }

    [Fact]
    public void ActorParentCycle_ChainEndingAtTheArmy_IsNotReported()
    {
        var b = Valid();
        b.AddActor("fourth-division", "4th Division", ActorKind.StateForces, parent: Army);
        b.AddActor("42nd-brigade", "42nd Brigade", ActorKind.StateForces, parent: new ActorId("fourth-division"));

        Diagnostics(b, ConflictModelDiagnostics.ActorParentCycle).Should().BeEmpty();
    }

    [Fact]
    public void SourceOrganizationCycle_TwoSources_IsReportedAtTheFirst()
    {
        var b = Valid();
        b.AddSource("osdh", "OSDH", SourceKind.NgoMonitor, organization: new SourceId("rami-abdel-rahmane"));
        b.AddSource("rami-abdel-rahmane", "Rami Abdel Rahmane", SourceKind.NamedOfficial, organization: new SourceId("osdh"));

        var found = Diagnostics(b, ConflictModelDiagnostics.SourceOrganizationCycle);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.sources[1].organization");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("osdh ▸ rami-abdel-rahmane ▸ osdh");
    }

    [Fact]
    public void SourceOrganizationCycle_CorrespondentOfAfp_IsNotReported()
    {
        var b = Valid();
        b.AddSource("afp-correspondent", "AFP correspondent", SourceKind.Correspondent, organization: Afp);

        Diagnostics(b, ConflictModelDiagnostics.SourceOrganizationCycle).Should().BeEmpty();
    }

    [Fact]
    public void ParentPlaceNotLarger_GovernorateInsideATown_PointsAtTheParent()
    {
        var b = Valid();
        b.AddPlace("deir-ez-zor", "Deir ez-Zor", PlaceKind.Governorate, Town);

        var found = Diagnostics(b, ConflictModelDiagnostics.ParentPlaceNotLarger);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.places[2].parent");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("governorate \"deir-ez-zor\"").And.Contain("city \"boukamal\"");
        found[0].EntityIds.Should().Equal("deir-ez-zor", "boukamal");
        found[0].AttemptedValue.Should().Be("boukamal");
    }

    [Fact]
    public void ParentPlaceNotLarger_TownInsideATown_IsReported()
    {
        var b = Valid();
        b.AddPlace("hajin", "Hajin", PlaceKind.Town, Town);

        Diagnostics(b, ConflictModelDiagnostics.ParentPlaceNotLarger).Should().ContainSingle();
    }

    [Fact]
    public void ParentPlaceNotLarger_LargerParentUnrankedKindOrMissingParent_IsNotReported()
    {
        var b = Valid();
        b.AddPlace("hamidiyeh", "Hamidiyeh", PlaceKind.Neighbourhood, Town);
        b.AddPlace("euphrates", "Euphrates", PlaceKind.River, Town);
        b.AddPlace("badia", "Badia", PlaceKind.DesertArea, Syria);
        b.AddPlace("t2-station", "T2", PlaceKind.OilField, new PlaceId("badia"));
        b.AddPlace("mayadin", "Mayadin", PlaceKind.Town, new PlaceId("nowhere"));

        Diagnostics(b, ConflictModelDiagnostics.ParentPlaceNotLarger).Should().BeEmpty();
    }
}
