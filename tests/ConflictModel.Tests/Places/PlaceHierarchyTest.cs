// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

namespace ConflictModel.Tests.Places;

public class PlaceHierarchyTest
{
    [Theory]
    [InlineData("country", "governorate")]
    [InlineData("country", "town")]
    [InlineData("governorate", "district")]
    [InlineData("district", "subdistrict")]
    [InlineData("subdistrict", "village")]
    [InlineData("city", "neighbourhood")]
    [InlineData("governorate", "oil-field")]
    public void CanContain_LargerAroundSmaller_True(string parent, string child)
    {
        PlaceHierarchy.CanContain(new PlaceKind(parent), new PlaceKind(child)).Should().BeTrue();
    }

    [Theory]
    [InlineData("town", "governorate")]
    [InlineData("town", "town")]
    [InlineData("town", "city")]
    [InlineData("district", "country")]
    [InlineData("camp", "camp")]
    public void CanContain_SmallerOrEqualAroundLarger_False(string parent, string child)
    {
        PlaceHierarchy.CanContain(new PlaceKind(parent), new PlaceKind(child)).Should().BeFalse();
    }

    [Theory]
    [InlineData("river", "country")]
    [InlineData("country", "river")]
    [InlineData("desert-area", "governorate")]
    [InlineData("region", "town")]
    [InlineData("myapp:front-line", "country")]
    public void CanContain_KindWithoutRank_True(string parent, string child)
    {
        PlaceHierarchy.CanContain(new PlaceKind(parent), new PlaceKind(child)).Should().BeTrue();
    }

    [Fact]
    public void RankOf_CountryBeforeGovernorateBeforeDistrictBeforeTown()
    {
        var country = PlaceHierarchy.RankOf(PlaceKind.Country);
        var governorate = PlaceHierarchy.RankOf(PlaceKind.Governorate);
        var district = PlaceHierarchy.RankOf(PlaceKind.District);
        var town = PlaceHierarchy.RankOf(PlaceKind.Town);

        country.Should().BeLessThan(governorate!.Value);
        governorate.Should().BeLessThan(district!.Value);
        district.Should().BeLessThan(town!.Value);
        PlaceHierarchy.RankOf(PlaceKind.City).Should().Be(town);
        PlaceHierarchy.RankOf(PlaceKind.Village).Should().Be(town);
    }

    [Fact]
    public void RankOf_RiverOrHostKind_Null()
    {
        PlaceHierarchy.RankOf(PlaceKind.River).Should().BeNull();
        PlaceHierarchy.RankOf(new PlaceKind("myapp:checkpoint")).Should().BeNull();
    }
}
