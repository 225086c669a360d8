using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// Where a place lies as a report gives it, from another place or a named feature: "15 km
/// south-west of Aleppo", "some 20 km from the border", "areas south of Hama", "near the
/// Damascus–Aleppo highway".
/// </summary>
/// <remarks>
/// <para>The words of the report are kept as they are (<see cref="Place.RelativeTo"/>), beside any
/// point a coder computed or found for the place (<see cref="Place.Location"/>): a distance and a
/// direction from a town are a report's approximation, not a survey. <see cref="Estimate"/> gives
/// the point they describe from the anchor's point, for a coder who has no better one.</para>
/// <para>The anchor is a place of the dossier (<see cref="Of"/>), or a feature the dossier does not
/// hold as a place, named in words (<see cref="Feature"/>: "the Turkish border"); at least one is
/// given. Without a distance or a direction the location is "near" the anchor.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RelativeLocation
{
    /// <summary>Initializes a relative location.</summary>
    /// <param name="of">The place of the dossier the location is given from, or null when it is given from a named feature only.</param>
    /// <param name="feature">The feature the location is given from, in the report's words ("the Turkish border"), or null.</param>
    /// <param name="distanceKilometres">The distance from the anchor in kilometres, or null when the report gives none.</param>
    /// <param name="direction">The direction from the anchor, or null when the report gives none.</param>
    /// <param name="isApproximate">True when the report gives the distance as approximate ("some 15 km", "about").</param>
    /// <exception cref="ArgumentException">Both the place and the feature are missing, the place is the default id, the feature is blank, or <paramref name="isApproximate"/> is set without a distance.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The distance is negative, not finite, or beyond 20,000 km, or the direction is undefined.</exception>
    public RelativeLocation(PlaceId? of = null, string? feature = null, double? distanceKilometres = null, CompassPoint? direction = null,
        bool isApproximate = false)
    {
        Of = Checks.OptionalId(of);
        Feature = Checks.OptionalText(feature);
        Preconditions.CheckArgument(Of is not null || Feature is not null, nameof(of),
            "A relative location is given from a place of the dossier or from a named feature; give at least one.");
        if (distanceKilometres is { } d && (!double.IsFinite(d) || d < 0 || d > MaxDistanceKilometres))
        {
            throw new ArgumentOutOfRangeException(nameof(distanceKilometres), d,
                string.Format(CultureInfo.InvariantCulture, "A distance is a finite number of kilometres in [0-{0}].", MaxDistanceKilometres));
        }
        Preconditions.CheckArgument(!isApproximate || distanceKilometres is not null, nameof(isApproximate), "Only a distance can be approximate; none was given.");
        DistanceKilometres = distanceKilometres;
        Direction = direction is { } dir ? Preconditions.CheckDefined(dir, nameof(direction)) : null;
        IsApproximate = isApproximate;
    }

    /// <summary>The greatest distance a location may give: half the Earth's circumference, rounded.</summary>
    public const double MaxDistanceKilometres = 20_000;

    /// <summary>Gets the place of the dossier the location is given from, or null.</summary>
    public PlaceId? Of { get; }

    /// <summary>Gets the feature the location is given from, in the report's words, or null.</summary>
    public string? Feature { get; }

    /// <summary>Gets the distance from the anchor in kilometres, or null.</summary>
    public double? DistanceKilometres { get; }

    /// <summary>Gets the direction from the anchor, or null.</summary>
    public CompassPoint? Direction { get; }

    /// <summary>Gets a value indicating whether the distance is approximate.</summary>
    public bool IsApproximate { get; }

    /// <summary>Gets a value indicating whether the location only says "near" the anchor: no distance, no direction.</summary>
    public bool IsNear => DistanceKilometres is null && Direction is null;

    /// <summary>Gets the members of the object in a document that the format does not define, kept as they were read.</summary>
    public ExtensionData Extensions { get; internal init; } = ExtensionData.Empty;

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The extension data.</param>
    /// <returns>The copy, or this instance when the extension data is the same.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    public RelativeLocation WithExtensions(ExtensionData extensions) =>
        ReferenceEquals(Preconditions.CheckNotNull(extensions), Extensions) ? this : this with { Extensions = extensions };

    /// <summary>Returns the point the location describes, from the anchor's point.</summary>
    /// <param name="anchor">The point of the place the location is given from.</param>
    /// <returns>
    /// The point at the distance and in the direction from <paramref name="anchor"/> along a great
    /// circle, or <paramref name="anchor"/> itself when the location gives no distance or no
    /// direction (near it, or at an unknown bearing).
    /// </returns>
    public GeoPoint Estimate(GeoPoint anchor)
    {
        if (DistanceKilometres is not { } distance || Direction is not { } direction)
        {
            return anchor;
        }
        return GreatCircle.Destination(anchor, ((int)direction - 1) * 22.5, distance);
    }

    /// <summary>Returns the location in words.</summary>
    /// <returns>Such as <c>about 15 km south-west of aleppo</c> or <c>near "the Turkish border"</c>.</returns>
    public override string ToString()
    {
        string anchor = Of is { } of ? of.ToString() : $"\"{Feature}\"";
        if (IsNear)
        {
            return $"near {anchor}";
        }
        string distance = DistanceKilometres is { } d
            ? (IsApproximate ? "about " : string.Empty) + d.ToString("0.###", CultureInfo.InvariantCulture) + " km "
            : string.Empty;
        string direction = Direction is { } dir ? Words(dir) + " of " : "from ";
        return distance + direction + anchor;
    }

    private static string Words(CompassPoint point) => point switch
    {
        CompassPoint.North => "north",
        CompassPoint.NorthNorthEast => "north-north-east",
        CompassPoint.NorthEast => "north-east",
        CompassPoint.EastNorthEast => "east-north-east",
        CompassPoint.East => "east",
        CompassPoint.EastSouthEast => "east-south-east",
        CompassPoint.SouthEast => "south-east",
        CompassPoint.SouthSouthEast => "south-south-east",
        CompassPoint.South => "south",
        CompassPoint.SouthSouthWest => "south-south-west",
        CompassPoint.SouthWest => "south-west",
        CompassPoint.WestSouthWest => "west-south-west",
        CompassPoint.West => "west",
        CompassPoint.WestNorthWest => "west-north-west",
        CompassPoint.NorthWest => "north-west",
        _ => "north-north-west",
    };
}
