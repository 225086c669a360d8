using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM6002: an outcome says control passed from an actor that, by the dossier's own timeline, did
/// not hold the place just before the event.
/// </summary>
/// <remarks>
/// <para>The timeline of a place is made once: the outcomes of events (the new holder, dated by the
/// event's last possible day) and the claims of fact that say who held it (dated by the last day
/// of their date), sorted by that day. For each outcome with a former holder, the evidence that
/// counts is the latest whose day is before the event's first possible day; evidence that may fall
/// on the event's own dates is not "before" it.</para>
/// <para>All the evidence of that latest day must name one holder; when it names nobody, nobody
/// known, or several holders, nothing is reported (the contradiction rules speak of the last).
/// Events and claims whose dates are reversed are left out. The work is a sort per place and a
/// binary search per outcome, not a query per event.</para>
/// </remarks>
internal sealed class ControlHandedOverByWrongActorRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.ControlHandedOverByWrongActor;

    internal override PassItems Items => PassItems.Events | PassItems.Claims;

    internal override RulePass Start(ValidationContext context) => new Pass(this, context);

    /// <summary>The rule's pass: it gathers each place's evidence and the outcomes to check, and checks them at the end.</summary>
    private sealed class Pass(ControlHandedOverByWrongActorRule rule, ValidationContext context) : RulePass
    {
        private readonly Dictionary<PlaceId, List<Evidence>> timelines = [];

        // The outcomes that name a former holder, in dossier order: the only ones checked.
        private readonly List<(int Event, int Outcome)> handovers = [];

        internal override void Event(int i, ConflictEvent ev)
        {
            if (!ev.Date.IsOrdered)
            {
                return;
            }
            for (int o = 0; o < ev.Outcomes.Count; o++)
            {
                Add(timelines, ev.Outcomes[o].Place, new Evidence(ev.Date.End, ev.Outcomes[o].To, i, -1));
                if (ev.Outcomes[o].From is not null)
                {
                    handovers.Add((i, o));
                }
            }
        }

        internal override void Claim(int j, Claim claim)
        {
            if (claim.IsFactual && !claim.IsNegative && claim.Assertion is ControlAssertion held && held.AsOf.IsOrdered)
            {
                Add(timelines, held.Place, new Evidence(held.AsOf.End, held.Controller, -1, j));
            }
        }

        internal override void Finish()
        {
            if (handovers.Count == 0)
            {
                return;
            }
            var summaries = new Dictionary<PlaceId, List<DaySummary>>(timelines.Count);
            foreach (var (place, evidence) in timelines)
            {
                summaries[place] = Summarize(evidence);
            }
            var events = context.Dossier.Events;
            foreach (var (i, o) in handovers)
            {
                var ev = events[i];
                var outcome = ev.Outcomes[o];
                if (outcome.From is not { } from
                    || !summaries.TryGetValue(outcome.Place, out var days)
                    || LatestBefore(days, ev.Date.Start) is not { } latest
                    || latest.Holder is not { } holder
                    || latest.Conflicting
                    || holder == from)
                {
                    continue;
                }
                rule.Report(context, i, o, from, holder, latest.Cited);
            }
        }
    }

    private void Report(ValidationContext context, int eventIndex, int outcomeIndex, ActorId from, ActorId holder, Evidence cited)
    {
        var dossier = context.Dossier;
        var ev = dossier.Events[eventIndex];
        var place = ev.Outcomes[outcomeIndex].Place;
        string evidenceId;
        string evidence;
        if (cited.Event >= 0)
        {
            var earlier = dossier.Events[cited.Event];
            evidenceId = earlier.Id.Value;
            evidence = string.Format(CultureInfo.InvariantCulture, "the outcome of event \"{0}\" ({1}) gave it to \"{2}\"", earlier.Id, earlier.Date, holder);
        }
        else
        {
            var claim = dossier.Claims[cited.Claim];
            evidenceId = claim.Id.Value;
            evidence = string.Format(CultureInfo.InvariantCulture, "claim \"{0}\" says \"{1}\" held it on {2}",
                claim.Id, holder, ((ControlAssertion)claim.Assertion).AsOf);
        }
        context.Report(Descriptor,
            DossierPaths.Property(DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, eventIndex), "outcomes", outcomeIndex), "from"),
            string.Format(CultureInfo.InvariantCulture,
                "The outcome of event \"{0}\" ({1}) says control of \"{2}\" passed from \"{3}\", but the latest earlier evidence in the dossier "
                + "has \"{4}\" holding the place: {5}. Correct the outcome's from, or the earlier evidence; if control changed hands in between, "
                + "add the event or claim that says so.",
                ev.Id, ev.Date, place, from, holder, evidence),
            [ev.Id.Value, place.Value, from.Value, holder.Value, evidenceId], from.Value);
    }

    private static void Add(Dictionary<PlaceId, List<Evidence>> timelines, PlaceId place, Evidence evidence)
    {
        if (!timelines.TryGetValue(place, out var list))
        {
            timelines[place] = list = [];
        }
        list.Add(evidence);
    }

    /// <summary>Sorts a place's evidence by day and folds each day into one summary, in day order.</summary>
    private static List<DaySummary> Summarize(List<Evidence> evidence)
    {
        evidence.Sort((x, y) => x.Day.CompareTo(y.Day));
        var days = new List<DaySummary>();
        for (int k = 0; k < evidence.Count;)
        {
            var day = evidence[k].Day;
            ActorId? holder = null;
            bool unknown = false;
            bool conflicting = false;
            Evidence cited = evidence[k];
            for (; k < evidence.Count && evidence[k].Day == day; k++)
            {
                if (evidence[k].Holder is not { } h)
                {
                    unknown = true;
                }
                else if (holder is null)
                {
                    holder = h;
                    cited = evidence[k];
                }
                else if (holder != h)
                {
                    conflicting = true;
                }
            }
            days.Add(new DaySummary(day, unknown ? null : holder, conflicting, cited));
        }
        return days;
    }

    /// <summary>The summary of the latest day strictly before <paramref name="day"/>, by binary search.</summary>
    private static DaySummary? LatestBefore(List<DaySummary> days, LocalDate day)
    {
        int low = 0;
        int high = days.Count - 1;
        int found = -1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            if (days[mid].Day < day)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found < 0 ? null : days[found];
    }

    /// <summary>One piece of evidence: the holder from a day on, from an event's outcome or from a claim.</summary>
    private readonly record struct Evidence(LocalDate Day, ActorId? Holder, int Event, int Claim);

    /// <summary>What the evidence of one day says: one holder, nobody known (null), or several.</summary>
    private sealed record DaySummary(LocalDate Day, ActorId? Holder, bool Conflicting, Evidence Cited);
}
