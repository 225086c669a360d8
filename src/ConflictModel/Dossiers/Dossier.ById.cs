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
        private readonly IReadOnlyList<T> items;

        // The position of the first entity with each id text: the entity is then one read of the list away.
        private readonly Dictionary<string, int> map;

        // The id text of each entity by position: other kinds test their ids against these, and
        // references are compared with them, without touching the entities again, which are
        // rarely in the processor's cache.
        private readonly string?[] texts;

        // An id without text (the default value) cannot key a dictionary of strings: the first entity without one.
        private readonly int unnamed = -1;

        internal ById(IReadOnlyList<T> items, Func<T, string?> id)
        {
            this.items = items;
            int count = items.Count;
            map = new Dictionary<string, int>(count);
            texts = new string?[count];
            for (int i = 0; i < count; i++)
            {
                if (id(items[i]) is { } key)
                {
                    texts[i] = key;
                    map.TryAdd(key, i);
                    // Looked at while the text is at hand: the check for ids that differ only by case needs it.
                    AnyCapital = AnyCapital || key.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0 || !System.Text.Ascii.IsValid(key);
                }
                else if (unnamed < 0)
                {
                    unnamed = i;
                }
            }
        }

        /// <summary>Gets the number of distinct ids.</summary>
        internal int Count => map.Count + (unnamed < 0 ? 0 : 1);

        /// <summary>Returns the first entity with an id text, or null.</summary>
        internal T? Find(string? id) => PositionOf(id) is >= 0 and var at ? items[at] : null;

        /// <summary>Gets the id text of each entity by position, null for the default id.</summary>
        internal ReadOnlySpan<string?> Texts => texts;

        /// <summary>Gets whether an id text has a capital letter or a character beyond ASCII.</summary>
        public bool AnyCapital { get; }

        /// <summary>Gets whether an entity has no id text (the default id).</summary>
        public bool HasUnnamed => unnamed >= 0;

        /// <summary>Gets the distinct id texts.</summary>
        public IEnumerable<string> Keys => map.Keys;

        /// <summary>Gets the number of distinct id texts.</summary>
        public int KeyCount => map.Count;

        /// <summary>Tells whether an entity has an id text.</summary>
        public bool Has(string id) => map.ContainsKey(id);

        /// <summary>Tells whether an entity of another kind has one of these id texts.</summary>
        public bool AnyIn(IById other)
        {
            for (int i = 0; i < texts.Length; i++)
            {
                if (texts[i] is { } id && other.Has(id))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Returns the position of the first entity with an id text, or -1.</summary>
        public int PositionOf(string? id) => id is null ? unnamed : map.TryGetValue(id, out int at) ? at : -1;
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
