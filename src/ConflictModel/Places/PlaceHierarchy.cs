using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// The order of size among the well-known <see cref="PlaceKind"/> terms, so that a rule can tell
/// that a town cannot contain a province. Kinds without a rank (rivers, deserts, regions and host
/// kinds) cross administrative lines and may sit under any place.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class PlaceHierarchy
{
    private static readonly Dictionary<PlaceKind, int> Ranks = new()
    {
        [PlaceKind.Country] = 10,
        [PlaceKind.Governorate] = 20,
        [PlaceKind.District] = 30,
        [PlaceKind.Subdistrict] = 40,
        [PlaceKind.City] = 50,
        [PlaceKind.Town] = 50,
        [PlaceKind.Village] = 50,
        [PlaceKind.Camp] = 60,
        [PlaceKind.BorderCrossing] = 60,
        [PlaceKind.OilField] = 60,
        [PlaceKind.MilitaryBase] = 60,
        [PlaceKind.Neighbourhood] = 60,
    };

    /// <summary>Returns the rank of a kind: smaller ranks are larger places; null when the kind has no rank.</summary>
    /// <param name="kind">A place kind.</param>
    /// <returns>The rank, or null.</returns>
    public static int? RankOf(PlaceKind kind) => Ranks.TryGetValue(kind, out var rank) ? rank : null;

    /// <summary>
    /// Tells whether a place of kind <paramref name="parent"/> may contain one of kind
    /// <paramref name="child"/>: true unless both have ranks and the parent's is not smaller.
    /// </summary>
    /// <param name="parent">The kind of the containing place.</param>
    /// <param name="child">The kind of the contained place.</param>
    /// <returns>False only when the ranks show the parent is not larger than the child.</returns>
    public static bool CanContain(PlaceKind parent, PlaceKind child) =>
        RankOf(parent) is not { } p || RankOf(child) is not { } c || p < c;
}
