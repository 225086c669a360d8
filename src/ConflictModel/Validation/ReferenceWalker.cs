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

/// <summary>Visits every reference from one entity to another in a dossier, with where it stands.</summary>
internal static class ReferenceWalker
{
    internal delegate void Visitor(IEntityId target, string ownerId, in ReferenceLocation location);

    internal static void Walk(Dossier dossier, Visitor visit)
    {
        const string A = DossierPaths.Actors;
        for (int i = 0; i < dossier.Actors.Count; i++)
        {
            var actor = dossier.Actors[i];
            if (actor.Parent is { } parent)
            {
                visit(parent, actor.Id.Value, new(A, i, "parent"));
            }
        }
        for (int i = 0; i < dossier.Alliances.Count; i++)
        {
            var alliance = dossier.Alliances[i];
            string owner = alliance.Id.Value;
            if (alliance.Actor is { } actor)
            {
                visit(actor, owner, new(DossierPaths.Alliances, i, "actor"));
            }
            for (int m = 0; m < alliance.Memberships.Count; m++)
            {
                var membership = alliance.Memberships[m];
                visit(membership.Actor, owner, new(DossierPaths.Alliances, i, "memberships", m, "actor"));
                for (int c = 0; c < membership.Claims.Count; c++)
                {
                    visit(membership.Claims[c], owner, new(DossierPaths.Alliances, i, "memberships", m, "claims", c));
                }
            }
        }
        for (int i = 0; i < dossier.Relations.Count; i++)
        {
            var relation = dossier.Relations[i];
            string owner = relation.Id.Value;
            visit(relation.Subject, owner, new(DossierPaths.Relations, i, "subject"));
            visit(relation.Target, owner, new(DossierPaths.Relations, i, "target"));
            for (int c = 0; c < relation.Claims.Count; c++)
            {
                visit(relation.Claims[c], owner, new(DossierPaths.Relations, i, "claims", c));
            }
        }
        for (int i = 0; i < dossier.Places.Count; i++)
        {
            var place = dossier.Places[i];
            if (place.Parent is { } parent)
            {
                visit(parent, place.Id.Value, new(DossierPaths.Places, i, "parent"));
            }
        }
        for (int i = 0; i < dossier.Sources.Count; i++)
        {
            var source = dossier.Sources[i];
            if (source.SpeaksFor is { } actor)
            {
                visit(actor, source.Id.Value, new(DossierPaths.Sources, i, "speaksFor"));
            }
            if (source.Organization is { } organization)
            {
                visit(organization, source.Id.Value, new(DossierPaths.Sources, i, "organization"));
            }
        }
        for (int i = 0; i < dossier.Reports.Count; i++)
        {
            var report = dossier.Reports[i];
            visit(report.Publisher, report.Id.Value, new(DossierPaths.Reports, i, "publisher"));
        }
        for (int i = 0; i < dossier.Claims.Count; i++)
        {
            WalkClaim(dossier.Claims[i], i, visit);
        }
        for (int i = 0; i < dossier.Events.Count; i++)
        {
            WalkEvent(dossier.Events[i], i, visit);
        }
    }

    private static void WalkClaim(Claim claim, int i, Visitor visit)
    {
        const string C = DossierPaths.Claims;
        string owner = claim.Id.Value;
        visit(claim.Attribution.Source, owner, new(C, i, "attribution", -1, "source"));
        for (int r = 0; r < claim.Attribution.Relays.Count; r++)
        {
            var relay = claim.Attribution.Relays[r];
            visit(relay.Source, owner, new(C, i, "attribution", -1, "relays", r, "source"));
            if (relay.Report is { } report)
            {
                visit(report, owner, new(C, i, "attribution", -1, "relays", r, "report"));
            }
        }
        if (claim.Report is { } carrier)
        {
            visit(carrier, owner, new(C, i, "report"));
        }
        foreach (var (target, leaf, element) in AssertionReferences(claim.Assertion))
        {
            visit(target, owner, new(C, i, "assertion", -1, leaf, element));
        }
    }

    private static void WalkEvent(ConflictEvent ev, int i, Visitor visit)
    {
        const string E = DossierPaths.Events;
        string owner = ev.Id.Value;
        if (ev.Place is { } place)
        {
            visit(place, owner, new(E, i, "place"));
        }
        for (int p = 0; p < ev.Participants.Count; p++)
        {
            visit(ev.Participants[p].Actor, owner, new(E, i, "participants", p, "actor"));
        }
        for (int o = 0; o < ev.Outcomes.Count; o++)
        {
            var outcome = ev.Outcomes[o];
            visit(outcome.Place, owner, new(E, i, "outcomes", o, "place"));
            if (outcome.From is { } from)
            {
                visit(from, owner, new(E, i, "outcomes", o, "from"));
            }
            if (outcome.To is { } to)
            {
                visit(to, owner, new(E, i, "outcomes", o, "to"));
            }
        }
        for (int c = 0; c < ev.Claims.Count; c++)
        {
            visit(ev.Claims[c], owner, new(E, i, "claims", c));
        }
    }

    /// <summary>The references of an assertion with the property each stands in; host assertions give theirs without names.</summary>
    private static IEnumerable<(IEntityId Target, string? Leaf, int Element)> AssertionReferences(ClaimAssertion assertion)
    {
        switch (assertion)
        {
            case EventAssertion a:
                yield return (a.Event, "event", -1);
                break;
            case ParticipationAssertion a:
                yield return (a.Event, "event", -1);
                yield return (a.Actor, "actor", -1);
                break;
            case ControlChangeAssertion a:
                yield return (a.Place, "place", -1);
                if (a.From is { } from) { yield return (from, "from", -1); }
                if (a.To is { } to) { yield return (to, "to", -1); }
                if (a.Event is { } ev) { yield return (ev, "event", -1); }
                break;
            case ControlAssertion a:
                yield return (a.Place, "place", -1);
                if (a.Controller is { } controller) { yield return (controller, "controller", -1); }
                break;
            case FigureAssertion a:
                if (a.Event is { } figureEvent) { yield return (figureEvent, "event", -1); }
                if (a.Place is { } figurePlace) { yield return (figurePlace, "place", -1); }
                break;
            case MembershipAssertion a:
                yield return (a.Alliance, "alliance", -1);
                yield return (a.Actor, "actor", -1);
                break;
            case RelationAssertion a:
                yield return (a.Relation, "relation", -1);
                break;
            case StatementAssertion a:
                for (int j = 0; j < a.About.Count; j++)
                {
                    yield return (a.About[j], "about", j);
                }
                break;
            default:
                foreach (var target in assertion.References ?? [])
                {
                    if (target is not null)
                    {
                        yield return (target, null, -1);
                    }
                }
                break;
        }
    }
}
