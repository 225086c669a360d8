using System;
using System.Collections.Generic;
using System.Globalization;

namespace ConflictModel.Interop;

/// <summary>
/// The ids an import has made, so that no two entities share one: a candidate already taken gets the first free numeric
/// suffix (<c>-2</c>, <c>-3</c>…).
/// </summary>
/// <remarks>
/// <para>Most ids of an import are numbered after an event's id: its claims <c>E-claim-1</c>, <c>E-claim-2</c> and its
/// reports <c>E-report-1</c>. Such an id cannot meet another numbered id (the digits at its end and the stem before them
/// give back the event and the number, and each event numbers its own from 1 up), and it can meet any other id only if
/// that id also ends with a stem and digits. As long as no other id does, a numbered id is taken as it is, without a
/// lookup. The first other id that ends that way (an event key such as <c>X-claim-1</c>) brings every numbered id made so
/// far into the set, and from then on every id is looked up: the ids made are the same either way.</para>
/// <para>The events' ids are made from their keys after a prefix (<c>acled-SYR1</c>), and keys are unique in a file. A
/// keyed id whose key went in unchanged cannot meet another such id, nor an id of another family, whose prefix
/// (<c>acled-actor-</c>) it does not start with, nor a numbered id, unless it ends with a stem and digits. Such an id is
/// taken without a lookup too. The first id made otherwise that starts with the keyed prefix and with none of the others
/// (an event whose key had to change, or a suffixed one) brings the ids taken so far into the set, as above.</para>
/// </remarks>
internal sealed class IdSet
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly string[] stems;
    private readonly string? keyedPrefix;
    private readonly string[] otherPrefixes = [];

    // The numbered and keyed ids taken without a lookup; null once they are in the set.
    private List<string>? listed = [];

    /// <param name="stems">The stems of the numbered ids, such as <c>-claim-</c>: each starts and ends with a dash.</param>
    internal IdSet(params string[] stems) => this.stems = stems;

    /// <param name="stems">The stems of the numbered ids, such as <c>-claim-</c>: each starts and ends with a dash.</param>
    /// <param name="keyedPrefix">The prefix of the ids made from keys, such as <c>acled-</c>.</param>
    /// <param name="otherPrefixes">
    /// The prefixes that start every other id made through <see cref="Unique"/> after <paramref name="keyedPrefix"/>, such
    /// as <c>acled-actor-</c>: an id that starts with <paramref name="keyedPrefix"/> and none of these may meet a keyed id.
    /// </param>
    internal IdSet(string[] stems, string keyedPrefix, string[] otherPrefixes)
    {
        this.stems = stems;
        this.keyedPrefix = keyedPrefix;
        this.otherPrefixes = otherPrefixes;
    }

    /// <summary>Takes <paramref name="candidate"/>, or it with the first free numeric suffix, and returns the id taken.</summary>
    /// <param name="candidate">The id wanted.</param>
    internal string Unique(string candidate)
    {
        string id = candidate;
        for (int n = 2; !Add(id); n++)
        {
            id = candidate + "-" + n.ToString(CultureInfo.InvariantCulture);
        }
        return id;
    }

    /// <summary>
    /// Takes the id numbered <paramref name="number"/> after <paramref name="owner"/> with one of the stems, such as
    /// <c>E-claim-2</c>, or it with the first free numeric suffix when an earlier id took it.
    /// </summary>
    /// <param name="owner">The id of the entity the numbered ones belong to, taken from this set.</param>
    /// <param name="stem">One of the stems this set was made with.</param>
    /// <param name="number">The number, from 1 up for each owner and stem.</param>
    internal string Numbered(string owner, string stem, int number)
    {
        if (Array.IndexOf(stems, stem) < 0)
        {
            throw new ArgumentException($"\"{stem}\" is not one of the stems of this set of ids.", nameof(stem));
        }
        string id = owner + InteropText.Numbered(stem, number);
        if (listed is null)
        {
            return Unique(id);
        }
        listed.Add(id);
        return id;
    }

    /// <summary>
    /// Takes the id of a record made from its key: the keyed prefix, then the key with the characters an id does not allow
    /// replaced (<see cref="InteropText.IdSafe(string, ReadOnlySpan{char}, int)"/>), or it with the first free numeric
    /// suffix, as <see cref="Unique"/> does.
    /// </summary>
    /// <param name="key">The record's key, trimmed; the caller passes each key once, as its keys are unique.</param>
    /// <exception cref="InvalidOperationException">The set was made without a keyed prefix.</exception>
    internal string Keyed(string key) => Keyed(key, KeyedCandidate(key));

    /// <summary>
    /// The id <see cref="Keyed(string)"/> wants for a key, before it is taken: the keyed prefix and the key made safe. Reads
    /// nothing that taking ids changes, so another thread may call it while ids are taken.
    /// </summary>
    /// <exception cref="InvalidOperationException">The set was made without a keyed prefix.</exception>
    internal string KeyedCandidate(string key) =>
        InteropText.IdSafe(keyedPrefix ?? throw new InvalidOperationException("This set of ids was made without a prefix for keyed ids."), key);

    /// <summary>Takes the id of a record made from its key, as <see cref="Keyed(string)"/>, from its candidate made before.</summary>
    /// <param name="key">The record's key, trimmed.</param>
    /// <param name="id">What <see cref="KeyedCandidate"/> gave for the key.</param>
    internal string Keyed(string key, string id)
    {
        if (keyedPrefix is null)
        {
            throw new InvalidOperationException("This set of ids was made without a prefix for keyed ids.");
        }
        // A key that went in as it is gives an id no other key gives.
        bool keyUnchanged = id.AsSpan(keyedPrefix.Length).SequenceEqual(key);
        if (listed is null || !keyUnchanged || !MayMeetKeyed(id) || EndsWithStem(id))
        {
            return Unique(id);
        }
        listed.Add(id);
        return id;
    }

    private bool Add(string id)
    {
        if (listed is not null && (EndsWithStem(id) || MayMeetKeyed(id)))
        {
            // From here on an id may meet one taken without a lookup: they all go into the set.
            foreach (string taken in listed)
            {
                used.Add(taken);
            }
            listed = null;
        }
        return used.Add(id);
    }

    /// <summary>Tells whether an id starts with the keyed prefix and with none of the others: one a keyed id may be.</summary>
    private bool MayMeetKeyed(string id) =>
        keyedPrefix is not null && id.StartsWith(keyedPrefix, StringComparison.Ordinal) && !StartsWithOtherPrefix(id);

    private bool StartsWithOtherPrefix(string id)
    {
        foreach (string prefix in otherPrefixes)
        {
            if (id.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tells whether an id ends with one of the stems and one digit or more.</summary>
    private bool EndsWithStem(string id)
    {
        var rest = id.AsSpan().TrimEnd("0123456789");
        if (rest.Length == id.Length)
        {
            return false;
        }
        foreach (string stem in stems)
        {
            if (rest.EndsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
