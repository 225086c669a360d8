// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Places;

public class PlaceCodesTest
{
    [Fact]
    public void Constructor_AllCodes_KeepsThem()
    {
        var codes = new PlaceCodes("SY", 163843, "SY");

        codes.Iso3166.Should().Be("SY");
        codes.GeoNamesId.Should().Be(163843);
        codes.PCode.Should().Be("SY");
    }

    [Fact]
    public void None_HasNoCodes()
    {
        PlaceCodes.None.Iso3166.Should().BeNull();
        PlaceCodes.None.GeoNamesId.Should().BeNull();
        PlaceCodes.None.PCode.Should().BeNull();
        PlaceCodes.None.Should().Be(new PlaceCodes());
    }

    [Fact]
    public void Constructor_BlankIso_ThrowsArgument()
    {
        Action act = () => _ = new PlaceCodes(iso3166: " ");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("iso3166");
    }

    [Fact]
    public void Constructor_BlankPCode_ThrowsArgument()
    {
        Action act = () => _ = new PlaceCodes(pCode: "");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("pCode");
    }

    [Fact]
    public void Equals_DifferentGeoNamesId_NotEqual()
    {
        new PlaceCodes("SY-DY", 1).Should().NotBe(new PlaceCodes("SY-DY", 2));
    }
}
