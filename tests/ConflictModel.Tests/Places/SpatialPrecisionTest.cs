// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

namespace ConflictModel.Tests.Places;

public class SpatialPrecisionTest
{
    // ACLED geo_precision: 1 exact place, 2 near it, 3 a larger region (its centroid).
    [Theory]
    [InlineData(SpatialPrecision.Exact, 1)]
    [InlineData(SpatialPrecision.Near, 2)]
    [InlineData(SpatialPrecision.DistrictCentroid, 3)]
    [InlineData(SpatialPrecision.ProvinceCentroid, 3)]
    [InlineData(SpatialPrecision.Linear, 3)]
    [InlineData(SpatialPrecision.CountryCentroid, 3)]
    [InlineData(SpatialPrecision.International, 3)]
    public void ToAcledGeoPrecision_Precision_ReturnsAcledCode(SpatialPrecision precision, int code)
    {
        precision.ToAcledGeoPrecision().Should().Be(code);
    }

    [Theory]
    [InlineData(1, SpatialPrecision.Exact)]
    [InlineData(2, SpatialPrecision.Near)]
    [InlineData(3, SpatialPrecision.DistrictCentroid)]
    public void FromAcledGeoPrecision_Code_ReturnsPrecision(int code, SpatialPrecision precision)
    {
        SpatialPrecisionExtensions.FromAcledGeoPrecision(code).Should().Be(precision);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void FromAcledGeoPrecision_UnknownCode_ReturnsNull(int code)
    {
        SpatialPrecisionExtensions.FromAcledGeoPrecision(code).Should().BeNull();
    }

    // UCDP GED where_prec: 1 exact, 2 within 25 km, 3 ADM2, 4 ADM1, 5 linear, 6 country, 7 international.
    [Theory]
    [InlineData(SpatialPrecision.Exact, 1)]
    [InlineData(SpatialPrecision.Near, 2)]
    [InlineData(SpatialPrecision.DistrictCentroid, 3)]
    [InlineData(SpatialPrecision.ProvinceCentroid, 4)]
    [InlineData(SpatialPrecision.Linear, 5)]
    [InlineData(SpatialPrecision.CountryCentroid, 6)]
    [InlineData(SpatialPrecision.International, 7)]
    public void UcdpWherePrecision_RoundTrips(SpatialPrecision precision, int code)
    {
        precision.ToUcdpWherePrecision().Should().Be(code);
        SpatialPrecisionExtensions.FromUcdpWherePrecision(code).Should().Be(precision);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void FromUcdpWherePrecision_UnknownCode_ReturnsNull(int code)
    {
        SpatialPrecisionExtensions.FromUcdpWherePrecision(code).Should().BeNull();
    }

    [Fact]
    public void FromAcledGeoPrecision_EveryCode_RoundTripsThroughToAcled()
    {
        for (int code = 1; code <= 3; code++)
        {
            SpatialPrecisionExtensions.FromAcledGeoPrecision(code)!.Value.ToAcledGeoPrecision().Should().Be(code);
        }
    }
}
