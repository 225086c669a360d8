// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System.Globalization;

namespace ConflictModel.Tests.Places;

public class GeoPointTest
{
    [Fact]
    public void Constructor_KeepsCoordinates()
    {
        var point = new GeoPoint(34.4535, 40.9357);

        point.Latitude.Should().Be(34.4535);
        point.Longitude.Should().Be(40.9357);
    }

    [Theory]
    [InlineData(34.4535, 40.9357)]
    [InlineData(90.0, 180.0)]
    [InlineData(-90.0, -180.0)]
    [InlineData(0.0, 0.0)]
    public void IsWellFormed_InRange_True(double latitude, double longitude)
    {
        new GeoPoint(latitude, longitude).IsWellFormed.Should().BeTrue();
    }

    [Theory]
    [InlineData(90.0001, 0.0)]
    [InlineData(-90.0001, 0.0)]
    [InlineData(0.0, 180.0001)]
    [InlineData(0.0, -180.0001)]
    [InlineData(double.NaN, 0.0)]
    [InlineData(0.0, double.NaN)]
    [InlineData(double.PositiveInfinity, 0.0)]
    [InlineData(0.0, double.NegativeInfinity)]
    public void IsWellFormed_OutOfRangeOrNaN_False(double latitude, double longitude)
    {
        new GeoPoint(latitude, longitude).IsWellFormed.Should().BeFalse();
    }

    [Fact]
    public void Constructor_OutOfRange_KeptAsGiven()
    {
        var point = new GeoPoint(123.5, -200);

        point.Latitude.Should().Be(123.5);
        point.Longitude.Should().Be(-200);
    }

    [Fact]
    public void Equals_SameCoordinates_Equal()
    {
        new GeoPoint(34.4535, 40.9357).Should().Be(new GeoPoint(34.4535, 40.9357));
        new GeoPoint(34.4535, 40.9357).Should().NotBe(new GeoPoint(40.9357, 34.4535));
    }

    [Fact]
    public void ToString_UnderFrenchCulture_UsesInvariantDecimalPoint()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            new GeoPoint(34.4535, -40.5).ToString().Should().Be("34.4535, -40.5");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
