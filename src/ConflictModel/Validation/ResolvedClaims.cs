using System;
using System.Collections.Generic;

namespace ConflictModel.Validation;

/// <summary>
/// The references of claims and events that most rules follow, each looked up once per
/// validation: a claim's report and the event its assertion names, and the claims
/// each event lists and those that refer to it.
/// </summary>
/// <remarks>
/// <para>Each is what <see cref="Dossier.Find(ReportId)"/> and its overloads give (the first
/// entity with the id), kept by position. Looking an id up costs a walk through a large table
/// whose parts are rarely in the processor's cache; a rule that reads the answer here reads an
/// array in order instead, so twenty rules following the same reference pay for one lookup.</para>
/// <para>Events are found by position; a claim that refers to an event id declared twice refers
/// to the first event with it, and <see cref="Referring"/> gives the same claims for every event
/// with that id, as <see cref="Dossier.ClaimsAbout"/> does.</para>
/// </remarks>
internal sealed class ResolvedClaims
{
    private readonly Dossier dossier;
    private readonly Report?[] reports;
    private readonly int[] events;
    private readonly int[] listedStart;
    private readonly int[] listed;
    private readonly int[] referringStart;
    private readonly int[] referring;
    private readonly List<DanglingReference> dangling = [];
    private List<Rules.FigureSite>? figures;

    /// <param name="dossier">The dossier.</param>
    /// <param name="gatherFigures">Whether to gather the list of every figure on the way (<see cref="TakeFigureSites"/>): not when it is made already.</param>
    internal ResolvedClaims(Dossier dossier, bool gatherFigures = true)
    {
        this.dossier = dossier;
        var claims = dossier.Claims;
        reports = new Report?[claims.Count];
        events = new int[claims.Count];
        // Host assertions may name several events: their pairs are gathered apart.
        List<(int Event, int Claim)>? hostPairs = null;
        var all = dossier.Events;
        var reportList = dossier.Reports;
        var eventIds = dossier.EventIdTexts;
        var reportIds = dossier.ReportIdTexts;
        // Where ids are distinct, the entity a reference names is most often the one the previous
        // reference named, or the next: tried first, they spare most lookups (see Near).
        bool eventsDistinct = dossier.HasDistinctEventIds;
        bool reportsDistinct = dossier.HasDistinctReportIds;
        int lastEvent = -1;
        int lastReport = -1;
        // The claims by subject, which the contradiction and corroboration rules need, made in the
        // same pass, and so are the references that name no entity (CM2001, CM2002).
        var subjects = dossier.StartSubjectGrouping();
        // The figures, gathered on the way in the order of FigureSite.All: the events' first, then the claims'.
        var claimFigures = gatherFigures ? new List<Rules.FigureSite>() : null;
        var walk = new ReferenceWalker.Walk(dossier, this, (IEntityId target, string owner, in ReferenceLocation at) => dangling.Add(new DanglingReference(target, owner, at)));
        for (int i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            subjects?.Add(claim.Assertion);
            if (claim.Report is { } report)
            {
                lastReport = reportsDistinct ? Near(reportIds, lastReport, report.TextOrNull) : -1;
                lastReport = lastReport >= 0 ? lastReport : dossier.PositionOf(report);
                reports[i] = lastReport >= 0 ? reportList[lastReport] : null;
            }
            if (AssertionEvent.TryBuiltIn(claim.Assertion, out var named))
            {
                int at = -1;
                if (named is { } id)
                {
                    at = eventsDistinct ? Near(eventIds, lastEvent, id.TextOrNull) : -1;
                    at = at >= 0 ? at : dossier.PositionOf(id);
                    lastEvent = at >= 0 ? at : lastEvent;
                }
                events[i] = at;
            }
            else
            {
                events[i] = -1;
                AddHostPairs(ref hostPairs, dossier, claim.Assertion, i);
            }
            if (claimFigures is not null && claim.Assertion is FigureAssertion figure)
            {
                claimFigures.Add(Rules.FigureSite.OfClaim(dossier, i, claim, figure));
            }
            ReferenceWalker.WalkClaim(walk, claim, i);
        }

        subjects?.Finish();
        listedStart = new int[all.Count + 1];
        for (int e = 0; e < all.Count; e++)
        {
            listedStart[e + 1] = listedStart[e] + all[e].Claims.Count;
        }
        listed = new int[listedStart[all.Count]];
        // Sized for one figure an event besides the claims' figures: it grows at most a few times.
        figures = claimFigures is null ? null : new List<Rules.FigureSite>(claimFigures.Count + all.Count);
        bool claimsDistinct = dossier.HasDistinctClaimIds;
        var claimIds = dossier.ClaimIdTexts;
        for (int e = 0, k = 0, last = -1; e < all.Count; e++)
        {
            var ids = all[e].Claims;
            for (int c = 0; c < ids.Count; c++)
            {
                int at = claimsDistinct ? Near(claimIds, last, ids[c].TextOrNull) : -1;
                at = at >= 0 ? at : dossier.PositionOf(ids[c]);
                listed[k++] = at;
                last = at >= 0 ? at : last;
            }
            var ev = all[e];
            for (int f = 0; f < ev.Figures.Count && figures is not null; f++)
            {
                figures.Add(Rules.FigureSite.OfEvent(dossier, e, ev, f));
            }
            ReferenceWalker.WalkEvent(walk, ev, e);
        }

        figures?.AddRange(claimFigures!);

        // The claims referring to each event, grouped by counting: in claim order within each event.
        referringStart = new int[all.Count + 1];
        for (int i = 0; i < events.Length; i++)
        {
            if (events[i] >= 0)
            {
                referringStart[events[i] + 1]++;
            }
        }
        foreach (var (e, _) in hostPairs ?? [])
        {
            referringStart[e + 1]++;
        }
        for (int e = 0; e < all.Count; e++)
        {
            referringStart[e + 1] += referringStart[e];
        }
        referring = new int[referringStart[all.Count]];
        var filled = new int[all.Count];
        int host = 0;
        for (int i = 0; i < events.Length; i++)
        {
            if (events[i] >= 0)
            {
                referring[referringStart[events[i]] + filled[events[i]]++] = i;
            }
            for (; hostPairs is not null && host < hostPairs.Count && hostPairs[host].Claim == i; host++)
            {
                int e = hostPairs[host].Event;
                referring[referringStart[e] + filled[e]++] = i;
            }
        }
    }

    /// <summary>
    /// Returns every figure, in the order of <see cref="Rules.FigureSite.All"/>, gathered while
    /// each event and claim was at hand, and lets go of them; null when they were taken already.
    /// </summary>
    internal List<Rules.FigureSite>? TakeFigureSites()
    {
        var taken = figures;
        figures = null;
        return taken;
    }

    /// <summary>Gets the references of claims and events that name no entity of their kind, claims first, each in dossier order.</summary>
    internal IReadOnlyList<DanglingReference> Dangling => dangling;

    /// <summary>Returns the report of the claim at a position, or null when it names none or the dossier has none with its id.</summary>
    internal Report? ReportOf(int claim) => reports[claim];

    /// <summary>
    /// Returns the position of the event the built-in assertion of the claim at a position names;
    /// -1 when it names none, names one the dossier does not have, or is a host's assertion.
    /// </summary>
    internal int EventOf(int claim) => events[claim];

    /// <summary>Returns the positions of the claims an event lists, in its order: -1 for an id the dossier does not have.</summary>
    internal ReadOnlySpan<int> Listed(int @event) => listed.AsSpan(listedStart[@event], listedStart[@event + 1] - listedStart[@event]);

    /// <summary>Returns the positions of the claims whose assertion refers to an event, in dossier order, each once.</summary>
    internal ReadOnlySpan<int> Referring(int @event)
    {
        // The claims refer to the first event with an id; a later event with the same id gets the same claims.
        int first = @event;
        if (!dossier.HasDistinctEventIds)
        {
            first = dossier.PositionOf(dossier.Events[@event].Id);
        }
        return referring.AsSpan(referringStart[first], referringStart[first + 1] - referringStart[first]);
    }

    /// <summary>
    /// Returns the position of the entity with an id text when it is the one at <paramref name="last"/>
    /// or just after it; -1 otherwise. Only for entities whose ids are distinct, where the entity
    /// with an id is the first with it.
    /// </summary>
    /// <remarks>
    /// Documents list events in the order of their claims, and claims in the order of their
    /// events, so that this finds most references by comparing two strings (the reader gives equal
    /// ids one string, so most compare by reference) instead of hashing into a table too large to
    /// stay in the cache.
    /// </remarks>
    private static int Near(ReadOnlySpan<string?> ids, int last, string? id)
    {
        if (id is null)
        {
            return -1;
        }
        for (int at = Math.Max(last, 0); at <= last + 1 && at < ids.Length; at++)
        {
            if (string.Equals(ids[at], id, StringComparison.Ordinal))
            {
                return at;
            }
        }
        return -1;
    }

    private static void AddHostPairs(ref List<(int Event, int Claim)>? pairs, Dossier dossier, ClaimAssertion assertion, int claim)
    {
        // A host assertion may give no references, a null among them, or one event twice.
        foreach (var target in assertion.References ?? [])
        {
            if (target is not EventId id || dossier.PositionOf(id) is not (>= 0 and var e))
            {
                continue;
            }
            pairs ??= [];
            bool seen = false;
            for (int k = pairs.Count - 1; k >= 0 && pairs[k].Claim == claim && !seen; k--)
            {
                seen = pairs[k].Event == e;
            }
            if (!seen)
            {
                pairs.Add((e, claim));
            }
        }
    }
}
