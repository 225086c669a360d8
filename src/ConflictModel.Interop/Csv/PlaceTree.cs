using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>
/// The places of an import, deduplicated by their path of names from the country down: two rows that name the same
/// country, province, district and location share one place at each level.
/// </summary>
internal sealed class PlaceTree(string idPrefix, string levelKey, HashSet<string> usedIds)
{
    private readonly Dictionary<string, Place> places = new(System.StringComparer.Ordinal);
    private readonly List<Place> order = [];
    private readonly Dictionary<PlaceId, int> positions = [];

    /// <summary>The places in the order they were first met; parents come before their children.</summary>
    internal IReadOnlyList<Place> Places => order;

    /// <summary>
    /// Adds the places of one row and returns the deepest. Levels with an empty name are passed over; the deepest named
    /// level carries the point: the first point given for that place is kept.
    /// </summary>
    /// <param name="levels">The levels from the country down: the column (kept under the level key), the name and the kind.</param>
    /// <param name="point">The row's point.</param>
    /// <param name="precision">How closely the point stands for the deepest place.</param>
    /// <returns>The deepest place, or null when every name is empty.</returns>
    internal PlaceId? Add(IReadOnlyList<(string Column, string Name, PlaceKind Kind)> levels, GeoPoint point, SpatialPrecision precision)
    {
        int deepest = -1;
        for (int i = 0; i < levels.Count; i++)
        {
            if (levels[i].Name.Length > 0)
            {
                deepest = i;
            }
        }
        string path = string.Empty;
        string slug = string.Empty;
        PlaceId? parent = null;
        for (int i = 0; i <= deepest; i++)
        {
            var (column, name, kind) = levels[i];
            if (name.Length == 0)
            {
                continue;
            }
            path += "\u001F" + column + "=" + name;
            slug += (slug.Length == 0 ? string.Empty : "-") + name;
            bool located = i == deepest;
            if (!places.TryGetValue(path, out var place))
            {
                place = new Place(new PlaceId(InteropText.Unique(idPrefix + InteropText.Slug(slug, 120), usedIds)),
                    new NameSet(name), kind, parent, located ? point : null, located ? precision : null,
                    extensions: ExtensionData.Empty.With(levelKey, InteropText.ToJson(column)));
                places.Add(path, place);
                positions.Add(place.Id, order.Count);
                order.Add(place);
            }
            else if (located && place.Location is null)
            {
                // A division first met as the parent of a smaller place has no point; the first row located at it gives one.
                place = place.WithLocation(point, precision);
                places[path] = place;
                order[positions[place.Id]] = place;
            }
            parent = place.Id;
        }
        return parent;
    }
}
