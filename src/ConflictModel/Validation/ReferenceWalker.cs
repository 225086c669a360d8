using System;
using System.Collections.Generic;
using System.Text;

namespace ConflictModel.Validation;

/// <summary>
/// Where a reference stands, kept as parts so that the path text is built only for the few
/// references that are reported: <c>$.{Collection}[{Index}].{Property}[{Element}].{Leaf}[{LeafElement}].{Tail}</c>.
/// </summary>
internal readonly record struct ReferenceLocation(
    string Collection, int Index, string Property, int Element = -1, string? Leaf = null, int LeafElement = -1, string? Tail = null)
{
    internal string OwnerPath => DossierPaths.Item(Collection, Index);

    internal string Path
    {
        get
        {
            var builder = new StringBuilder(OwnerPath).Append('.').Append(Property);
            if (Element >= 0)
            {
                builder.Append('[').Append(Element).Append(']');
            }
            if (Leaf is not null)
            {
                builder.Append('.').Append(Leaf);
                if (LeafElement >= 0)
                {
                    builder.Append('[').Append(LeafElement).Append(']');
                }
            }
            if (Tail is not null)
            {
                builder.Append('.').Append(Tail);
            }
            return builder.ToString();
        }
    }
}

/// <summary>A reference that names no entity of its kind, with the entity it stands in and where.</summary>
internal readonly record struct DanglingReference(IEntityId Target, string Owner, ReferenceLocation Location);

/// <summary>
/// Visits every reference from one entity to another in a dossier that names no entity of its
/// kind, with where it stands. References are checked as their own id types, so that the many
/// that resolve cost a lookup and nothing else.
/// </summary>
internal static class ReferenceWalker
{
    internal delegate void Visitor(IEntityId target, string ownerId, in ReferenceLocation location);

    internal static void WalkDangling(Dossier dossier, ResolvedClaims resolved, Visitor visit)
    {
        var w = new Walk(dossier, resolved, visit);
        for (int i = 0; i < dossier.Actors.Count; i++)
        {
            var actor = dossier.Actors[i];
            if (actor.Parent is { } parent && dossier.Find(parent) is null)
            {
                visit(parent, actor.Id.Value, new(DossierPaths.Actors, i, "parent"));
            }
        }
        for (int i = 0; i < dossier.Alliances.Count; i++)
        {
            var alliance = dossier.Alliances[i];
            string owner = alliance.Id.Value;
            if (alliance.Actor is { } actor && dossier.Find(actor) is null)
            {
                visit(actor, owner, new(DossierPaths.Alliances, i, "actor"));
            }
            for (int m = 0; m < alliance.Memberships.Count; m++)
            {
                var membership = alliance.Memberships[m];
                if (dossier.Find(membership.Actor) is null)
                {
                    visit(membership.Actor, owner, new(DossierPaths.Alliances, i, "memberships", m, "actor"));
                }
                for (int c = 0; c < membership.Claims.Count; c++)
                {
                    w.Claim(membership.Claims[c], owner, new(DossierPaths.Alliances, i, "memberships", m, "claims", c));
                }
            }
        }
        for (int i = 0; i < dossier.Relations.Count; i++)
        {
            var relation = dossier.Relations[i];
            string owner = relation.Id.Value;
            w.Actor(relation.Subject, owner, new(DossierPaths.Relations, i, "subject"));
            w.Actor(relation.Target, owner, new(DossierPaths.Relations, i, "target"));
            for (int c = 0; c < relation.Claims.Count; c++)
            {
                w.Claim(relation.Claims[c], owner, new(DossierPaths.Relations, i, "claims", c));
            }
        }
        for (int i = 0; i < dossier.Places.Count; i++)
        {
            var place = dossier.Places[i];
            if (place.Parent is { } parent)
            {
                w.Place(parent, place.Id.Value, new(DossierPaths.Places, i, "parent"));
            }
            if (place.RelativeTo?.Of is { } anchor)
            {
                w.Place(anchor, place.Id.Value, new(DossierPaths.Places, i, "relativeTo", -1, "of"));
            }
        }
        for (int i = 0; i < dossier.Sources.Count; i++)
        {
            var source = dossier.Sources[i];
            if (source.SpeaksFor is { } actor)
            {
                w.Actor(actor, source.Id.Value, new(DossierPaths.Sources, i, "speaksFor"));
            }
            if (source.Organization is { } organization)
            {
                w.Source(organization, source.Id.Value, new(DossierPaths.Sources, i, "organization"));
            }
            if (source.MemberOf is { } memberOf)
            {
                w.Actor(memberOf, source.Id.Value, new(DossierPaths.Sources, i, "memberOf"));
            }
            if (source.Place is { } sourcePlace)
            {
                w.Place(sourcePlace, source.Id.Value, new(DossierPaths.Sources, i, "place"));
            }
        }
        for (int i = 0; i < dossier.Reports.Count; i++)
        {
            var report = dossier.Reports[i];
            w.Source(report.Publisher, report.Id.Value, new(DossierPaths.Reports, i, "publisher"));
        }
        // Claims and events were walked in the pass that resolved their references.
        foreach (var (target, owner, at) in resolved.Dangling)
        {
            visit(target, owner, at);
        }
    }

    /// <summary>Visits the references of a claim that dangle; its source, report and event must be resolved already.</summary>
    internal static void WalkClaim(Walk w, Claim claim, int i)
    {
        const string C = DossierPaths.Claims;
        string owner = claim.Id.Value;
        // A claim's report and event were looked up once for every rule (ResolvedClaims).
        var resolved = w.Resolved;
        w.Source(claim.Attribution.Source, owner, new(C, i, "attribution", -1, "source"));
        for (int r = 0; r < claim.Attribution.Relays.Count; r++)
        {
            var relay = claim.Attribution.Relays[r];
            w.Source(relay.Source, owner, new(C, i, "attribution", -1, "relays", r, "source"));
            if (relay.Report is { } report)
            {
                w.Report(report, owner, new(C, i, "attribution", -1, "relays", r, "report"));
            }
        }
        if (claim.Report is { } carrier && resolved.ReportOf(i) is null)
        {
            w.Dangles(carrier, owner, new(C, i, "report"));
        }
        bool eventFound = resolved.EventOf(i) >= 0;
        switch (claim.Assertion)
        {
            case EventAssertion a:
                w.Event(eventFound, a.Event, owner, new(C, i, "assertion", -1, "event"));
                break;
            case ParticipationAssertion a:
                w.Event(eventFound, a.Event, owner, new(C, i, "assertion", -1, "event"));
                w.Actor(a.Actor, owner, new(C, i, "assertion", -1, "actor"));
                break;
            case ControlChangeAssertion a:
                w.Place(a.Place, owner, new(C, i, "assertion", -1, "place"));
                if (a.From is { } from) { w.Actor(from, owner, new(C, i, "assertion", -1, "from")); }
                if (a.To is { } to) { w.Actor(to, owner, new(C, i, "assertion", -1, "to")); }
                if (a.Event is { } ev) { w.Event(eventFound, ev, owner, new(C, i, "assertion", -1, "event")); }
                break;
            case ControlAssertion a:
                w.Place(a.Place, owner, new(C, i, "assertion", -1, "place"));
                if (a.Controller is { } controller) { w.Actor(controller, owner, new(C, i, "assertion", -1, "controller")); }
                break;
            case FigureAssertion a:
                if (a.Event is { } figureEvent) { w.Event(eventFound, figureEvent, owner, new(C, i, "assertion", -1, "event")); }
                if (a.Place is { } figurePlace) { w.Place(figurePlace, owner, new(C, i, "assertion", -1, "place")); }
                if (a.PartOf is { } total) { w.Claim(total, owner, new(C, i, "assertion", -1, "partOf")); }
                if (a.Figure.Subject is { } subject)
                {
                    WalkSubject(w, subject, owner, new(C, i, "assertion", -1, "figure", -1, "subject.actor"), new(C, i, "assertion", -1, "figure", -1, "subject.side"));
                }
                break;
            case MembershipAssertion a:
                w.Alliance(a.Alliance, owner, new(C, i, "assertion", -1, "alliance"));
                w.Actor(a.Actor, owner, new(C, i, "assertion", -1, "actor"));
                break;
            case RelationAssertion a:
                w.Relation(a.Relation, owner, new(C, i, "assertion", -1, "relation"));
                break;
            case StatementAssertion a:
                for (int j = 0; j < a.About.Count; j++)
                {
                    w.Actor(a.About[j], owner, new(C, i, "assertion", -1, "about", j));
                }
                for (int j = 0; j < a.Places.Count; j++)
                {
                    w.Place(a.Places[j], owner, new(C, i, "assertion", -1, "places", j));
                }
                break;
            default:
                // Host assertions give their references without names.
                foreach (var target in claim.Assertion.References ?? [])
                {
                    if (target is not null)
                    {
                        w.Any(target, owner, new(C, i, "assertion"));
                    }
                }
                break;
        }
    }

    private static void WalkSubject(Walk w, FigureSubject subject, string owner, in ReferenceLocation actorAt, in ReferenceLocation sideAt)
    {
        if (subject.Actor is { } actor)
        {
            w.Actor(actor, owner, actorAt);
        }
        else if (subject.Side is { } side)
        {
            w.Alliance(side, owner, sideAt);
        }
    }

    /// <summary>Visits the references of an event that dangle; its listed claims must be resolved already.</summary>
    internal static void WalkEvent(Walk w, ConflictEvent ev, int i)
    {
        const string E = DossierPaths.Events;
        string owner = ev.Id.Value;
        for (int f = 0; f < ev.Figures.Count; f++)
        {
            if (ev.Figures[f].Subject is { } subject)
            {
                WalkSubject(w, subject, owner, new(E, i, "figures", f, "subject", -1, "actor"), new(E, i, "figures", f, "subject", -1, "side"));
            }
        }
        if (ev.Place is { } place)
        {
            w.Place(place, owner, new(E, i, "place"));
        }
        for (int p = 0; p < ev.Participants.Count; p++)
        {
            w.Actor(ev.Participants[p].Actor, owner, new(E, i, "participants", p, "actor"));
        }
        for (int o = 0; o < ev.Outcomes.Count; o++)
        {
            var outcome = ev.Outcomes[o];
            w.Place(outcome.Place, owner, new(E, i, "outcomes", o, "place"));
            if (outcome.From is { } from)
            {
                w.Actor(from, owner, new(E, i, "outcomes", o, "from"));
            }
            if (outcome.To is { } to)
            {
                w.Actor(to, owner, new(E, i, "outcomes", o, "to"));
            }
        }
        var listed = w.Resolved.Listed(i);
        for (int c = 0; c < listed.Length; c++)
        {
            if (listed[c] < 0)
            {
                w.Dangles(ev.Claims[c], owner, new(E, i, "claims", c));
            }
        }
    }

    /// <summary>Resolves each reference as its own type and passes on only those that dangle.</summary>
    internal sealed class Walk(Dossier dossier, ResolvedClaims resolved, Visitor visit)
    {
        internal ResolvedClaims Resolved => resolved;

        internal void Dangles(IEntityId id, string owner, in ReferenceLocation at) => visit(id, owner, at);

        internal void Event(bool found, EventId id, string owner, in ReferenceLocation at) { if (!found) { visit(id, owner, at); } }

        internal void Actor(ActorId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Alliance(AllianceId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Relation(RelationId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Place(PlaceId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Source(SourceId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Report(ReportId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Claim(ClaimId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Event(EventId id, string owner, in ReferenceLocation at) { if (dossier.Find(id) is null) { visit(id, owner, at); } }

        internal void Any(IEntityId id, string owner, in ReferenceLocation at) { if (!dossier.Contains(id)) { visit(id, owner, at); } }
    }
}
