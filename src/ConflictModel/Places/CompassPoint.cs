namespace ConflictModel;

/// <summary>A direction as reports give it: one of the sixteen points of the compass.</summary>
/// <remarks>
/// The numeric value is the point's order clockwise from north, starting at 1; its bearing is
/// (value − 1) × 22.5 degrees. The values are part of the contract and never change.
/// </remarks>
public enum CompassPoint
{
    /// <summary>North, 0°.</summary>
    North = 1,

    /// <summary>North-north-east, 22.5°.</summary>
    NorthNorthEast = 2,

    /// <summary>North-east, 45°.</summary>
    NorthEast = 3,

    /// <summary>East-north-east, 67.5°.</summary>
    EastNorthEast = 4,

    /// <summary>East, 90°.</summary>
    East = 5,

    /// <summary>East-south-east, 112.5°.</summary>
    EastSouthEast = 6,

    /// <summary>South-east, 135°.</summary>
    SouthEast = 7,

    /// <summary>South-south-east, 157.5°.</summary>
    SouthSouthEast = 8,

    /// <summary>South, 180°.</summary>
    South = 9,

    /// <summary>South-south-west, 202.5°.</summary>
    SouthSouthWest = 10,

    /// <summary>South-west, 225°.</summary>
    SouthWest = 11,

    /// <summary>West-south-west, 247.5°.</summary>
    WestSouthWest = 12,

    /// <summary>West, 270°.</summary>
    West = 13,

    /// <summary>West-north-west, 292.5°.</summary>
    WestNorthWest = 14,

    /// <summary>North-west, 315°.</summary>
    NorthWest = 15,

    /// <summary>North-north-west, 337.5°.</summary>
    NorthNorthWest = 16,
}
