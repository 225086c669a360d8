using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// The claims of fact about one subject, grouped into sides: the claims of a side assert the same
/// thing (for figures, the same value as of the same date) with the same polarity, so they agree
/// with one another and relate in the same way to every other claim. Contradictions and agreement
/// are then worked out between sides, not between pairs of claims: a subject that a thousand claims
/// repeat in three ways has three sides.
/// </summary>
/// <remarks>
/// <para>Two sides are compared through the first claim of each, with the same rule as
/// <see cref="ClaimAssertion.CompareWith"/> on their claims, so the result is the one a comparison of
/// every pair would give.</para>
/// <para>Claims that are not of fact (forecasts, suppositions) have no side; they neither agree nor
/// contradict.</para>
/// </remarks>
internal sealed class ClaimSides
{
    private readonly IReadOnlyList<Claim> claims;
    private readonly List<Side> sides = [];
    private Dictionary<int, Side>? byPosition;

    private ClaimSides(IReadOnlyList<Claim> claims) => this.claims = claims;

    /// <summary>Gets the sides, in the order of their first claim.</summary>
    internal IReadOnlyList<Side> Sides => sides;

    /// <summary>Groups the claims of fact at some positions of a dossier's claims.</summary>
    /// <param name="claims">The dossier's claims.</param>
    /// <param name="positions">The positions of one subject's claims, in dossier order.</param>
    internal static ClaimSides Of(IReadOnlyList<Claim> claims, ClaimPositions positions)
    {
        var result = new ClaimSides(claims);
        // Most subjects have one side: its claims are compared with the first, and the table of
        // sides is made only when a second side appears.
        Dictionary<SideKey, int>? byKey = null;
        SideKey firstKey = default;
        foreach (int position in positions)
        {
            var claim = claims[position];
            if (!claim.IsFactual)
            {
                continue;
            }
            var key = SideKey.Of(claim);
            if (result.sides.Count == 0)
            {
                firstKey = key;
                result.sides.Add(new Side(0, claim));
                result.sides[0].Positions.Add(position);
                continue;
            }
            if (byKey is null)
            {
                if (key.Equals(firstKey))
                {
                    result.sides[0].Positions.Add(position);
                    continue;
                }
                byKey = new Dictionary<SideKey, int> { [firstKey] = 0 };
            }
            if (!byKey.TryGetValue(key, out int index))
            {
                byKey.Add(key, index = result.sides.Count);
                result.sides.Add(new Side(index, claim));
            }
            result.sides[index].Positions.Add(position);
        }
        return result;
    }

    /// <summary>Tells how the claims of two sides relate, as <c>Dossier.Compare</c> does for two claims.</summary>
    internal static AssertionComparison Compare(Side a, Side b)
    {
        var content = a.First.Assertion.CompareWith(b.First.Assertion);
        return (content, a.Negative == b.Negative) switch
        {
            (AssertionComparison.Agrees, true) => AssertionComparison.Agrees,
            (AssertionComparison.Agrees, false) => AssertionComparison.Contradicts,
            (AssertionComparison.Contradicts, true) when !a.Negative => AssertionComparison.Contradicts,
            _ => AssertionComparison.Unrelated,
        };
    }

    /// <summary>
    /// Finds the sides that take part in a contradiction between two figures both asserted (which
    /// CM6003 reports) and those that take part in any other (CM6004).
    /// </summary>
    /// <returns>For each kind, the sides involved in the order of their first claim; empty when there is none.</returns>
    internal (List<Side> Figures, List<Side> Others) Disagreements()
    {
        var figures = new List<Side>();
        var others = new List<Side>();
        if (sides.Count < 2)
        {
            return (figures, others);
        }
        var inOthers = new bool[sides.Count];
        if (sides[0].First.Assertion is FigureAssertion)
        {
            FigureDisagreements(figures);
            // A denied figure contradicts every asserted one it agrees with in content.
            foreach (var denied in sides)
            {
                if (!denied.Negative)
                {
                    continue;
                }
                foreach (var asserted in sides)
                {
                    if (!asserted.Negative && Compare(denied, asserted) == AssertionComparison.Contradicts)
                    {
                        inOthers[denied.Index] = inOthers[asserted.Index] = true;
                    }
                }
            }
        }
        else
        {
            ForEachPairThatMayOverlap(sides, DateOf, (a, b) =>
            {
                if (Compare(a, b) == AssertionComparison.Contradicts)
                {
                    inOthers[a.Index] = inOthers[b.Index] = true;
                }
            });
        }
        foreach (var side in sides)
        {
            if (inOthers[side.Index])
            {
                others.Add(side);
            }
        }
        return (figures, others);
    }

    /// <summary>
    /// Returns, for each side, the sides it contradicts (in side order), comparing every pair of
    /// sides whose dates may coincide; a query that lists pairs of claims needs each of them.
    /// </summary>
    internal List<Side>[] Contradicting()
    {
        var result = new List<Side>[sides.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = [];
        }
        ForEachPairThatMayOverlap(sides, side => side.First.Assertion is FigureAssertion f ? f.Figure.AsOf : DateOf(side), (a, b) =>
        {
            if (Compare(a, b) == AssertionComparison.Contradicts)
            {
                result[a.Index].Add(b);
                result[b.Index].Add(a);
            }
        });
        foreach (var list in result)
        {
            list.Sort((x, y) => x.Index.CompareTo(y.Index));
        }
        return result;
    }

    /// <summary>
    /// Returns the sides that agree with a side, itself first: their claims say the same thing.
    /// </summary>
    internal List<Side> Agreeing(Side side)
    {
        var result = new List<Side> { side };
        foreach (var other in sides)
        {
            if (other != side && Compare(side, other) == AssertionComparison.Agrees)
            {
                result.Add(other);
            }
        }
        return result;
    }

    /// <summary>Returns the side of the claim at a position of the dossier's list, or null when it is not a claim of fact of this subject.</summary>
    internal Side? SideAt(int position)
    {
        if (byPosition is null)
        {
            byPosition = [];
            foreach (var side in sides)
            {
                foreach (int p in side.Positions)
                {
                    byPosition[p] = side;
                }
            }
        }
        return byPosition.GetValueOrDefault(position);
    }

    /// <summary>Gets the claim at a position of the dossier's list.</summary>
    internal Claim ClaimAt(int position) => claims[position];

    /// <summary>
    /// Finds the asserted figures that cannot all be true, without comparing every pair. Two
    /// figures contradict when their dates may coincide and their ranges do not overlap, that is
    /// when the lower bound of one lies above the upper bound of the other. So a figure takes part
    /// in a contradiction exactly when, among the figures whose dates may coincide with its own,
    /// the greatest lower bound lies above its upper bound or the least upper bound below its
    /// lower bound. Figures are put in buckets by date; each bucket gets those two extremes over
    /// the buckets it may coincide with, then each figure is checked against its bucket's.
    /// </summary>
    private void FigureDisagreements(List<Side> involved)
    {
        // A breakdown of a total (a figure that counts a part of another, such as the civilians
        // among the dead) is not a contradiction of the total: once figures can say what they are
        // a part of, such figures are to be left out of these buckets, or put in their own.
        var buckets = new Dictionary<FuzzyDate, Bucket>();
        Bucket? undated = null;
        foreach (var side in sides)
        {
            if (side.Negative)
            {
                continue;
            }
            var figure = ((FigureAssertion)side.First.Assertion).Figure;
            Bucket bucket;
            if (figure.AsOf is { } date)
            {
                if (!buckets.TryGetValue(date, out bucket!))
                {
                    buckets.Add(date, bucket = new Bucket(date));
                }
            }
            else
            {
                bucket = undated ??= new Bucket(null);
            }
            bucket.Add(side, figure.Value);
        }
        var all = new List<Bucket>(buckets.Values);
        if (undated is not null)
        {
            all.Add(undated);
        }
        foreach (var bucket in all)
        {
            // A date whose range is reversed coincides with no date, not even itself.
            if (bucket.Date is not { } date || date.Overlaps(date))
            {
                bucket.Reach(bucket);
            }
        }
        ForEachPairThatMayOverlap(all, b => b.Date, (a, b) =>
        {
            if (a.Date is not { } x || b.Date is not { } y || x.Overlaps(y))
            {
                a.Reach(b);
                b.Reach(a);
            }
        });
        var found = new bool[sides.Count];
        foreach (var bucket in all)
        {
            foreach (var (side, value) in bucket.Members)
            {
                found[side.Index] = (value.Upper is { } upper && bucket.ReachedLower is { } lower && lower > upper)
                    || (value.Lower is { } low && bucket.ReachedUpper is { } high && low > high);
            }
        }
        foreach (var side in sides)
        {
            if (found[side.Index])
            {
                involved.Add(side);
            }
        }
    }

    /// <summary>Gets the date that bounds what an assertion can contradict, for the assertions whose comparison needs their dates to coincide.</summary>
    private static FuzzyDate? DateOf(Side side) => side.First.Assertion is ControlAssertion c ? c.AsOf : null;

    /// <summary>
    /// Calls <paramref name="action"/> on each pair of items (each once) whose dates may coincide:
    /// those without a date with every other, and the dated ones in order of their start, each with
    /// those that start before it ends. Items whose ranges cannot share a day are never paired.
    /// </summary>
    private static void ForEachPairThatMayOverlap<T>(IReadOnlyList<T> items, Func<T, FuzzyDate?> dateOf, Action<T, T> action)
    {
        var dated = new List<(FuzzyDate Date, T Item)>();
        var undated = new List<T>();
        foreach (var item in items)
        {
            if (dateOf(item) is { } date)
            {
                dated.Add((date, item));
            }
            else
            {
                undated.Add(item);
            }
        }
        for (int i = 0; i < undated.Count; i++)
        {
            for (int j = i + 1; j < undated.Count; j++)
            {
                action(undated[i], undated[j]);
            }
            foreach (var (_, item) in dated)
            {
                action(undated[i], item);
            }
        }
        dated.Sort((a, b) => a.Date.Start.CompareTo(b.Date.Start));
        for (int i = 0; i < dated.Count; i++)
        {
            var end = dated[i].Date.End;
            for (int j = i + 1; j < dated.Count && dated[j].Date.Start <= end; j++)
            {
                action(dated[i].Item, dated[j].Item);
            }
        }
    }

    /// <summary>Claims of fact about one subject that assert the same thing with the same polarity.</summary>
    internal sealed class Side(int index, Claim first)
    {
        /// <summary>Gets the side's number in <see cref="Sides"/>.</summary>
        internal int Index { get; } = index;

        /// <summary>Gets the side's first claim, which stands for all of them.</summary>
        internal Claim First { get; } = first;

        /// <summary>Gets a value indicating whether the side denies what it says.</summary>
        internal bool Negative => First.IsNegative;

        /// <summary>Gets the positions of the side's claims in the dossier's list, in dossier order.</summary>
        internal List<int> Positions { get; } = [];
    }

    /// <summary>
    /// What makes two claims of a subject stand on one side: their polarity, and what they assert
    /// (for a figure, only its value and date, since its words and the like do not change what it counts).
    /// </summary>
    private readonly record struct SideKey(bool Negative, object What)
    {
        internal static SideKey Of(Claim claim) => new(claim.IsNegative, claim.Assertion is FigureAssertion f
            ? new FigureKey(f.Figure.Value, f.Figure.AsOf)
            : claim.Assertion);
    }

    private sealed record FigureKey(FigureValue Value, FuzzyDate? AsOf);

    /// <summary>The asserted figures of one date, and the extreme bounds of the figures whose dates may coincide with it.</summary>
    private sealed class Bucket(FuzzyDate? date)
    {
        private decimal? maxLower;
        private decimal? minUpper;

        internal FuzzyDate? Date { get; } = date;

        internal List<(Side Side, FigureValue Value)> Members { get; } = [];

        /// <summary>Gets the greatest lower bound among the figures reached, or null when none has one.</summary>
        internal decimal? ReachedLower { get; private set; }

        /// <summary>Gets the least upper bound among the figures reached, or null when none has one.</summary>
        internal decimal? ReachedUpper { get; private set; }

        internal void Add(Side side, FigureValue value)
        {
            Members.Add((side, value));
            if (value.Lower is { } lower && (maxLower is not { } m || lower > m))
            {
                maxLower = lower;
            }
            if (value.Upper is { } upper && (minUpper is not { } u || upper < u))
            {
                minUpper = upper;
            }
        }

        /// <summary>Takes in the extremes of a bucket whose dates may coincide with this one's.</summary>
        internal void Reach(Bucket other)
        {
            if (other.maxLower is { } lower && (ReachedLower is not { } m || lower > m))
            {
                ReachedLower = lower;
            }
            if (other.minUpper is { } upper && (ReachedUpper is not { } u || upper < u))
            {
                ReachedUpper = upper;
            }
        }
    }
}
