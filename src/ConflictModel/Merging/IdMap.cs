using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>The merged ids of one input's entities, and its references renamed to them; an id the input does not define stays as it is.</summary>
internal sealed class IdMap
{
    public Dictionary<string, string> Actors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Alliances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Relations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Places { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Reports { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> ClaimMap { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Events { get; } = new(StringComparer.Ordinal);

    public ActorId Actor(ActorId id) => Actors.TryGetValue(id.Value, out var m) ? new ActorId(m) : id;

    public ActorId? Actor(ActorId? id) => id is { } a ? Actor(a) : null;

    public PlaceId Place(PlaceId id) => Places.TryGetValue(id.Value, out var m) ? new PlaceId(m) : id;

    public PlaceId? Place(PlaceId? id) => id is { } p ? Place(p) : null;

    public SourceId Source(SourceId id) => Sources.TryGetValue(id.Value, out var m) ? new SourceId(m) : id;

    public SourceId? Source(SourceId? id) => id is { } s ? Source(s) : null;

    public ReportId? Report(ReportId? id) => id is { } r ? (Reports.TryGetValue(r.Value, out var m) ? new ReportId(m) : r) : null;

    public EventId Event(EventId id) => Events.TryGetValue(id.Value, out var m) ? new EventId(m) : id;

    public EventId? Event(EventId? id) => id is { } e ? Event(e) : null;

    public AllianceId Alliance(AllianceId id) => Alliances.TryGetValue(id.Value, out var m) ? new AllianceId(m) : id;

    public RelationId Relation(RelationId id) => Relations.TryGetValue(id.Value, out var m) ? new RelationId(m) : id;

    public ClaimId? Claim(ClaimId? id) => id is { } c && ClaimMap.TryGetValue(c.Value, out var m) ? new ClaimId(m) : id;

    /// <summary>A figure whose subject (an actor or a side) is renamed; a group, or no subject, leaves it as it is.</summary>
    public Figure Figure(Figure figure)
    {
        var subject = figure.Subject;
        var renamed = subject switch
        {
            { Actor: { } actor } when Actor(actor) != actor => FigureSubject.OfActor(Actor(actor)).WithExtensions(subject.Extensions),
            { Side: { } side } when Alliance(side) != side => FigureSubject.OfSide(Alliance(side)).WithExtensions(subject.Extensions),
            _ => subject,
        };
        return ReferenceEquals(renamed, subject) ? figure : figure.WithSubject(renamed);
    }

    public IEnumerable<ClaimId> Claims(IEnumerable<ClaimId> ids) =>
        ids.Select(id => ClaimMap.TryGetValue(id.Value, out var m) ? new ClaimId(m) : id);

    /// <summary>A claim with its references renamed; its id is left for the caller.</summary>
    public Claim Remap(Claim claim)
    {
        var a = claim.Attribution;
        var attribution = new Attribution(Source(a.Source), a.Mode,
            a.Relays.Select(r => new Relay(Source(r.Source), Report(r.Report), r.Extensions)), a.StatedOn, a.Extensions);
        return new Claim(claim.Id, Remap(claim.Assertion), attribution, Report(claim.Report), claim.Quote, claim.Wording,
            claim.Credibility, claim.Modality, claim.Extensions);
    }

    private ClaimAssertion Remap(ClaimAssertion assertion)
    {
        ClaimAssertion renamed = assertion switch
        {
            EventAssertion e => new EventAssertion(Event(e.Event), e.When),
            // A part's total is renamed here when the total came earlier in the input, and after all its claims otherwise.
            FigureAssertion f => new FigureAssertion(Figure(f.Figure), Event(f.Event), Place(f.Place), Claim(f.PartOf)),
            ControlAssertion c => new ControlAssertion(Place(c.Place), Actor(c.Controller), c.AsOf),
            ControlChangeAssertion c => new ControlChangeAssertion(Place(c.Place), Actor(c.From), Actor(c.To), c.When, Event(c.Event)),
            MembershipAssertion m => new MembershipAssertion(Alliance(m.Alliance), Actor(m.Actor), m.Role),
            ParticipationAssertion p => new ParticipationAssertion(Event(p.Event), Actor(p.Actor), p.Role),
            RelationAssertion r => new RelationAssertion(Relation(r.Relation)),
            StatementAssertion s => new StatementAssertion(s.Summary, s.About.Select(Actor), s.Places.Select(Place)),
            _ => assertion,
        };
        return ReferenceEquals(renamed, assertion) || assertion.Extensions.Count == 0 ? renamed : renamed.WithExtensions(assertion.Extensions);
    }
}
