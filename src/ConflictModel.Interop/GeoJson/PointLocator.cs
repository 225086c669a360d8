using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>Finds the point to draw an event at: its place's, or the nearest parent's that has one.</summary>
internal static class PointLocator
{
    // Parent chains in real gazetteers are a handful deep; the bound only stops a loop.
    private const int MaxDepth = 64;

    internal static bool IsDrawable(GeoPoint point) =>
        point.IsWellFormed && double.IsFinite(point.Latitude) && double.IsFinite(point.Longitude);

    internal static Place? PlaceWithPoint(Dossier dossier, PlaceId start)
    {
        HashSet<PlaceId>? visited = null;
        PlaceId? current = start;
        for (int depth = 0; depth < MaxDepth && current is { } id; depth++)
        {
            if (dossier.Find(id) is not { } place)
            {
                return null;
            }
            if (place.Location is { } point && IsDrawable(point))
            {
                return place;
            }
            if (depth >= 4 && !(visited ??= []).Add(id))
            {
                return null;
            }
            current = place.Parent;
        }
        return null;
    }
}
