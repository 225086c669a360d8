using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// What a claim is about, as a key that compares equal exactly when the assertions'
/// <see cref="ClaimAssertion.SubjectKey"/> texts do, without making those texts for the built-in
/// assertions: their parts (ids and terms, which never contain the separator) are kept as they are.
/// </summary>
/// <remarks>
/// A dossier with a host's assertion, whose key text could be anything (even the text of a
/// built-in key), is keyed by the texts themselves (<see cref="OfText"/>).
/// </remarks>
internal readonly struct ClaimSubject : IEquatable<ClaimSubject>
{
    private readonly int kind;
    private readonly string? first;
    private readonly string? second;
    private readonly string? third;

    private ClaimSubject(int kind, string? first, string? second = null, string? third = null)
    {
        this.kind = kind;
        this.first = first;
        this.second = second;
        this.third = third;
    }

    /// <summary>Tells whether an assertion is one of the library's own, whose key <see cref="Of"/> can make without its text.</summary>
    internal static bool IsBuiltIn(ClaimAssertion assertion) => assertion is EventAssertion or ParticipationAssertion or ControlChangeAssertion
        or ControlAssertion or FigureAssertion or MembershipAssertion or RelationAssertion or StatementAssertion or UnrecognizedAssertion;

    /// <summary>Returns the key of an assertion; <paramref name="byText"/> keys every assertion by its text.</summary>
    internal static ClaimSubject Of(ClaimAssertion assertion, bool byText) => byText ? OfText(assertion) : assertion switch
    {
        // The same parts, in the same order, as each type's SubjectKey; a null part is an empty one there.
        EventAssertion a => new(1, a.Event.ToString()),
        ParticipationAssertion a => new(2, a.Event.ToString(), a.Actor.ToString()),
        ControlChangeAssertion a => new(3, a.Place.ToString()),
        ControlAssertion a => new(4, a.Place.ToString()),
        FigureAssertion a when a.Figure.Subject is null && a.Figure.Period is null =>
            new(5, a.Figure.Kind.Value ?? string.Empty, a.Event?.Value ?? string.Empty, a.Place?.Value ?? string.Empty),
        // A figure of a subject or a period has a longer key text: the place's part takes the rest.
        FigureAssertion a => new(9, a.Figure.Kind.Value ?? string.Empty, a.Event?.Value ?? string.Empty,
            string.Join("|", a.Place?.Value, a.Figure.Subject, a.Figure.Period)),
        MembershipAssertion a => new(6, a.Alliance.ToString(), a.Actor.ToString()),
        RelationAssertion a => new(7, a.Relation.ToString()),
        StatementAssertion a => new(8, a.Summary ?? string.Empty),
        _ => OfText(assertion),
    };

    private static ClaimSubject OfText(ClaimAssertion assertion) => new(0, assertion.SubjectKey);

    public bool Equals(ClaimSubject other) => kind == other.kind && string.Equals(first, other.first, StringComparison.Ordinal)
        && string.Equals(second, other.second, StringComparison.Ordinal) && string.Equals(third, other.third, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is ClaimSubject other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(kind, first, second, third);
}

/// <summary>
/// The positions of claims in the dossier's list grouped by a key, each group in dossier order,
/// the groups in the order of their first claim.
/// </summary>
internal sealed class ClaimGroups<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, List<int>> groups = [];
    private readonly List<List<int>> ordered = [];

    /// <summary>Gets the groups in the order of their first claim.</summary>
    internal IReadOnlyList<List<int>> Groups => ordered;

    /// <summary>Returns the positions of the claims with a key, or none; the caller must not change them.</summary>
    internal IReadOnlyList<int> this[TKey key] => groups.TryGetValue(key, out var list) ? list : [];

    internal void Add(TKey key, int position)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups.Add(key, list = []);
            ordered.Add(list);
        }
        list.Add(position);
    }
}

/// <summary>
/// The positions of claims grouped by subject, where each claim has exactly one subject: one
/// dictionary entry per subject and one link per claim, rather than a list per subject.
/// </summary>
internal sealed class SubjectGroups
{
    private readonly Dictionary<ClaimSubject, int> groupOf;
    private readonly List<(int Head, int Tail, int Count)> groups = [];
    private readonly int[] next;
    // The group of each position, so that a claim's subject is found without hashing its key again.
    private readonly int[] groupAt;

    /// <summary>Groups the positions 0 to <paramref name="count"/> - 1, added in that order with <see cref="Add"/>.</summary>
    internal SubjectGroups(int count)
    {
        groupOf = new Dictionary<ClaimSubject, int>(count);
        next = new int[count];
        groupAt = new int[count];
    }

    /// <summary>Gets the number of subjects.</summary>
    internal int Count => groups.Count;

    /// <summary>Gets the number of positions the groups are made for.</summary>
    internal int Capacity => next.Length;

    /// <summary>Gets the positions of one subject's claims, the subjects numbered in the order of their first claim.</summary>
    internal ClaimPositions this[int group] => new(next, groups[group].Head, groups[group].Count);

    /// <summary>Gets the positions of the claims with a subject; none when no claim has it.</summary>
    internal ClaimPositions this[ClaimSubject subject] => groupOf.TryGetValue(subject, out int group) ? this[group] : default;

    /// <summary>Returns the positions of the claims with the same subject as the claim at a position added.</summary>
    internal ClaimPositions At(int position) => this[groupAt[position]];

    /// <summary>Adds the next position.</summary>
    internal void Add(ClaimSubject subject, int position)
    {
        next[position] = -1;
        if (groupOf.TryGetValue(subject, out int group))
        {
            var (head, tail, count) = groups[group];
            next[tail] = position;
            groups[group] = (head, position, count + 1);
            groupAt[position] = group;
        }
        else
        {
            groupAt[position] = groups.Count;
            groupOf.Add(subject, groups.Count);
            groups.Add((position, position, 1));
        }
    }
}

/// <summary>The positions of one subject's claims, in dossier order, enumerated without allocating.</summary>
internal readonly struct ClaimPositions
{
    private readonly int[]? next;
    private readonly int head;

    internal ClaimPositions(int[] next, int head, int count)
    {
        this.next = next;
        this.head = head;
        Count = count;
    }

    /// <summary>Gets the number of claims.</summary>
    internal int Count { get; }

    /// <summary>Gets the position of the first claim, which names the group; -1 when there is none.</summary>
    internal int Head => Count == 0 ? -1 : head;

    public Enumerator GetEnumerator() => new(next, Count == 0 ? -1 : head);

    /// <summary>Walks the links from the first position.</summary>
    internal struct Enumerator(int[]? next, int first)
    {
        private int position = -1;
        private bool started;

        public readonly int Current => position;

        public bool MoveNext()
        {
            if (!started)
            {
                started = true;
                position = first;
            }
            else if (position >= 0)
            {
                position = next![position];
            }
            return position >= 0;
        }
    }
}
