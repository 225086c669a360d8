using System;
using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>
/// The places of an import, deduplicated by their path of names from the country down: two rows that name the same
/// country, province, district and location share one place at each level.
/// </summary>
internal sealed class PlaceTree(string idPrefix, string levelKey, IdSet usedIds)
{
    private readonly Node root = new(null, string.Empty, -1);
    private readonly List<Place> order = [];
    private readonly Dictionary<string, ExtensionData> levelData = new(StringComparer.Ordinal);

    /// <summary>The most paths remembered: a file of ever new places does not grow the import past it.</summary>
    private const int MaxPaths = 1 << 16;

    /// <summary>The longest path remembered, in characters; longer ones are walked level by level each time.</summary>
    internal const int MaxPathLength = 256;

    // The deepest place of each whole path walked, by the names of its levels (see AppendToPath).
    private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> paths =
        new Dictionary<string, Node>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds one level's name to the text of a whole path, for <see cref="TryPath"/>: its length as one character, then
    /// the name. No two lists of names give the same text.
    /// </summary>
    /// <param name="path">Where the text is written; long enough for the names and one character each.</param>
    /// <param name="written">How much of <paramref name="path"/> is written, moved past the name.</param>
    /// <param name="name">The name, trimmed; empty for a level the row leaves blank.</param>
    internal static void AppendToPath(Span<char> path, ref int written, ReadOnlySpan<char> name)
    {
        path[written++] = (char)name.Length;
        name.CopyTo(path[written..]);
        written += name.Length;
    }

    /// <summary>
    /// Finds the deepest place of a path walked before, by the text <see cref="AppendToPath"/> made of its levels: the
    /// place the same steps would reach, with its point already given.
    /// </summary>
    internal bool TryPath(ReadOnlySpan<char> path, out Node node) => paths.TryGetValue(path, out node!);

    /// <summary>Remembers the deepest place of a path just walked, located there (up to a bound).</summary>
    internal void RememberPath(ReadOnlySpan<char> path, Node node)
    {
        if (paths.Dictionary.Count < MaxPaths)
        {
            paths.TryAdd(path, node);
        }
    }

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
        Node? node = null;
        for (int i = 0; i <= deepest; i++)
        {
            var (column, name, kind) = levels[i];
            if (name.Length > 0)
            {
                node = Step(node, column, name, kind, i == deepest, point, precision);
            }
        }
        return node?.Id;
    }

    /// <summary>
    /// Finds or adds the place of a name at one level below another: the step of <see cref="Add"/> for a caller that
    /// walks the levels itself, without making strings of names already met.
    /// </summary>
    /// <param name="parent">The place one named level up, or null at the top.</param>
    /// <param name="column">The level's column.</param>
    /// <param name="name">The name, trimmed and not empty.</param>
    /// <param name="kind">The kind of a new place.</param>
    /// <param name="located">True at the deepest named level of the row, which carries the point.</param>
    /// <param name="point">The row's point.</param>
    /// <param name="precision">How closely the point stands for the place.</param>
    /// <returns>The place.</returns>
    internal Node Step(Node? parent, string column, ReadOnlySpan<char> name, PlaceKind kind, bool located, GeoPoint point,
        SpatialPrecision precision)
    {
        parent ??= root;
        var children = parent.Children(column);
        if (!children.Lookup.TryGetValue(name, out var node))
        {
            string text = name.ToString();
            string slug = parent.Slug.Length == 0 ? text : parent.Slug + "-" + text;
            if (!levelData.TryGetValue(column, out var extensions))
            {
                extensions = ExtensionData.Empty.With(levelKey, InteropText.ToJson(column));
                levelData.Add(column, extensions);
            }
            var place = new Place(new PlaceId(usedIds.Unique(idPrefix + InteropText.Slug(slug, 120))),
                new NameSet(text), kind, parent.Place?.Id, located ? point : null, located ? precision : null,
                extensions: extensions);
            node = new Node(place, slug, order.Count);
            children.Names.Add(text, node);
            order.Add(place);
        }
        else if (located && node.Place!.Location is null)
        {
            // A division first met as the parent of a smaller place has no point; the first row located at it gives one.
            node.Place = node.Place.WithLocation(point, precision);
            order[node.Position] = node.Place;
        }
        return node;
    }

    /// <summary>A place of the tree and the places named below it, by column and name.</summary>
    internal sealed class Node(Place? place, string slug, int position)
    {
        private List<Level>? children;

        /// <summary>The place; null only at the root, above the countries.</summary>
        internal Place? Place { get; set; } = place;

        /// <summary>The place's id.</summary>
        internal PlaceId Id => Place!.Id;

        /// <summary>The names from the top down to this place, joined by dashes: what the id is made from.</summary>
        internal string Slug { get; } = slug;

        /// <summary>The place's position in the order of the tree.</summary>
        internal int Position { get; } = position;

        internal Level Children(string column)
        {
            children ??= [];
            foreach (var level in children)
            {
                if (string.Equals(level.Column, column, StringComparison.Ordinal))
                {
                    return level;
                }
            }
            var added = new Level(column);
            children.Add(added);
            return added;
        }
    }

    /// <summary>The places named below one place in one column, found by name without making a string of it.</summary>
    internal sealed class Level
    {
        internal Level(string column)
        {
            Column = column;
            Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        internal string Column { get; }

        internal Dictionary<string, Node> Names { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
