using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel;

/// <summary>
/// Data attached to an entity that the library itself does not interpret: a host application's
/// own data under its namespace key (<c>"acme:editor"</c>), and members of a document that this
/// version of the library does not know, kept so that reading and writing a document loses nothing.
/// </summary>
/// <remarks>
/// <para>Values are raw JSON. A host reads its data back typed with
/// <see cref="Get{T}(string, JsonTypeInfo{T})"/> and stores it with
/// <see cref="With{T}(string, T, JsonTypeInfo{T})"/>; both take the source-generated type
/// information of its own JSON context, so they work under trimming and native AOT.</para>
/// <para>Keys are kept in the order given. Two sets are equal when they have the same keys with
/// JSON values that are deeply equal, whatever the order. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ExtensionData : IReadOnlyList<KeyValuePair<string, JsonElement>>, IEquatable<ExtensionData>
{
    /// <summary>The most keys checked for repeats by comparing each with the ones before it.</summary>
    private const int SmallSet = 32;

    private readonly KeyValuePair<string, JsonElement>[] items;

    private ExtensionData(KeyValuePair<string, JsonElement>[] items) => this.items = items;

    /// <summary>Gets the empty set.</summary>
    public static ExtensionData Empty { get; } = new([]);

    /// <summary>Gets the number of keys.</summary>
    public int Count => items.Length;

    /// <summary>Gets a value indicating whether there is no key.</summary>
    public bool IsEmpty => items.Length == 0;

    /// <summary>Gets the keys, in order.</summary>
    public IEnumerable<string> Keys => items.Select(i => i.Key);

    /// <summary>Gets the key and value at a position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The key and its raw JSON value.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the set.</exception>
    public KeyValuePair<string, JsonElement> this[int index] => items[index];

    /// <summary>Creates a set from keys and raw JSON values; each value is copied so that it outlives its document.</summary>
    /// <param name="members">The keys and values.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A key is blank or given twice, or a value is undefined.</exception>
    public static ExtensionData From(IEnumerable<KeyValuePair<string, JsonElement>> members)
    {
        Preconditions.CheckNotNull(members);
        // One copy, checked and cloned in place: this runs for every entity read or imported with extension data.
        var items = members.ToArray();
        if (items.Length == 0)
        {
            return Empty;
        }
        // A few keys are compared with one another; a set pays off only for many.
        HashSet<string>? seen = items.Length > SmallSet ? new(items.Length, StringComparer.Ordinal) : null;
        // Importers give a score of keys for every row: a cheap fingerprint of each key is compared first, and only keys
        // whose fingerprints match are compared character by character.
        Span<int> prints = stackalloc int[seen is null ? items.Length : 0];
        for (int i = 0; i < items.Length; i++)
        {
            var (key, value) = items[i];
            Preconditions.CheckNotBlank(key, nameof(members));
            // The messages are made only on failure.
            if (seen is null ? IndexOf(items, prints, i, key) >= 0 : !seen.Add(key))
            {
                throw new ArgumentException($"The key \"{key}\" is given twice; each key holds one value.", nameof(members));
            }
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The value of \"{key}\" is undefined.", nameof(members));
            }
            items[i] = new(key, value.Clone());
        }
        return new(items);
    }

    /// <summary>
    /// The position of <paramref name="key"/> among the first <paramref name="count"/> keys, or -1; records the key's
    /// fingerprint at <paramref name="count"/> for the keys after it.
    /// </summary>
    private static int IndexOf(KeyValuePair<string, JsonElement>[] items, Span<int> prints, int count, string key)
    {
        // Length and the last two characters: keys under one prefix differ mostly at their end.
        int print = (key.Length << 20) ^ (key[^1] << 10) ^ (key.Length > 1 ? key[^2] : 0);
        prints[count] = print;
        for (int i = prints[..count].IndexOf(print); i >= 0; i = NextIndexOf(prints, i + 1, count, print))
        {
            if (string.Equals(items[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static int NextIndexOf(Span<int> prints, int start, int count, int print)
    {
        int found = prints[start..count].IndexOf(print);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>Tells whether a key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when the set holds the key.</returns>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Gets the raw JSON value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, or the default element when the key is absent.</param>
    /// <returns>True when the key is present.</returns>
    public bool TryGetValue(string key, out JsonElement value)
    {
        int index = IndexOf(key);
        value = index >= 0 ? items[index].Value : default;
        return index >= 0;
    }

    /// <summary>Reads the value of a key as a host type.</summary>
    /// <typeparam name="T">The host type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="typeInfo">The type's JSON information, from the host's source-generated context.</param>
    /// <returns>The value, or the type's default when the key is absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="JsonException">The value does not fit the type.</exception>
    public T? Get<T>(string key, JsonTypeInfo<T> typeInfo)
    {
        Preconditions.CheckNotNull(typeInfo);
        return TryGetValue(key, out var value) ? value.Deserialize(typeInfo) : default;
    }

    /// <summary>Returns a copy in which a key holds a raw JSON value, replacing any value it had and keeping its position.</summary>
    /// <param name="key">The key; a host should use a namespace of its own, such as <c>"acme:editor"</c>.</param>
    /// <param name="value">The raw JSON value.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentException">The key is blank or the value is undefined.</exception>
    [Pure]
    public ExtensionData With(string key, JsonElement value)
    {
        Preconditions.CheckNotBlank(key);
        Preconditions.CheckArgument(value.ValueKind != JsonValueKind.Undefined, nameof(value), "The value is undefined.");
        var copy = items.ToList();
        int index = IndexOf(key);
        var item = new KeyValuePair<string, JsonElement>(key, value.Clone());
        if (index >= 0)
        {
            copy[index] = item;
        }
        else
        {
            copy.Add(item);
        }
        return new([.. copy]);
    }

    /// <summary>Returns a copy in which a key holds a host value written as JSON.</summary>
    /// <typeparam name="T">The host type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The type's JSON information, from the host's source-generated context.</param>
    /// <returns>A new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is blank.</exception>
    [Pure]
    public ExtensionData With<T>(string key, T value, JsonTypeInfo<T> typeInfo) =>
        With(key, JsonSerializer.SerializeToElement(value, Preconditions.CheckNotNull(typeInfo)));

    /// <summary>Returns a copy without a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>A new set, or this one when the key is absent.</returns>
    [Pure]
    public ExtensionData Without(string key) =>
        IndexOf(key) < 0 ? this : new([.. items.Where(i => i.Key != key)]);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ExtensionData? other)
    {
        if (other is null || other.items.Length != items.Length)
        {
            return false;
        }
        foreach (var (key, value) in items)
        {
            if (!other.TryGetValue(key, out var theirs) || !JsonElement.DeepEquals(value, theirs))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExtensionData other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-insensitive, and coarse on values so that deeply equal JSON hashes alike.
        int hash = items.Length;
        foreach (var (key, value) in items)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), value.ValueKind);
        }
        return hash;
    }

    /// <summary>Compares two sets by content.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ExtensionData? left, ExtensionData? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two sets by content.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ExtensionData? left, ExtensionData? right) => !(left == right);

    /// <summary>Returns the keys.</summary>
    /// <returns>Such as <c>{acme:editor, futureField}</c>.</returns>
    public override string ToString() => "{" + string.Join(", ", Keys) + "}";

    private int IndexOf(string key)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }
}
