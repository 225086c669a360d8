using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// An immutable list with value equality, so that records holding lists compare by content.
/// Model types expose it as <see cref="IReadOnlyList{T}"/>.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    internal static readonly ValueList<T> Empty = new([]);

    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    /// <summary>Copies <paramref name="source"/>; a null source gives the empty list. Null elements are rejected.</summary>
    internal static ValueList<T> From(IEnumerable<T>? source, string paramName)
    {
        if (source is null || source is ValueList<T> { Count: 0 })
        {
            return Empty;
        }
        if (source is ValueList<T> already)
        {
            return already;
        }
        var copy = source.ToArray();
        if (copy.Length == 0)
        {
            return Empty;
        }
        if (!typeof(T).IsValueType || Nullable.GetUnderlyingType(typeof(T)) is not null)
        {
            for (int i = 0; i < copy.Length; i++)
            {
                if (copy[i] is null)
                {
                    throw new ArgumentException($"Element [{i}] is null; the list may not contain nulls.", paramName);
                }
            }
        }
        return new ValueList<T>(copy);
    }

    public T this[int index] => items[index];

    public int Count => items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
