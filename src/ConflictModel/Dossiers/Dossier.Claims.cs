using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

public sealed partial class Dossier
{
    /// <summary>The greatest depth followed up a chain of <see cref="Source.Organization"/> links; deeper chains are cut there.</summary>
    private const int MaxOrganizationDepth = 64;

    /// <summary>Returns the claims whose original source is <paramref name="source"/>, in dossier order.</summary>
    /// <param name="source">A source.</param>
    /// <returns>The claims; empty when there are none.</returns>
    public IEnumerable<Claim> ClaimsBy(SourceId source) => ClaimsAt(Index.ClaimLookups.BySource[source]);

    /// <summary>Returns the claims that <paramref name="source"/> relayed from another source, in dossier order.</summary>
    /// <param name="source">A source.</param>
    /// <returns>The claims; empty when there are none.</returns>
    public IEnumerable<Claim> ClaimsRelayedBy(SourceId source) => ClaimsAt(Index.ClaimLookups.ByRelay[source]);

    /// <summary>
    /// Returns every claim about an event: those the event lists and those whose assertion refers
    /// to it, including negative ones, in dossier order, each once.
    /// </summary>
    /// <param name="event">An event.</param>
    /// <returns>The claims; empty when there are none.</returns>
    public IEnumerable<Claim> ClaimsAbout(EventId @event) => PositionsAbout(@event).Select(p => Claims[p]);

    /// <summary>Returns the positions of the claims about an event (see <see cref="ClaimsAbout"/>), in dossier order, each once.</summary>
    private SortedSet<int> PositionsAbout(EventId @event)
    {
        var lookups = Index.ClaimLookups;
        var positions = new SortedSet<int>();
        foreach (var id in Find(@event)?.Claims ?? [])
        {
            if (Index.Claims.PositionOf(id.TextOrNull) is int position and >= 0)
            {
                positions.Add(position);
            }
        }
        positions.UnionWith(lookups.ReferringToEvent.GetValueOrDefault(@event) ?? []);
        return positions;
    }

    /// <summary>
    /// Returns the claims that support an event: the claims about it (see <see cref="ClaimsAbout"/>)
    /// that speak of fact and do not deny it.
    /// </summary>
    /// <param name="event">An event.</param>
    /// <returns>The claims; empty when there are none.</returns>
    public IEnumerable<Claim> ClaimsSupporting(EventId @event) => ClaimsAbout(@event).Where(c => c.IsFactual && !c.IsNegative);

    /// <summary>
    /// Returns what the claims say about an event: the claims that support it, those that deny it or
    /// a part of it, and the supporting claims that a claim of fact contradicts, with the claims on
    /// the other side. It answers "did this happen, and does anyone say otherwise".
    /// </summary>
    /// <remarks>
    /// Claims are compared subject by subject, side against side (claims that say the same thing form
    /// one side), so an event reported by many sources costs what its distinct assertions cost.
    /// </remarks>
    /// <param name="event">An event; one the dossier does not hold gets the claims that refer to it.</param>
    /// <returns>The account; for an event nothing is said about, one with empty lists.</returns>
    public EventAccount AccountOf(EventId @event)
    {
        var supporting = new List<ClaimId>();
        var denials = new List<ClaimId>();
        var disputed = new List<ClaimId>();
        var disputedBy = new SortedSet<int>();
        var subjects = new Dictionary<int, (ClaimSides Sides, List<ClaimSides.Side>[] Contradicting)>();
        var lookups = Index.ClaimLookups;
        foreach (int position in PositionsAbout(@event))
        {
            var claim = Claims[position];
            if (!claim.IsFactual)
            {
                continue;
            }
            if (claim.IsNegative)
            {
                denials.Add(claim.Id);
                continue;
            }
            supporting.Add(claim.Id);
            var group = lookups.BySubject.At(position);
            if (!subjects.TryGetValue(group.Head, out var subject))
            {
                var sides = ClaimSides.Of(Claims, group);
                subjects.Add(group.Head, subject = (sides, sides.Contradicting()));
            }
            if (subject.Sides.SideAt(position) is not { } side || subject.Contradicting[side.Index].Count == 0)
            {
                continue;
            }
            disputed.Add(claim.Id);
            foreach (var other in subject.Contradicting[side.Index])
            {
                disputedBy.UnionWith(other.Positions);
            }
        }
        return new EventAccount(@event, supporting, denials, disputed, disputedBy.Select(p => Claims[p].Id).ToList());
    }

    /// <summary>
    /// Returns the origin of a source: the organisation at the root of its chain of
    /// <see cref="Source.Organization"/> links (the OSDH for its director, AFP for its
    /// correspondent), or the source itself when it belongs to none. A chain that loops or leaves
    /// the dossier stops at the last source found.
    /// </summary>
    /// <param name="source">A source.</param>
    /// <returns>The origin.</returns>
    public SourceId OriginOf(SourceId source)
    {
        var current = source;
        HashSet<SourceId>? visited = null;
        for (int depth = 0; depth < MaxOrganizationDepth; depth++)
        {
            if (Find(current)?.Organization is not { } parent || parent == current)
            {
                break;
            }
            // Chains are short; remember the way only when one turns out long enough to loop.
            if (depth >= 4 && !(visited ??= []).Add(parent))
            {
                break;
            }
            current = parent;
        }
        return current;
    }

    /// <summary>
    /// Returns what backs a claim: the other claims that say the same thing, split by whether
    /// their origin is independent of the claim's. A relay of the same original source, or another
    /// person of the same organisation, is not independent. Only claims of fact are compared.
    /// </summary>
    /// <param name="claim">A claim in the dossier.</param>
    /// <returns>The corroboration.</returns>
    /// <exception cref="ArgumentException">The dossier has no claim with that id.</exception>
    public Corroboration CorroborationOf(ClaimId claim)
    {
        var subject = Find(claim) ?? throw new ArgumentException($"The dossier has no claim with id \"{claim}\".", nameof(claim));
        var origin = OriginOf(subject.Source);
        var independent = new List<ClaimId>();
        var origins = new List<SourceId>();
        var dependent = new List<ClaimId>();
        List<ClaimId>? disputes = null;
        foreach (int position in Index.ClaimLookups.BySubject.About(subject.Assertion))
        {
            var other = Claims[position];
            if (other.Id == subject.Id)
            {
                continue;
            }
            var comparison = Compare(subject, other);
            if (comparison == AssertionComparison.Contradicts)
            {
                (disputes ??= []).Add(other.Id);
            }
            if (comparison != AssertionComparison.Agrees)
            {
                continue;
            }
            var otherOrigin = OriginOf(other.Source);
            if (otherOrigin == origin)
            {
                dependent.Add(other.Id);
                continue;
            }
            independent.Add(other.Id);
            if (!origins.Contains(otherOrigin))
            {
                origins.Add(otherOrigin);
            }
        }
        return new Corroboration(subject.Id, origin, independent, origins, dependent, disputes);
    }

    /// <summary>Returns <see cref="OriginOf(SourceId)"/>, remembered in a cache.</summary>
    internal SourceId CachedOriginOf(SourceId source, Dictionary<SourceId, SourceId> origins)
    {
        if (!origins.TryGetValue(source, out var origin))
        {
            origins.Add(source, origin = OriginOf(source));
        }
        return origin;
    }

    /// <summary>Returns the independent origins that back a claim; shorthand for <see cref="CorroborationOf"/>.</summary>
    /// <param name="claim">A claim in the dossier.</param>
    /// <returns>The origins, in order of first appearance.</returns>
    /// <exception cref="ArgumentException">The dossier has no claim with that id.</exception>
    public IReadOnlyList<SourceId> IndependentSourcesFor(ClaimId claim) => CorroborationOf(claim).IndependentOrigins;

    /// <summary>
    /// Returns every pair of claims of fact that cannot both be true: two figures for the same
    /// count and date that do not overlap, two controllers of a place at the same time, one claim
    /// denying what another asserts, and whatever host assertions declare contradictory.
    /// </summary>
    /// <remarks>
    /// Claims that assert the same thing are compared once, as one side, so a subject repeated by
    /// many claims costs as much as its distinct assertions; but when many claims contradict many
    /// others, the pairs are many (a thousand claims against a thousand make a million pairs).
    /// Validation (CM6003, CM6004) reports one diagnostic per subject with the sides that disagree instead.
    /// </remarks>
    /// <returns>The pairs, each once, the earlier claim first, subject by subject in the order of their first claim.</returns>
    public IEnumerable<Contradiction> Contradictions()
    {
        foreach (var (_, _, contradiction) in ContradictionsWithPositions())
        {
            yield return contradiction;
        }
    }

    /// <summary>
    /// Groups the claims of fact of each subject that has at least two claims into sides
    /// (<see cref="ClaimSides"/>), subject by subject in the order of their first claim.
    /// </summary>
    internal IEnumerable<ClaimSides> SubjectSides()
    {
        var groups = Index.ClaimLookups.BySubject.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            if (groups[g].Count >= 2)
            {
                yield return ClaimSides.Of(Claims, groups[g]);
            }
        }
    }

    /// <summary>
    /// Starts grouping the claims by subject in a pass that the caller makes over <see cref="Claims"/>
    /// anyway, so that the grouping reads each assertion while it is at hand rather than in a pass
    /// of its own; null when the grouping is made already.
    /// </summary>
    internal SubjectGrouping? StartSubjectGrouping() => Index.ClaimLookups.HasBySubject ? null : new SubjectGrouping(this);

    /// <summary>Claims grouped by subject as a caller goes through them in order; see <see cref="StartSubjectGrouping"/>.</summary>
    internal sealed class SubjectGrouping
    {
        private readonly Indexes.ClaimIndexes lookups;
        private readonly SubjectGroups groups;
        private int next;
        private bool byText;

        internal SubjectGrouping(Dossier dossier)
        {
            lookups = dossier.Index.ClaimLookups;
            groups = new SubjectGroups(dossier.Claims.Count);
        }

        /// <summary>Adds the assertion of the next claim.</summary>
        internal void Add(ClaimAssertion assertion)
        {
            // A host's assertion keys every subject by its text: the dossier's own lookup then does it.
            byText = byText || !ClaimSubject.IsBuiltIn(assertion);
            if (!byText)
            {
                groups.Add(ClaimSubject.Of(assertion, byText: false), next);
            }
            next++;
        }

        /// <summary>Hands the groups to the dossier once every claim is added.</summary>
        internal void Finish()
        {
            if (!byText && next == groups.Capacity)
            {
                lookups.Adopt(new Indexes.SubjectIndex(groups));
            }
        }
    }

    /// <summary>Returns the positions of the claims about the same subject as the claim at a position of <see cref="Claims"/>, and the first of them.</summary>
    internal (ClaimPositions Positions, int Head) SubjectAt(int position)
    {
        var positions = Index.ClaimLookups.BySubject.At(position);
        return (positions, positions.Head);
    }

    /// <summary>Walks the subjects and yields each contradicting pair with its positions, the earlier claim first.</summary>
    private IEnumerable<(int First, int Second, Contradiction Contradiction)> ContradictionsWithPositions()
    {
        var later = new List<int>();
        foreach (var subject in SubjectSides())
        {
            var sides = subject.Sides;
            if (sides.Count < 2)
            {
                continue;
            }
            var contradicting = subject.Contradicting();
            // Each claim with the claims after it on the sides that contradict its own, in dossier order.
            var order = new List<(int Position, ClaimSides.Side Side)>();
            foreach (var side in sides)
            {
                if (contradicting[side.Index].Count > 0)
                {
                    foreach (int position in side.Positions)
                    {
                        order.Add((position, side));
                    }
                }
            }
            order.Sort((a, b) => a.Position.CompareTo(b.Position));
            foreach (var (position, side) in order)
            {
                later.Clear();
                foreach (var other in contradicting[side.Index])
                {
                    int from = other.Positions.BinarySearch(position);
                    for (int k = from < 0 ? ~from : from + 1; k < other.Positions.Count; k++)
                    {
                        later.Add(other.Positions[k]);
                    }
                }
                later.Sort();
                var first = Claims[position];
                foreach (int next in later)
                {
                    if (Contradiction(first, Claims[next]) is { } found)
                    {
                        yield return (position, next, found);
                    }
                }
            }
        }
    }

    /// <summary>Gets a value indicating whether no two claims share an id, so that a claim's position names it.</summary>
    internal bool HasDistinctClaimIds => Index.Claims.Count == Claims.Count;

    /// <summary>Tells whether the claim at a position of <see cref="Claims"/> is the first with its id, the one <see cref="Find(ClaimId)"/> gives.</summary>
    internal bool IsFirstWithItsId(Claim claim, int position) => HasDistinctClaimIds || PositionOf(claim.Id) == position;

    /// <summary>Returns the claims of fact that contradict a claim.</summary>
    /// <param name="claim">A claim in the dossier.</param>
    /// <returns>The contradictions, each with <paramref name="claim"/> as one side and the earlier claim first.</returns>
    /// <exception cref="ArgumentException">The dossier has no claim with that id.</exception>
    public IEnumerable<Contradiction> ContradictionsOf(ClaimId claim)
    {
        var subject = Find(claim) ?? throw new ArgumentException($"The dossier has no claim with id \"{claim}\".", nameof(claim));
        return Pairs(Index.ClaimLookups.BySubject.About(subject.Assertion), subject).OfType<Contradiction>();

        // Claims of a subject come in dossier order, so the pair's order follows it too.
        IEnumerable<Contradiction?> Pairs(ClaimPositions group, Claim subject)
        {
            bool passed = false;
            foreach (int position in group)
            {
                var other = Claims[position];
                if (ReferenceEquals(other, subject))
                {
                    passed = true;
                    continue;
                }
                yield return passed ? Contradiction(subject, other) : Contradiction(other, subject);
            }
        }
    }

    /// <summary>Gives the claims at positions of the dossier's list, without letting the caller change the lookup.</summary>
    private IEnumerable<Claim> ClaimsAt(IReadOnlyList<int> positions) => positions.Count == 0 ? [] : positions.Select(p => Claims[p]);

    /// <summary>
    /// Compares two claims taking their polarity into account: the same assertion agrees with
    /// itself, and contradicts its denial; two exclusive assertions contradict only when both are
    /// asserted, since denying one of them says nothing about the other.
    /// </summary>
    private static AssertionComparison Compare(Claim a, Claim b)
    {
        if (!a.IsFactual || !b.IsFactual)
        {
            return AssertionComparison.Unrelated;
        }
        var content = a.Assertion.CompareWith(b.Assertion);
        return (content, a.IsNegative == b.IsNegative) switch
        {
            (AssertionComparison.Agrees, true) => AssertionComparison.Agrees,
            (AssertionComparison.Agrees, false) => AssertionComparison.Contradicts,
            (AssertionComparison.Contradicts, true) when !a.IsNegative => AssertionComparison.Contradicts,
            _ => AssertionComparison.Unrelated,
        };
    }

    private static Contradiction? Contradiction(Claim a, Claim b) =>
        Compare(a, b) == AssertionComparison.Contradicts ? new Contradiction(a.Id, b.Id, ContradictionReason(a, b)) : null;

    /// <summary>Says why two claims that contradict cannot both be true.</summary>
    internal static string ContradictionReason(Claim a, Claim b)
    {
        return a.IsNegative != b.IsNegative
            ? $"{(a.IsNegative ? a.Id : b.Id)} denies what {(a.IsNegative ? b.Id : a.Id)} asserts: {(a.IsNegative ? b : a).Assertion}"
            : (a.Assertion, b.Assertion) switch
            {
                (FigureAssertion fa, FigureAssertion fb) => $"incompatible figures for {fa.Figure.Kind}: {fa.Figure.Value} and {fb.Figure.Value}",
                (ControlAssertion ca, ControlAssertion cb) => $"different controllers of {ca.Place}: {ca.Controller?.ToString() ?? "nobody"} and {cb.Controller?.ToString() ?? "nobody"}",
                _ => $"exclusive assertions: {a.Assertion} and {b.Assertion}",
            };
    }
}
