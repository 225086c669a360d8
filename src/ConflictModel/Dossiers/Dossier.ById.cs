using System;
using System.Collections.Generic;

namespace ConflictModel;

public sealed partial class Dossier
{
    /// <summary>
    /// The first entity of one kind with each id text. Keyed on the id's text rather than on the id
    /// type: a dictionary of strings with the default comparer hashes with a fast ordinal hash and
    /// switches by itself to the randomized one when one bucket grows too long, so hostile ids
    /// cannot make it quadratic, while a dictionary of id structs always pays for the randomized
    /// hash of the text. Ids compare ordinally, so both find the same entities.
    /// </summary>
    /// <typeparam name="T">The kind of entity.</typeparam>
    private sealed class ById<T> : IById
        where T : class
    {
        // Each entry holds the entity and its position, so that a position costs no second lookup.
        private readonly Dictionary<string, (T Item, int Position)> map;

        // An id without text (the default value) cannot key a dictionary of strings.
        private readonly (T Item, int Position)? unnamed;

        internal ById(IReadOnlyList<T> items, Func<T, string?> id)
        {
            map = new Dictionary<string, (T, int)>(items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (id(item) is { } key)
                {
                    map.TryAdd(key, (item, i));
                    // Looked at while the text is at hand: the check for ids that differ only by case needs it.
                    AnyCapital = AnyCapital || key.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0 || !System.Text.Ascii.IsValid(key);
                }
                else
                {
                    unnamed ??= (item, i);
                }
            }
        }

        /// <summary>Gets the number of distinct ids.</summary>
        internal int Count => map.Count + (unnamed is null ? 0 : 1);

        /// <summary>Returns the first entity with an id text, or null.</summary>
        internal T? Find(string? id) => id is null ? unnamed?.Item : map.TryGetValue(id, out var slot) ? slot.Item : null;

        /// <summary>Gets whether an id text has a capital letter or a character beyond ASCII.</summary>
        public bool AnyCapital { get; }

        /// <summary>Gets whether an entity has no id text (the default id).</summary>
        public bool HasUnnamed => unnamed is not null;

        /// <summary>Gets the distinct id texts.</summary>
        public IEnumerable<string> Keys => map.Keys;

        /// <summary>Gets the number of distinct id texts.</summary>
        public int KeyCount => map.Count;

        /// <summary>Tells whether an entity has an id text.</summary>
        public bool Has(string id) => map.ContainsKey(id);

        /// <summary>Tells whether an entity of another kind has one of these id texts.</summary>
        public bool AnyIn(IById other)
        {
            // The dictionary's own enumerator, not the interface's: this runs once per id.
            foreach (string id in map.Keys)
            {
                if (other.Has(id))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Returns the position of the first entity with an id text, or -1.</summary>
        public int PositionOf(string? id) => id is null ? unnamed?.Position ?? -1 : map.TryGetValue(id, out var slot) ? slot.Position : -1;
    }

    /// <summary>The lookup of one kind of entity by id text, whatever the kind.</summary>
    private interface IById
    {
        bool HasUnnamed { get; }

        bool AnyCapital { get; }

        IEnumerable<string> Keys { get; }

        int KeyCount { get; }

        bool Has(string id);

        bool AnyIn(IById other);

        int PositionOf(string? id);
    }
}
