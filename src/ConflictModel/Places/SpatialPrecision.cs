namespace ConflictModel;

/// <summary>
/// How closely a place's point stands for where something happened. The numeric values are UCDP
/// GED's <c>where_prec</c> codes; they are part of the contract and never change.
/// </summary>
public enum SpatialPrecision
{
    /// <summary>The exact location is known (UCDP 1, ACLED 1).</summary>
    Exact = 1,

    /// <summary>Near the point, within about 25 km (UCDP 2, ACLED 2).</summary>
    Near = 2,

    /// <summary>Somewhere in a second-order administrative division; the point is its centroid (UCDP 3, ACLED 3).</summary>
    DistrictCentroid = 3,

    /// <summary>Somewhere in a first-order administrative division; the point is its centroid (UCDP 4, ACLED 3).</summary>
    ProvinceCentroid = 4,

    /// <summary>Along a line such as a border, a river or a road (UCDP 5, ACLED 3).</summary>
    Linear = 5,

    /// <summary>Somewhere in the country; the point is its centroid (UCDP 6, ACLED 3).</summary>
    CountryCentroid = 6,

    /// <summary>In international waters or air space (UCDP 7, ACLED 3).</summary>
    International = 7,
}
