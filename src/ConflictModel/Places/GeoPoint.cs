using System.Globalization;

namespace ConflictModel;

/// <summary>A point on the WGS84 ellipsoid in decimal degrees.</summary>
/// <remarks>
/// Any pair of numbers is kept as given, even out of range or NaN, so that a dossier read from a
/// file can be reported on by validation rather than lost; <see cref="IsWellFormed"/> tells
/// whether the point is usable. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct GeoPoint
{
    /// <summary>Initializes a point.</summary>
    /// <param name="latitude">Latitude in decimal degrees, expected in [-90, 90].</param>
    /// <param name="longitude">Longitude in decimal degrees, expected in [-180, 180].</param>
    public GeoPoint(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Gets the latitude in decimal degrees.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in decimal degrees.</summary>
    public double Longitude { get; }

    /// <summary>Gets a value indicating whether the latitude is in [-90, 90] and the longitude in [-180, 180].</summary>
    public bool IsWellFormed => Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;

    /// <summary>Returns the point as "latitude, longitude" in invariant culture.</summary>
    /// <returns>Such as <c>34.4535, 40.9357</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude}, {Longitude}");
}
