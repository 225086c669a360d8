using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// CM4003: two participants on the same side of an event whose relations, or whose memberships
/// of one alliance, do not hold on the event's date.
/// </summary>
/// <remarks>
/// Relations are indexed by pair of actors and memberships by actor once per validation. For
/// each participant the rule walks whichever is shorter, its partners or the event's
/// participants, so the work is bounded both by the relations involved and by the size of the
/// event; memberships are grouped by alliance per event, and only the pairs that include a
/// member whose membership does not cover the date are looked at.
/// </remarks>
internal sealed class RelationNotValidOnEventDateRule : PassRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.RelationNotValidOnEventDate;

    internal override PassItems Items => PassItems.Events;

    internal override RulePass Start(ValidationContext context) => new Pass(this, context);

    /// <summary>The rule's pass: the relations and memberships, indexed before the events pass by.</summary>
    private sealed class Pass : RulePass
    {
        private readonly RelationNotValidOnEventDateRule rule;
        private readonly ValidationContext context;
        private readonly Dictionary<(ActorId, ActorId), List<ActorRelation>> relations;
        private readonly Dictionary<ActorId, List<ActorId>> partners;
        private readonly Dictionary<ActorId, List<(int Alliance, List<Membership> Memberships)>> memberships;
        private readonly Dictionary<ActorId, int> seats = [];

        internal Pass(RelationNotValidOnEventDateRule rule, ValidationContext context)
        {
            this.rule = rule;
            this.context = context;
            (relations, partners, memberships) = Index(context.Dossier);
        }

        internal override void Event(int i, ConflictEvent ev)
        {
            if (ev.Participants.Count < 2 || (relations.Count == 0 && memberships.Count == 0))
            {
                return;
            }
            seats.Clear();
            for (int p = 0; p < ev.Participants.Count; p++)
            {
                if (IsOnASide(ev.Participants[p].Role))
                {
                    seats.TryAdd(ev.Participants[p].Actor, p);
                }
            }
            if (seats.Count < 2)
            {
                return;
            }
            rule.CheckRelations(context, ev, i, seats, relations, partners);
            rule.CheckMemberships(context, ev, i, seats, memberships);
        }
    }

    private static (Dictionary<(ActorId, ActorId), List<ActorRelation>> Relations, Dictionary<ActorId, List<ActorId>> Partners,
        Dictionary<ActorId, List<(int Alliance, List<Membership> Memberships)>> Memberships) Index(Dossier dossier)
    {
        var relations = new Dictionary<(ActorId, ActorId), List<ActorRelation>>();
        var partners = new Dictionary<ActorId, List<ActorId>>();
        foreach (var relation in dossier.Relations)
        {
            if (!IsCooperation(relation.Kind) || relation.Subject == relation.Target)
            {
                continue;
            }
            var key = Pair(relation.Subject, relation.Target);
            if (!relations.TryGetValue(key, out var list))
            {
                relations[key] = list = [];
                Add(partners, relation.Subject, relation.Target);
                Add(partners, relation.Target, relation.Subject);
            }
            list.Add(relation);
        }

        var memberships = new Dictionary<ActorId, List<(int Alliance, List<Membership> Memberships)>>();
        for (int a = 0; a < dossier.Alliances.Count; a++)
        {
            foreach (var membership in dossier.Alliances[a].Memberships)
            {
                if (!memberships.TryGetValue(membership.Actor, out var ofActor))
                {
                    memberships[membership.Actor] = ofActor = [];
                }
                // Memberships of an alliance come together, so the group is the last one if any.
                if (ofActor.Count == 0 || ofActor[^1].Alliance != a)
                {
                    ofActor.Add((a, []));
                }
                ofActor[^1].Memberships.Add(membership);
            }
        }

        return (relations, partners, memberships);
    }

    private void CheckRelations(ValidationContext context, ConflictEvent ev, int eventIndex, Dictionary<ActorId, int> seats,
        Dictionary<(ActorId, ActorId), List<ActorRelation>> relations, Dictionary<ActorId, List<ActorId>> partners)
    {
        if (relations.Count == 0)
        {
            return;
        }
        // Most events have no pair to look at: the list is made for the first.
        List<(int First, int Second, List<ActorRelation> Relations)>? found = null;
        foreach (var (actor, p) in seats)
        {
            if (!partners.TryGetValue(actor, out var ofActor))
            {
                continue;
            }
            if (ofActor.Count <= seats.Count)
            {
                foreach (var partner in ofActor)
                {
                    if (seats.TryGetValue(partner, out int q) && q > p)
                    {
                        (found ??= []).Add((p, q, relations[Pair(actor, partner)]));
                    }
                }
            }
            else
            {
                foreach (var (other, q) in seats)
                {
                    if (q > p && relations.TryGetValue(Pair(actor, other), out var list))
                    {
                        (found ??= []).Add((p, q, list));
                    }
                }
            }
        }
        if (found is null)
        {
            return;
        }
        found.Sort((x, y) => x.Second != y.Second ? x.Second.CompareTo(y.Second) : x.First.CompareTo(y.First));
        foreach (var (p, q, list) in found)
        {
            var first = ev.Participants[p];
            var second = ev.Participants[q];
            if (!AreOnOneSide(first.Role, second.Role) || AnyHolds(list, ev.Date))
            {
                continue;
            }
            var described = string.Join("; ", list.Select(r => $"\"{r.Id}\" ({r.Subject} {r.Kind} {r.Target}, valid {r.Validity})"));
            context.Report(Descriptor, ParticipantPath(eventIndex, q),
                $"\"{first.Actor}\" ({first.Role}) and \"{second.Actor}\" ({second.Role}) are on the same side of the event \"{ev.Id}\" on {ev.Date}, " +
                $"but no relation between them holds on that date: {described}. " +
                "Correct the relation's validity, the event's date or the participants' roles, or add the relation that held then.",
                [ev.Id.Value, first.Actor.Value, second.Actor.Value, .. list.Select(r => r.Id.Value)], ev.Date.ToString());
        }
    }

    // Loops rather than queries: a query capturing the event would be allocated at every call, for every event.
    private static bool AnyHolds(List<ActorRelation> relations, FuzzyDate date)
    {
        foreach (var relation in relations)
        {
            if (relation.Validity.Overlaps(date))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyHolds(List<Membership> memberships, FuzzyDate date)
    {
        foreach (var membership in memberships)
        {
            if (membership.Validity.Overlaps(date))
            {
                return true;
            }
        }
        return false;
    }

    private void CheckMemberships(ValidationContext context, ConflictEvent ev, int eventIndex, Dictionary<ActorId, int> seats,
        Dictionary<ActorId, List<(int Alliance, List<Membership> Memberships)>> memberships)
    {
        if (memberships.Count == 0)
        {
            return;
        }
        Dictionary<int, List<(int Seat, List<Membership> Memberships, bool Holds)>>? byAlliance = null;
        foreach (var (actor, p) in seats)
        {
            if (!memberships.TryGetValue(actor, out var ofActor))
            {
                continue;
            }
            foreach (var (alliance, list) in ofActor)
            {
                byAlliance ??= [];
                if (!byAlliance.TryGetValue(alliance, out var members))
                {
                    byAlliance[alliance] = members = [];
                }
                members.Add((p, list, AnyHolds(list, ev.Date)));
            }
        }
        if (byAlliance is null)
        {
            return;
        }
        var found = new List<(int Alliance, int First, int Second, bool FirstHolds, bool SecondHolds, List<Membership> FirstList, List<Membership> SecondList)>();
        var lapsedSoFar = new List<int>();
        foreach (var (alliance, members) in byAlliance)
        {
            if (members.Count < 2)
            {
                continue;
            }
            members.Sort((x, y) => x.Seat.CompareTo(y.Seat));
            lapsedSoFar.Clear();
            for (int k = 0; k < members.Count; k++)
            {
                var current = members[k];
                // A pair is doubtful when one of its two memberships does not cover the date;
                // only those pairs are visited, so the work follows what is reported.
                if (!current.Holds)
                {
                    for (int j = 0; j < k; j++)
                    {
                        found.Add((alliance, members[j].Seat, current.Seat, members[j].Holds, false, members[j].Memberships, current.Memberships));
                    }
                    lapsedSoFar.Add(k);
                }
                else
                {
                    foreach (int j in lapsedSoFar)
                    {
                        found.Add((alliance, members[j].Seat, current.Seat, false, true, members[j].Memberships, current.Memberships));
                    }
                }
            }
        }
        found.Sort((x, y) => x.Second != y.Second ? x.Second.CompareTo(y.Second)
            : x.First != y.First ? x.First.CompareTo(y.First) : x.Alliance.CompareTo(y.Alliance));
        foreach (var (allianceIndex, p, q, firstHolds, secondHolds, firstList, secondList) in found)
        {
            var first = ev.Participants[p];
            var second = ev.Participants[q];
            if (!AreOnOneSide(first.Role, second.Role))
            {
                continue;
            }
            var alliance = context.Dossier.Alliances[allianceIndex];
            string lapsed = (firstHolds, secondHolds) switch
            {
                (false, false) => $"neither membership covers that date (\"{first.Actor}\": {Validities(firstList)}; \"{second.Actor}\": {Validities(secondList)})",
                (false, _) => $"the membership of \"{first.Actor}\" does not cover that date ({Validities(firstList)})",
                _ => $"the membership of \"{second.Actor}\" does not cover that date ({Validities(secondList)})",
            };
            context.Report(Descriptor, ParticipantPath(eventIndex, q),
                $"\"{first.Actor}\" ({first.Role}) and \"{second.Actor}\" ({second.Role}) are on the same side of the event \"{ev.Id}\" on {ev.Date} " +
                $"and both are members of the alliance \"{alliance.Id}\", but {lapsed}. " +
                "Correct the membership's validity, the event's date or the participants' roles.",
                [ev.Id.Value, first.Actor.Value, second.Actor.Value, alliance.Id.Value], ev.Date.ToString());
        }
    }

    private static string Validities(List<Membership> memberships) => string.Join(", ", memberships.Select(m => m.Validity.ToString()));

    private static string ParticipantPath(int eventIndex, int participant) =>
        DossierPaths.Element(DossierPaths.Item(DossierPaths.Events, eventIndex), "participants", participant);

    private static bool IsCooperation(RelationKind kind) =>
        kind == RelationKind.AlliedWith || kind == RelationKind.Supports || kind == RelationKind.PartOf || kind == RelationKind.Commands
        || kind == RelationKind.FightsAlongside;

    private static bool IsOnASide(ParticipantRole role) =>
        role == ParticipantRole.SideA || role == ParticipantRole.SideB || IsWithSideA(role);

    private static bool IsWithSideA(ParticipantRole role) => role == ParticipantRole.Supporting || role == ParticipantRole.Associated;

    /// <summary>Side A with side A, supporting or associated actors; side B with side B.</summary>
    private static bool AreOnOneSide(ParticipantRole first, ParticipantRole second) =>
        (first == ParticipantRole.SideA && (second == ParticipantRole.SideA || IsWithSideA(second)))
        || (second == ParticipantRole.SideA && IsWithSideA(first))
        || (first == ParticipantRole.SideB && second == ParticipantRole.SideB);

    private static (ActorId, ActorId) Pair(ActorId a, ActorId b) => a.CompareTo(b) <= 0 ? (a, b) : (b, a);

    private static void Add(Dictionary<ActorId, List<ActorId>> partners, ActorId actor, ActorId partner)
    {
        if (!partners.TryGetValue(actor, out var list))
        {
            partners[actor] = list = [];
        }
        list.Add(partner);
    }
}
