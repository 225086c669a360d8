namespace ConflictModel;

/// <summary>Maps <see cref="SpatialPrecision"/> to and from the codes of ACLED and UCDP GED.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SpatialPrecisionExtensions
{
    /// <summary>Returns ACLED's <c>geo_precision</c> (1 exact, 2 near, 3 a larger area).</summary>
    /// <param name="precision">A precision.</param>
    /// <returns>1, 2 or 3.</returns>
    public static int ToAcledGeoPrecision(this SpatialPrecision precision) => precision switch
    {
        SpatialPrecision.Exact => 1,
        SpatialPrecision.Near => 2,
        _ => 3,
    };

    /// <summary>Returns UCDP GED's <c>where_prec</c> (1-7).</summary>
    /// <param name="precision">A precision.</param>
    /// <returns>The code, which is the enum's numeric value.</returns>
    public static int ToUcdpWherePrecision(this SpatialPrecision precision) => (int)precision;

    /// <summary>Reads ACLED's <c>geo_precision</c>; 3 is read as a district centroid, the most precise of its meanings.</summary>
    /// <param name="code">The ACLED code.</param>
    /// <returns>The precision, or null when the code is not 1, 2 or 3.</returns>
    public static SpatialPrecision? FromAcledGeoPrecision(int code) => code switch
    {
        1 => SpatialPrecision.Exact,
        2 => SpatialPrecision.Near,
        3 => SpatialPrecision.DistrictCentroid,
        _ => null,
    };

    /// <summary>Reads UCDP GED's <c>where_prec</c>.</summary>
    /// <param name="code">The UCDP code.</param>
    /// <returns>The precision, or null when the code is not in [1-7].</returns>
    public static SpatialPrecision? FromUcdpWherePrecision(int code) => code is >= 1 and <= 7 ? (SpatialPrecision)code : null;
}
