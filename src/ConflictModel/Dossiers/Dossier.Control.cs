using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace ConflictModel;

public sealed partial class Dossier
{
    /// <summary>
    /// Answers who controlled a place on a date, from the outcomes of events, from claims that
    /// control changed, and from claims of who held the place.
    /// </summary>
    /// <remarks>
    /// <para>A change of control takes effect at the end of its dates: on the day of a capture
    /// known to the day, the answer is the new controller. The latest evidence on or before the
    /// date wins; when there is none, the first change after the date tells who held the place
    /// before it. A date inside the uncertain dates of a change (a capture "in the week of") is
    /// answered as <see cref="ControlBasis.Contested"/>.</para>
    /// <para>The answer lists in <see cref="ControlAnswer.Disputes"/> the claims of fact that say
    /// it is wrong: denials of the event or change of control behind it (undated denials too),
    /// denials that the controller held the place on the date, and claims that another actor held
    /// it on the date. The answer is given all the same; the dispute is for the reader to weigh.</para>
    /// <para>Claims that are negative, or speak of the future or of a possibility, are not
    /// evidence of control. For an event, the claims behind the answer are those that assert the
    /// event itself or the change of control of this place, not those about its participants or
    /// figures.</para>
    /// </remarks>
    /// <param name="place">The place.</param>
    /// <param name="date">The date.</param>
    /// <returns>The answer, or null when nothing in the dossier speaks of the place's control.</returns>
    public ControlAnswer? ControllerOf(PlaceId place, LocalDate date)
    {
        var evidence = ControlEvidence(place).ToList();
        ControlEvidenceItem? latest = null;
        foreach (var item in evidence.Where(e => e.Date.End <= date || (e.IsState && e.Date.Contains(date))))
        {
            if (latest is null || item.Date.End >= latest.Date.End)
            {
                latest = item;
            }
        }
        var pending = evidence
            .Where(e => !e.IsState && e.Date.Start <= date && date < e.Date.End && (latest is null || latest.Date.End <= e.Date.Start))
            .FirstOrDefault();
        if (pending is not null)
        {
            return Answer(place, date, null, ControlBasis.Contested, pending);
        }
        if (latest is not null)
        {
            return Answer(place, date, latest.After, latest.IsState ? ControlBasis.Asserted : ControlBasis.AfterChange, latest);
        }
        var next = evidence.Where(e => !e.IsState && e.Date.Start > date).OrderBy(e => e.Date.Start).FirstOrDefault();
        return next is null ? null : Answer(place, date, next.Before, ControlBasis.BeforeChange, next);
    }

    /// <summary>
    /// Returns the changes of control of a place recorded as event outcomes, in date order, each
    /// with the event it came from.
    /// </summary>
    /// <param name="place">The place.</param>
    /// <returns>The events and their outcomes for the place.</returns>
    public IEnumerable<(ConflictEvent Event, ControlChange Change)> ControlHistory(PlaceId place) =>
        Events.SelectMany(e => e.Outcomes.Where(o => o.Place == place).Select(o => (e, o)))
            .OrderBy(x => x.e.Date.Start);

    private ControlAnswer Answer(PlaceId place, LocalDate date, ActorId? controller, ControlBasis basis, ControlEvidenceItem item) =>
        new(place, date, controller, basis, item.Event, item.Claims, Disputes(place, date, controller, basis, item));

    /// <summary>
    /// The claims of fact that say the answer is wrong: denials of the event or change of control
    /// behind it (dated or not), denials that the controller held the place on the date, and
    /// claims that another actor held it on the date.
    /// </summary>
    private List<ClaimId> Disputes(PlaceId place, LocalDate date, ActorId? controller, ControlBasis basis, ControlEvidenceItem item)
    {
        var behind = new HashSet<ClaimId>(item.Claims);
        var disputes = new List<ClaimId>();
        foreach (var claim in Claims)
        {
            if (!claim.IsFactual || behind.Contains(claim.Id))
            {
                continue;
            }
            bool disputing = claim.Assertion switch
            {
                // Denying the change disputes who holds the place after it, not who held it before.
                EventAssertion e => claim.IsNegative && basis == ControlBasis.AfterChange && item.Event is { } ev && e.Event == ev,
                ControlChangeAssertion change => claim.IsNegative && basis == ControlBasis.AfterChange && change.Place == place
                    && (item.Event is { } ev2 && change.Event == ev2
                        || change.Event is null && !item.IsState && change.To == item.After && (change.When is not { } when || when.Overlaps(item.Date))),
                ControlAssertion held => held.Place == place && held.AsOf.Contains(date) && basis != ControlBasis.Contested
                    && (claim.IsNegative ? held.Controller == controller : held.Controller != controller),
                _ => false,
            };
            if (disputing)
            {
                disputes.Add(claim.Id);
            }
        }
        return disputes;
    }

    private IEnumerable<ControlEvidenceItem> ControlEvidence(PlaceId place)
    {
        var eventsWithOutcome = new HashSet<EventId>();
        foreach (var ev in Events)
        {
            foreach (var outcome in ev.Outcomes.Where(o => o.Place == place))
            {
                eventsWithOutcome.Add(ev.Id);
                var claims = ClaimsSupporting(ev.Id)
                    .Where(c => c.Assertion is EventAssertion || (c.Assertion is ControlChangeAssertion cc && cc.Place == place))
                    .Select(c => c.Id)
                    .ToList();
                yield return new ControlEvidenceItem(ev.Date, outcome.From, outcome.To, false, ev.Id, claims);
            }
        }
        foreach (var claim in Claims.Where(c => c.IsFactual && !c.IsNegative))
        {
            switch (claim.Assertion)
            {
                case ControlAssertion held when held.Place == place:
                    yield return new ControlEvidenceItem(held.AsOf, held.Controller, held.Controller, true, null, [claim.Id]);
                    break;
                case ControlChangeAssertion change when change.Place == place && change.When is { } when
                    && (change.Event is not { } e || !eventsWithOutcome.Contains(e)):
                    yield return new ControlEvidenceItem(when, change.From, change.To, false, change.Event, [claim.Id]);
                    break;
            }
        }
    }

    /// <summary>One piece of evidence about a place's control: a change (before → after) or a state (after only).</summary>
    private sealed record ControlEvidenceItem(FuzzyDate Date, ActorId? Before, ActorId? After, bool IsState, EventId? Event, IReadOnlyList<ClaimId> Claims);
}
