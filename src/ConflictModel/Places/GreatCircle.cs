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

    /// <summary>The point at a distance along a bearing (degrees clockwise from north) from a well-formed point.</summary>
    internal static GeoPoint Destination(GeoPoint start, double bearingDegrees, double kilometres)
    {
        double angular = kilometres / MeanEarthRadiusKilometres;
        double bearing = Radians(bearingDegrees);
        double lat1 = Radians(start.Latitude);
        double lon1 = Radians(start.Longitude);
        double lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(angular)) + (Math.Cos(lat1) * Math.Sin(angular) * Math.Cos(bearing)));
        double lon2 = lon1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angular) * Math.Cos(lat1), Math.Cos(angular) - (Math.Sin(lat1) * Math.Sin(lat2)));
        double longitude = ((Degrees(lon2) + 540) % 360) - 180;
        return new GeoPoint(Degrees(lat2), longitude);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
