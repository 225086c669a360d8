using System;

namespace ConflictModel;

/// <summary>Distances on the WGS84 ellipsoid's mean sphere, good to about 0.5% at the scales of places in one country.</summary>
internal static class GreatCircle
{
    private const double MeanEarthRadiusKilometres = 6371.0088;

    /// <summary>The haversine distance between two well-formed points, in kilometres.</summary>
    internal static double Kilometres(GeoPoint a, GeoPoint b)
    {
        double lat1 = Radians(a.Latitude);
        double lat2 = Radians(b.Latitude);
        double dLat = lat2 - lat1;
        double dLon = Radians(b.Longitude - a.Longitude);
        double h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * MeanEarthRadiusKilometres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>How far a point of this precision may lie from the place it stands for; null when it is too coarse to compare (a country centroid, an international location).</summary>
    internal static double? ImprecisionKilometres(SpatialPrecision? precision) => precision switch
    {
        null or SpatialPrecision.Exact => 0,
        SpatialPrecision.Near => 5,
        SpatialPrecision.DistrictCentroid or SpatialPrecision.Linear => 25,
        SpatialPrecision.ProvinceCentroid => 100,
        _ => null,
    };

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
