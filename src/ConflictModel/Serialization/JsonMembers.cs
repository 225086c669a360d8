using System;
using System.Linq;
using System.Numerics;
using System.Text;

namespace ConflictModel.Serialization;

/// <summary>
/// The members one kind of object defines, as strings and as UTF-8 bytes, so that the reader
/// recognizes a member name by its bytes without making a string. A member's position here is its
/// bit in the reader's record of the members met and the index of its entry in the object's description
/// (for an object whose members depend on a discriminator, its index among all the kinds' members).
/// </summary>
internal sealed class JsonMembers
{
    /// <summary>The most members one object may define: the reader keeps the members met as bits of an <see cref="int"/>.</summary>
    internal const int Capacity = 32;

    private readonly byte[][] utf8;

    /// <exception cref="ArgumentException">There are more than <see cref="Capacity"/> names, or a name is given twice.</exception>
    internal JsonMembers(params string[] names)
    {
        if (names.Length > Capacity)
        {
            throw new ArgumentException(
                $"An object of the format defines {names.Length} members; the reader tracks at most {Capacity} (one bit each of an int). Widen the mask before adding members.",
                nameof(names));
        }
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new ArgumentException($"The members {string.Join(", ", names)} name one member twice.", nameof(names));
        }
        Names = names;
        utf8 = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
    }

    /// <summary>Gets the names, in the reader's order.</summary>
    internal string[] Names { get; }

    /// <summary>Finds a member by the bytes of its (unescaped) name; -1 when the object does not define it.</summary>
    /// <param name="name">The name's UTF-8 bytes.</param>
    /// <param name="seen">The members met so far, one bit each: the writer's order is tried first, the member after the last one met.</param>
    internal int Find(ReadOnlySpan<byte> name, int seen)
    {
        int next = 32 - BitOperations.LeadingZeroCount((uint)seen);
        if (next < utf8.Length && name.SequenceEqual(utf8[next]))
        {
            return next;
        }
        for (int i = 0; i < utf8.Length; i++)
        {
            if (name.SequenceEqual(utf8[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Finds a member by its name; -1 when the object does not define it.</summary>
    internal int Find(string name) => Array.IndexOf(Names, name);
}
