using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

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
/// <para>A set made by <see cref="FromStrings"/> holds its values as text and writes them as JSON strings only when a
/// value is first read; it behaves in every way as the same strings given to <see cref="From"/>.</para>
/// </remarks>
public sealed class ExtensionData : IReadOnlyList<KeyValuePair<string, JsonElement>>, IEquatable<ExtensionData>
{
    /// <summary>The most keys checked for repeats by comparing each with the ones before it.</summary>
    private const int SmallSet = 32;

    // The keys and values; for a set of texts, made from them when first asked for.
    private KeyValuePair<string, JsonElement>[]? items;

    // A set of texts: its keys and the text of each value; both default for a set made from JSON values.
    private readonly ImmutableArray<string> textKeys;
    private readonly ImmutableArray<string> texts;

    /// <summary>The high and low surrogates, which JSON text holds only in pairs.</summary>
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(
        string.Create(0xE000 - 0xD800, 0, static (chars, _) =>
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(0xD800 + i);
            }
        }));

    /// <summary>The most arrays of keys remembered as checked, on each thread.</summary>
    private const int CheckedKeyArrays = 16;

    /// <summary>
    /// The arrays of keys of the last sets of texts made on this thread, checked then: an import gives the same few arrays
    /// of keys for every row (a row keeps some cells and not others).
    /// </summary>
    [ThreadStatic]
    private static string[]?[]? checkedKeys;

    [ThreadStatic]
    private static int nextChecked;

    /// <summary>
    /// The position of each key of the sets of more than <see cref="SmallSet"/> keys, made when a key is first looked up:
    /// by the array of keys of a set of texts (which the sets an import makes with the same keys share), or by the members
    /// of any other set. A file of thousands of extra columns is then exported in time linear in its cells.
    /// </summary>
    private static readonly ConditionalWeakTable<object, Dictionary<string, int>> KeyPositions = new();

    private ExtensionData(KeyValuePair<string, JsonElement>[] items) => this.items = items;

    private ExtensionData(ImmutableArray<string> keys, ImmutableArray<string> texts)
    {
        textKeys = keys;
        this.texts = texts;
    }

    private KeyValuePair<string, JsonElement>[] Items => Volatile.Read(ref items) ?? MakeItems();

    /// <summary>Gets a value indicating whether the set holds texts, which <see cref="TextAt"/> gives without making JSON of them.</summary>
    internal bool HoldsTexts => !texts.IsDefault;

    /// <summary>Gets the empty set.</summary>
    public static ExtensionData Empty { get; } = new([]);

    /// <summary>Gets the number of keys.</summary>
    public int Count => HoldsTexts ? texts.Length : items!.Length;

    /// <summary>Gets a value indicating whether there is no key.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Gets the keys, in order.</summary>
    public IEnumerable<string> Keys => HoldsTexts ? textKeys.Select(k => k) : items!.Select(i => i.Key);

    /// <summary>Gets the key and value at a position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The key and its raw JSON value.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the set.</exception>
    public KeyValuePair<string, JsonElement> this[int index] => Items[index];

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

    /// <summary>
    /// Creates a set whose values are JSON strings, from keys and the text of each value. The JSON is made only when a
    /// value is first read, so that a set made for every row of a file (the cells an import keeps) costs little more than
    /// its strings. The set is equal to the one <see cref="From"/> makes from the same strings as JSON values.
    /// </summary>
    /// <param name="keys">The keys, in order. A caller that gives the same array for many sets has it checked once.</param>
    /// <param name="values">The text of each key's value, in the same order; taken as it is, not copied.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="keys"/> or <paramref name="values"/> is a default array, their lengths differ, or a key is blank or
    /// given twice.
    /// </exception>
    /// <remarks>
    /// A value with a lone surrogate, which JSON cannot hold, has it replaced by U+FFFD, as a JSON writer would.
    /// </remarks>
    public static ExtensionData FromStrings(ImmutableArray<string> keys, ImmutableArray<string> values)
    {
        Preconditions.CheckArgument(!keys.IsDefault, nameof(keys), "The keys are a default (uninitialized) array.");
        Preconditions.CheckArgument(!values.IsDefault, nameof(values), "The values are a default (uninitialized) array.");
        if (keys.Length != values.Length)
        {
            // The message is made only on failure: this runs for every row of an import.
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"There are {values.Length} values for {keys.Length} keys; give one value a key."), nameof(values));
        }
        if (keys.IsEmpty)
        {
            return Empty;
        }
        var keyArray = ImmutableCollectionsMarshal.AsArray(keys)!;
        var remembered = checkedKeys ??= new string[]?[CheckedKeyArrays];
        if (Array.IndexOf(remembered, keyArray) < 0)
        {
            CheckKeys(keyArray, nameof(keys));
            // The arrays are immutable once given here, so a checked one stays checked; the oldest is forgotten first.
            remembered[nextChecked] = keyArray;
            nextChecked = (nextChecked + 1) % CheckedKeyArrays;
        }
        var valueArray = ImmutableCollectionsMarshal.AsArray(values)!;
        for (int i = 0; i < valueArray.Length; i++)
        {
            string value = valueArray[i] ?? throw new ArgumentNullException(nameof(values), $"The value of \"{keyArray[i]}\" is null.");
            if (value.AsSpan().ContainsAny(Surrogates))
            {
                values = ReplaceLoneSurrogates(values, i);
                valueArray = ImmutableCollectionsMarshal.AsArray(values)!;
            }
        }
        return new(keys, values);
    }

    /// <summary>Checks that keys are not blank and each is given once.</summary>
    private static void CheckKeys(string[] keys, string paramName)
    {
        HashSet<string>? seen = keys.Length > SmallSet ? new(keys.Length, StringComparer.Ordinal) : null;
        for (int i = 0; i < keys.Length; i++)
        {
            string key = keys[i];
            Preconditions.CheckNotBlank(key, paramName);
            if (seen is null ? Array.IndexOf(keys, key, 0, i) >= 0 : !seen.Add(key))
            {
                throw new ArgumentException($"The key \"{key}\" is given twice; each key holds one value.", paramName);
            }
        }
    }

    /// <summary>The values with the lone surrogates of the one at <paramref name="index"/> replaced, in a copy.</summary>
    private static ImmutableArray<string> ReplaceLoneSurrogates(ImmutableArray<string> values, int index)
    {
        string value = values[index];
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        string replaced = builder.ToString();
        return string.Equals(replaced, value, StringComparison.Ordinal) ? values : values.SetItem(index, replaced);
    }

    /// <summary>Makes the JSON values of a set of texts, all in one document, once; a race makes them twice, alike.</summary>
    private KeyValuePair<string, JsonElement>[] MakeItems()
    {
        var values = JsonStrings(texts);
        var made = new KeyValuePair<string, JsonElement>[texts.Length];
        for (int i = 0; i < made.Length; i++)
        {
            made[i] = new(textKeys[i], values[i]);
        }
        return Interlocked.CompareExchange(ref items, made, null) ?? made;
    }

    /// <summary>The JSON string values of texts, in order, all in one document.</summary>
    internal static JsonElement[] JsonStrings(IEnumerable<string> texts)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (string text in texts)
            {
                writer.WriteStringValue(text);
            }
            writer.WriteEndArray();
        }
        return [.. JsonElement.Parse(buffer.WrittenSpan).EnumerateArray()];
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
        value = index >= 0 ? Items[index].Value : default;
        return index >= 0;
    }

    /// <summary>Gets the value of a key when it is a JSON string, without making JSON of a set of texts.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The string, or null when the key is absent or its value is not a string.</param>
    /// <returns>True when the key is present and its value is a JSON string.</returns>
    public bool TryGetString(string key, [NotNullWhen(true)] out string? value)
    {
        int index = IndexOf(key);
        if (index >= 0 && HoldsTexts)
        {
            value = texts[index];
            return true;
        }
        if (index >= 0 && Items[index].Value is { ValueKind: JsonValueKind.String } element)
        {
            value = element.GetString()!;
            return true;
        }
        value = null;
        return false;
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
        var copy = Items.ToList();
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
        IndexOf(key) < 0 ? this : new([.. Items.Where(i => i.Key != key)]);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ExtensionData? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }
        if (ReferenceEquals(other, this))
        {
            return true;
        }
        // Texts are compared as text: a JSON string equals another when their unescaped values do.
        for (int i = 0; i < Count; i++)
        {
            string key = KeyAt(i);
            int theirs = other.IndexOf(key);
            if (theirs < 0)
            {
                return false;
            }
            bool equal = (HoldsTexts, other.HoldsTexts) switch
            {
                (true, true) => string.Equals(texts[i], other.texts[theirs], StringComparison.Ordinal),
                (true, false) => IsString(other.items![theirs].Value, texts[i]),
                (false, true) => IsString(items![i].Value, other.texts[theirs]),
                _ => JsonElement.DeepEquals(items![i].Value, other.items![theirs].Value),
            };
            if (!equal)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsString(JsonElement element, string text) =>
        element.ValueKind == JsonValueKind.String && element.ValueEquals(text);

    /// <summary>The key at a position.</summary>
    internal string KeyAt(int index) => HoldsTexts ? textKeys[index] : items![index].Key;

    /// <summary>The text at a position of a set that <see cref="HoldsTexts"/>.</summary>
    internal string TextAt(int index) => texts[index];

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExtensionData other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-insensitive, and coarse on values so that deeply equal JSON hashes alike.
        int hash = Count;
        for (int i = 0; i < Count; i++)
        {
            var kind = HoldsTexts ? JsonValueKind.String : items![i].Value.ValueKind;
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(KeyAt(i)), kind);
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
        if (Count > SmallSet)
        {
            object owner = HoldsTexts ? ImmutableCollectionsMarshal.AsArray(textKeys)! : items!;
            var positions = KeyPositions.GetValue(owner, static owner => Positions(owner is string[] keys
                ? keys
                : Array.ConvertAll((KeyValuePair<string, JsonElement>[])owner, item => item.Key)));
            return positions.TryGetValue(key, out int position) ? position : -1;
        }
        if (HoldsTexts)
        {
            return textKeys.IndexOf(key, StringComparer.Ordinal);
        }
        var members = items!;
        for (int i = 0; i < members.Length; i++)
        {
            if (members[i].Key == key)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The position of each key; the keys of a set are distinct.</summary>
    private static Dictionary<string, int> Positions(string[] keys)
    {
        var positions = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++)
        {
            positions.TryAdd(keys[i], i);
        }
        return positions;
    }
}
