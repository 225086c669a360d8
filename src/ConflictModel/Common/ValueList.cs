using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// An immutable list with value equality, so that records holding lists compare by content.
/// Model types expose it as <see cref="IReadOnlyList{T}"/>.
/// </summary>
/// <remarks>
/// Most lists of a loaded dossier hold one to three items (an event's participants, figures and
/// claims, a claim's relays): such a list keeps its items in fields of its own instead of an array
/// beside it, which saves an object of 24 bytes and more for each list. Longer lists keep an array.
/// Lists of any shape with the same items are equal.
/// </remarks>
internal abstract class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    internal static readonly ValueList<T> Empty = new Many([]);

    private ValueList()
    {
    }

    public abstract int Count { get; }

    public abstract T this[int index] { get; }

    /// <summary>Copies <paramref name="source"/>; a null source gives the empty list. Null elements are rejected.</summary>
    internal static ValueList<T> From(IEnumerable<T>? source, string paramName)
    {
        if (source is null)
        {
            return Empty;
        }
        if (source is ValueList<T> already)
        {
            return already;
        }
        ValueList<T> result;
        if (source is IList<T> list && list.Count <= 3)
        {
            // The usual case, a short list from a reader or builder: no array on the way.
            result = list.Count switch
            {
                0 => Empty,
                1 => new One(list[0]),
                2 => new Two(list[0], list[1]),
                _ => new Three(list[0], list[1], list[2]),
            };
        }
        else
        {
            var copy = source.ToArray();
            result = copy.Length switch
            {
                0 => Empty,
                1 => new One(copy[0]),
                2 => new Two(copy[0], copy[1]),
                3 => new Three(copy[0], copy[1], copy[2]),
                _ => new Many(copy),
            };
        }
        if (!typeof(T).IsValueType || Nullable.GetUnderlyingType(typeof(T)) is not null)
        {
            for (int i = 0; i < result.Count; i++)
            {
                if (result[i] is null)
                {
                    throw new ArgumentException($"Element [{i}] is null; the list may not contain nulls.", paramName);
                }
            }
        }
        return result;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < Count; i++)
        {
            if (!comparer.Equals(this[i], other[i]))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        for (int i = 0; i < Count; i++)
        {
            hash.Add(this[i]);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", this) + "]";

    private sealed class One(T item0) : ValueList<T>
    {
        public override int Count => 1;

        public override T this[int index] => index == 0 ? item0 : throw new ArgumentOutOfRangeException(nameof(index));
    }

    private sealed class Two(T item0, T item1) : ValueList<T>
    {
        public override int Count => 2;

        public override T this[int index] => index switch
        {
            0 => item0,
            1 => item1,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class Three(T item0, T item1, T item2) : ValueList<T>
    {
        public override int Count => 3;

        public override T this[int index] => index switch
        {
            0 => item0,
            1 => item1,
            2 => item2,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    private sealed class Many(T[] items) : ValueList<T>
    {
        public override int Count => items.Length;

        public override T this[int index] => items[index];
    }
}
