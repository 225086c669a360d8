using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// The approximate extent of some countries, by ISO 3166-1 alpha-2 code: the smallest and
/// largest latitude and longitude of their territory, islands included, in WGS84 decimal degrees,
/// rounded outwards to about a twentieth of a degree. Used to tell a point that is far from its
/// country, not to tell on which side of a border a point lies.
/// </summary>
/// <remarks>
/// <para>Extents follow each country's land territory as commonly mapped (Natural Earth style
/// outlines); disputed areas a country administers are included. A box whose
/// <see cref="Box.MinLongitude"/> is greater than its <see cref="Box.MaxLongitude"/> crosses the
/// antimeridian: Russia runs east from Kaliningrad (19.6°E) past 180° to the Bering Strait
/// (169°W), so its longitudes are those from 19.6 up to 180 and from -180 up to -169.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
internal static class CountryBoundingBoxes
{
    /// <summary>A country's extent.</summary>
    /// <param name="Name">The country's English short name.</param>
    /// <param name="MinLatitude">The southernmost latitude.</param>
    /// <param name="MaxLatitude">The northernmost latitude.</param>
    /// <param name="MinLongitude">The westernmost longitude.</param>
    /// <param name="MaxLongitude">The easternmost longitude; less than <paramref name="MinLongitude"/> when the box crosses the antimeridian.</param>
    internal readonly record struct Box(string Name, double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);

    private static readonly Dictionary<string, Box> Boxes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AF"] = new("Afghanistan", 29.35, 38.50, 60.45, 74.90),
        ["BF"] = new("Burkina Faso", 9.40, 15.10, -5.55, 2.45),
        ["CD"] = new("DR Congo", -13.50, 5.40, 12.20, 31.35),
        ["CO"] = new("Colombia", -4.25, 13.40, -81.75, -66.85),
        ["EG"] = new("Egypt", 21.50, 31.70, 24.65, 36.95),
        ["ET"] = new("Ethiopia", 3.40, 14.90, 32.95, 48.00),
        ["IL"] = new("Israel", 29.45, 33.35, 34.25, 35.90),
        ["IQ"] = new("Iraq", 29.05, 37.40, 38.75, 48.65),
        ["IR"] = new("Iran", 25.05, 39.80, 44.00, 63.35),
        ["JO"] = new("Jordan", 29.15, 33.40, 34.95, 39.30),
        ["LB"] = new("Lebanon", 33.05, 34.70, 35.10, 36.65),
        ["LY"] = new("Libya", 19.50, 33.20, 9.30, 25.20),
        ["ML"] = new("Mali", 10.10, 25.00, -12.30, 4.30),
        ["MM"] = new("Myanmar", 9.60, 28.55, 92.15, 101.20),
        ["MX"] = new("Mexico", 14.50, 32.75, -118.45, -86.70),
        ["NE"] = new("Niger", 11.65, 23.55, 0.15, 16.00),
        ["NG"] = new("Nigeria", 4.25, 13.90, 2.65, 14.70),
        ["RU"] = new("Russia", 41.15, 81.90, 19.60, -169.00),
        ["SA"] = new("Saudi Arabia", 16.30, 32.20, 34.45, 55.70),
        ["SD"] = new("Sudan", 8.65, 22.25, 21.80, 38.65),
        ["SO"] = new("Somalia", -1.70, 12.00, 40.95, 51.45),
        ["SS"] = new("South Sudan", 3.45, 12.25, 23.40, 36.00),
        ["SY"] = new("Syria", 32.30, 37.35, 35.70, 42.40),
        ["TR"] = new("Turkey", 35.80, 42.15, 25.60, 44.85),
        ["UA"] = new("Ukraine", 44.35, 52.40, 22.10, 40.25),
        ["YE"] = new("Yemen", 12.10, 19.00, 41.80, 54.55),
    };

    /// <summary>Finds the extent of a country.</summary>
    /// <param name="alpha2">An ISO 3166-1 alpha-2 code, in any case.</param>
    /// <param name="box">The extent when the method returns true.</param>
    /// <returns>False when the table does not have the country.</returns>
    internal static bool TryGet(string alpha2, out Box box) => Boxes.TryGetValue(alpha2, out box);
}
