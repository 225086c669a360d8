using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM6012: a claim says an actor held a place on a day when, by another claim, control of the place
/// passed between two other actors.
/// </summary>
/// <remarks>
/// <para>On a day when control of a place passed from A to B, the place was held by A or by B. A claim
/// of fact that a third actor held it on a day that may be that day cannot be true with the claim of
/// the change. Only asserted claims of fact with an ordered date are compared; a change must name
/// both its former and its new holder (the actor an unnamed former holder stands for could be the
/// third actor), a control claim its controller. A control claim dated wholly after a change is
/// not compared: the place may have changed hands again since.</para>
/// <para>The changes of a place are sorted once by their first possible day; each control claim
/// finds by binary search the changes that may fall on its days (those starting no earlier than its
/// first day less the longest change window of the place), and is reported once, against the first
/// change it contradicts. Identical control claims (same controller, same dates) are looked up once.</para>
/// </remarks>
internal sealed class ControlAtOddsWithChangeRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ControlAtOddsWithChange;

    internal override PassItems Items => PassItems.Claims;

    internal override RulePass Start(ValidationContext context) => new Pass(this, context);

    /// <summary>Gathers the changes of control by place and the claims of who held a place, then compares them at the end.</summary>
    private sealed class Pass(ControlAtOddsWithChangeRule rule, ValidationContext context) : RulePass
    {
        private readonly List<(int Position, ControlAssertion Held)> holdings = [];
        private Dictionary<PlaceId, Changes>? byPlace;

        internal override void Claim(int position, Claim claim)
        {
            // The kind of assertion first: most claims are neither.
            switch (claim.Assertion)
            {
                case ControlChangeAssertion { From: { } from, To: { } to, When: { IsOrdered: true } when } change when claim.IsFactual && !claim.IsNegative:
                    byPlace ??= [];
                    if (!byPlace.TryGetValue(change.Place, out var changes))
                    {
                        byPlace[change.Place] = changes = new Changes();
                    }
                    changes.Add(new Change(when.Start, when.End, from, to, position));
                    break;
                case ControlAssertion { Controller: not null, AsOf.IsOrdered: true } held when claim.IsFactual && !claim.IsNegative:
                    holdings.Add((position, held));
                    break;
            }
        }

        internal override void Finish()
        {
            if (byPlace is null)
            {
                return;
            }
            foreach (var changes in byPlace.Values)
            {
                changes.Sort();
            }
            var claims = context.Dossier.Claims;
            var seen = new Dictionary<(PlaceId, ActorId, LocalDate, LocalDate), int>();
            foreach (var (i, held) in holdings)
            {
                if (!byPlace.TryGetValue(held.Place, out var changes))
                {
                    continue;
                }
                var holder = held.Controller!.Value;
                var key = (held.Place, holder, held.AsOf.Start, held.AsOf.End);
                if (!seen.TryGetValue(key, out int found))
                {
                    seen[key] = found = changes.FirstAtOdds(holder, held.AsOf.Start, held.AsOf.End);
                }
                if (found >= 0)
                {
                    rule.Report(context, i, claims[found]);
                }
            }
        }
    }

    private void Report(ValidationContext context, int heldIndex, Claim changeClaim)
    {
        var heldClaim = context.Dossier.Claims[heldIndex];
        var held = (ControlAssertion)heldClaim.Assertion;
        var change = (ControlChangeAssertion)changeClaim.Assertion;
        context.Report(Descriptor, DossierPaths.Property(DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, heldIndex), "assertion"), "controller"),
            string.Format(CultureInfo.InvariantCulture,
                "Claim \"{0}\" says \"{1}\" held \"{2}\" on {3}, but claim \"{4}\" says control of the place passed from \"{5}\" to \"{6}\" on {7}: "
                + "that day it was held by one of them. Check both against their reports; if both stand as reported, keep them as attributed claims "
                + "and let their credibility grades say which is more likely.",
                heldClaim.Id, held.Controller, held.Place, held.AsOf, changeClaim.Id, change.From, change.To, change.When),
            [heldClaim.Id.Value, changeClaim.Id.Value, held.Place.Value, held.Controller!.Value.Value, change.To!.Value.Value],
            heldClaim.Id.Value);
    }

    /// <summary>A change of control: its possible days, the actors, and the claim's index.</summary>
    private readonly record struct Change(LocalDate Start, LocalDate End, ActorId From, ActorId To, int Claim);

    /// <summary>The changes of one place, sorted by their first possible day.</summary>
    private sealed class Changes
    {
        private readonly List<Change> list = [];
        private int longest;

        internal void Add(Change change)
        {
            list.Add(change);
            int days = Period.DaysBetween(change.Start, change.End);
            if (days > longest)
            {
                longest = days;
            }
        }

        internal void Sort() => list.Sort((x, y) => x.Start.CompareTo(y.Start));

        /// <summary>The claim index of the first change on the days [start, end] that the holder is not a party to; -1 when none.</summary>
        internal int FirstAtOdds(ActorId holder, LocalDate start, LocalDate end)
        {
            var earliest = start.PlusDays(-longest);
            int low = 0;
            int high = list.Count;
            while (low < high)
            {
                int mid = low + ((high - low) / 2);
                if (list[mid].Start < earliest)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }
            for (int k = low; k < list.Count && list[k].Start <= end; k++)
            {
                var change = list[k];
                if (change.End >= start && change.To != holder && change.From != holder)
                {
                    return change.Claim;
                }
            }
            return -1;
        }
    }
}
