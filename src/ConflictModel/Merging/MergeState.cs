using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ConflictModel.Merging;

/// <summary>The merged dossier as it grows, one input at a time; see <see cref="DossierMerger"/> for the rules.</summary>
internal sealed class MergeState
{
    private readonly EntityResolver resolver;
    private readonly EventMatcher matcher;
    private readonly IProgress<DossierMergeProgress>? progress;
    private readonly CancellationToken cancellationToken;

    private readonly List<Actor> actors = [];
    private readonly List<Alliance> alliances = [];
    private readonly List<ActorRelation> relations = [];
    private readonly List<Place> places = [];
    private readonly List<Source> sources = [];
    private readonly List<Report> reports = [];
    private readonly List<Claim> claims = [];
    private readonly List<ConflictEvent> events = [];
    private readonly Dictionary<string, int> eventPositions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> claimPositions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Contribution>> contributions = new(StringComparer.Ordinal);
    // The contributions of the input being added, completed with its claims once they are merged.
    private readonly List<Contribution> current = [];

    // Ids taken, by kind; the record each id came with when an input brought it unchanged (for "the same record").
    private readonly Dictionary<string, HashSet<string>> used = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Id), object> originals = [];
    private readonly Dictionary<string, string> sourcesByName = new(StringComparer.Ordinal);
    // Every name of every merged source (primary, aliases, abbreviations, labels) with its kind; null where two sources share it.
    private readonly Dictionary<string, string?> sourcesByForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> reportsByUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<Claim, string> claimsByContent = [];

    private readonly List<KeyValuePair<string, System.Text.Json.JsonElement>> extensions = [];
    private readonly List<DossierMergeStep> steps = [];
    private readonly List<MergeAmbiguity> ambiguities = [];
    private readonly List<MergeProvenance> provenance = [];
    private readonly List<ClaimId> derived = [];

    public MergeState(EntityResolver resolver, EventMatcher matcher, IProgress<DossierMergeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        this.resolver = resolver;
        this.matcher = matcher;
        this.progress = progress;
        this.cancellationToken = cancellationToken;
    }

    private void Stage(int k, DossierMergeStage stage, int done, int total)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new DossierMergeProgress(k, stage, done, total));
    }

    public void Add(int k, Dossier input)
    {
        var map = new IdMap();
        // Top-level members: the first input's value of a key wins; later inputs add the keys it lacks.
        foreach (var member in input.Extensions)
        {
            if (!extensions.Exists(e => e.Key == member.Key))
            {
                extensions.Add(member);
            }
        }

        Stage(k, DossierMergeStage.ResolvingActors, 0, input.Actors.Count);
        var actorResolutions = ResolveEntities(k, EntityKinds.Actor, input.Actors, a => a.Id, map.Actors,
            (incoming, known) => resolver.ResolveActors(incoming, known, resolver.CountriesOf(input.Events, input.Places), resolver.CountriesOf(events, places)),
            actors);
        Stage(k, DossierMergeStage.ResolvingActors, input.Actors.Count, input.Actors.Count);
        Stage(k, DossierMergeStage.ResolvingPlaces, 0, input.Places.Count);
        var placeResolutions = ResolveEntities(k, EntityKinds.Place, input.Places, p => p.Id, map.Places,
            (incoming, known) => resolver.ResolvePlaces(incoming, known), places);
        Stage(k, DossierMergeStage.ResolvingPlaces, input.Places.Count, input.Places.Count);
        foreach (var source in input.Sources)
        {
            string? same = Exact(EntityKinds.Source, source.Id.Value, source);
            if (same is null && source.Affiliation is null)
            {
                same = sourcesByName.TryGetValue(NameSet.Fold(source.Names.Primary.Text), out var named) ? named : SourceSharingAName(source);
            }
            Assign(k, EntityKinds.Source, source.Id.Value, same, source, map.Sources);
        }
        foreach (var report in input.Reports)
        {
            string? same = Exact(EntityKinds.Report, report.Id.Value, report);
            if (same is null && report.Url is { } url)
            {
                same = reportsByUrl.GetValueOrDefault(url.AbsoluteUri);
            }
            Assign(k, EntityKinds.Report, report.Id.Value, same, report, map.Reports);
        }
        foreach (var alliance in input.Alliances)
        {
            Assign(k, EntityKinds.Alliance, alliance.Id.Value, Exact(EntityKinds.Alliance, alliance.Id.Value, alliance), alliance, map.Alliances);
        }
        foreach (var relation in input.Relations)
        {
            Assign(k, EntityKinds.Relation, relation.Id.Value, Exact(EntityKinds.Relation, relation.Id.Value, relation), relation, map.Relations);
        }
        var matches = MatchEvents(k, input, map, actorResolutions, placeResolutions);
        steps.Add(new DossierMergeStep(k, actorResolutions, placeResolutions, matches));
        int adding = input.Actors.Count + input.Places.Count + input.Sources.Count + input.Reports.Count + input.Claims.Count
            + input.Alliances.Count + input.Relations.Count + input.Events.Count;
        Stage(k, DossierMergeStage.Adding, 0, adding);

        // Entities are added once every id of the input is known, so that references between them can be renamed.
        Append(k, input.Actors, a => a.Id.Value, map.Actors, EntityKinds.Actor, (a, id) =>
            actors.Add(new Actor(new ActorId(id), a.Names, a.Kind, a.Country, map.Actor(a.Parent), a.Description, a.Extensions)));
        Append(k, input.Places, p => p.Id.Value, map.Places, EntityKinds.Place, (p, id) =>
            places.Add(new Place(new PlaceId(id), p.Names, p.Kind, map.Place(p.Parent), p.Location, p.Precision, p.Codes, p.Extensions)));
        Append(k, input.Sources, s => s.Id.Value, map.Sources, EntityKinds.Source, (s, id) =>
        {
            sources.Add(new Source(new SourceId(id), s.Names, s.Kind, s.Reliability, s.IsPartyToConflict, map.Actor(s.SpeaksFor),
                map.Source(s.Organization), s.Affiliation, s.Extensions));
            if (s.Affiliation is null)
            {
                sourcesByName.TryAdd(NameSet.Fold(s.Names.Primary.Text), id);
                foreach (var name in s.Names.All)
                {
                    string form = SourceForm(s.Kind, name.Text);
                    // A form that two merged sources share names neither of them.
                    if (sourcesByForm.TryGetValue(form, out var holder) && holder != id)
                    {
                        sourcesByForm[form] = null;
                    }
                    else
                    {
                        sourcesByForm[form] = id;
                    }
                }
            }
        });
        Append(k, input.Reports, r => r.Id.Value, map.Reports, EntityKinds.Report, (r, id) =>
        {
            reports.Add(new Report(new ReportId(id), map.Source(r.Publisher), r.Published, r.Language, r.Title, r.Url, r.Text, r.Extensions));
            if (r.Url is { } url)
            {
                reportsByUrl.TryAdd(url.AbsoluteUri, id);
            }
        });

        AddClaims(k, input, map);
        Append(k, input.Alliances, a => a.Id.Value, map.Alliances, EntityKinds.Alliance, (a, id) =>
            alliances.Add(new Alliance(new AllianceId(id), a.Names,
                a.Memberships.Select(m => new Membership(map.Actor(m.Actor), m.Role, m.Validity, map.Claims(m.Claims), m.Extensions)),
                map.Actor(a.Actor), a.Extensions)));
        Append(k, input.Relations, r => r.Id.Value, map.Relations, EntityKinds.Relation, (r, id) =>
            relations.Add(new ActorRelation(new RelationId(id), map.Actor(r.Subject), r.Kind, map.Actor(r.Target), r.Validity,
                map.Claims(r.Claims), r.Extensions)));
        AddEvents(k, input, map);
        Record(k, input, map);
        introduced.Clear();
        Stage(k, DossierMergeStage.Adding, adding, adding);
    }

    public DossierMergeResult Finish()
    {
        foreach (var (eventId, parts) in contributions)
        {
            // The same event given twice (a dossier merged with itself) has nothing to settle.
            var distinct = parts.DistinctBy(p => p.Event).ToList();
            if (distinct.Count > 1)
            {
                SettleFigures(eventId, distinct);
                SettleDates(eventId, distinct);
            }
        }
        var dossier = new Dossier(actors, alliances, relations, places, sources, reports, claims, events, ExtensionData.From(extensions));
        return new DossierMergeResult(dossier, steps, ambiguities, provenance, derived);
    }

    private List<Resolution<TId>> ResolveEntities<TEntity, TId>(int k, string kind, IReadOnlyList<TEntity> incoming, Func<TEntity, TId> idOf,
        Dictionary<string, string> map, Func<IEnumerable<TEntity>, IEnumerable<TEntity>, IReadOnlyList<Resolution<TId>>> resolve, List<TEntity> known)
        where TEntity : notnull
        where TId : struct, IEntityId, IEquatable<TId>
    {
        var results = new Resolution<TId>?[incoming.Count];
        var pending = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < incoming.Count; i++)
        {
            var id = idOf(incoming[i]);
            if (!seen.Add(id.Value))
            {
                continue;
            }
            if (Exact(kind, id.Value, incoming[i]) is not null)
            {
                results[i] = DossierMerger.SameRecord(id);
            }
            else
            {
                pending.Add(i);
            }
        }
        var resolved = pending.Count == 0 || known.Count == 0
            ? pending.Select(i => new Resolution<TId>(idOf(incoming[i]), ResolutionDecision.New, null, [])).ToList()
            : resolve(pending.Select(i => incoming[i]), known);
        for (int j = 0; j < pending.Count; j++)
        {
            results[pending[j]] = resolved[j];
        }
        for (int i = 0; i < incoming.Count; i++)
        {
            var id = idOf(incoming[i]).Value;
            var resolution = results[i];
            if (resolution is null)
            {
                continue; // a repeated id
            }
            string? same = resolution is { Decision: ResolutionDecision.Same, Target: { } target } ? target.Value : null;
            string merged = Assign(k, kind, id, same, incoming[i], map);
            if (resolution is { Decision: ResolutionDecision.Ambiguous })
            {
                ambiguities.Add(new MergeAmbiguity(k, kind, id, merged, resolution.Candidates.Select(c => c.Target.Value), resolution.ToString()));
            }
        }
        return [.. results.OfType<Resolution<TId>>()];
    }

    /// <summary>The merged id of an entity of an earlier input with the same id and content, or null.</summary>
    private string? Exact(string kind, string id, object record) =>
        originals.TryGetValue((kind, id), out var original) && original.Equals(record) ? id : null;

    /// <summary>Gives an input entity its merged id: <paramref name="same"/>, or a fresh one. A repeated id in one input gets a fresh id and leaves the map as it was.</summary>
    private string Assign(int k, string kind, string id, string? same, object record, Dictionary<string, string> map)
    {
        if (map.TryGetValue(id, out var earlier))
        {
            // A repeated id of one input: Append keeps the entity under an id of its own.
            return earlier;
        }
        string merged = same ?? Fresh(kind, id, k);
        if (same is null && merged == id)
        {
            originals[(kind, id)] = record;
        }
        map.TryAdd(id, merged);
        return merged;
    }

    private string Fresh(string kind, string id, int k)
    {
        if (!used.TryGetValue(kind, out var taken))
        {
            used[kind] = taken = new HashSet<string>(StringComparer.Ordinal);
        }
        if (taken.Add(id))
        {
            introduced.Add((kind, id));
            return id;
        }
        string suffix = ":" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (int n = 1; ; n++)
        {
            string tail = n == 1 ? suffix : suffix + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string candidate = (id.Length + tail.Length > EntityIdSyntax.MaxLength ? id[..(EntityIdSyntax.MaxLength - tail.Length)] : id) + tail;
            if (taken.Add(candidate))
            {
                introduced.Add((kind, candidate));
                return candidate;
            }
        }
    }

    /// <summary>Adds the entities that got ids of their own (not the same as a merged one), each once.</summary>
    private void Append<T>(int k, IReadOnlyList<T> items, Func<T, string> idOf, Dictionary<string, string> map, string kind, Action<T, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string id = idOf(item);
            if (!seen.Add(id))
            {
                // A repeated id: kept under a fresh one, as the dossier keeps whatever it is given.
                add(item, Fresh(kind, id, k));
                continue;
            }
            string merged = map[id];
            if (!IsNewHere(kind, merged))
            {
                continue;
            }
            add(item, merged);
        }
    }

    // The ids this input introduced; filled by Assign through Fresh and checked by Append.
    private readonly HashSet<(string, string)> introduced = [];

    private bool IsNewHere(string kind, string merged) => introduced.Remove((kind, merged));

    private EventMatchResult MatchEvents(int k, Dossier input, IdMap map, List<Resolution<ActorId>> actorResolutions,
        List<Resolution<PlaceId>> placeResolutions)
    {
        var exact = new List<EventMatch>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<ConflictEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in input.Events)
        {
            if (!seen.Add(e.Id.Value))
            {
                continue;
            }
            if (Exact(EntityKinds.Event, e.Id.Value, e) is { } same && taken.Add(same))
            {
                exact.Add(DossierMerger.SameRecord(e.Id));
                map.Events[e.Id.Value] = same;
                Contribute(same, k, e, map);
            }
            else
            {
                pending.Add(e);
            }
        }
        var left = new Dossier(actors: actors, places: places, events: events.Where(e => !taken.Contains(e.Id.Value)));
        var right = new Dossier(actors: input.Actors, places: input.Places, events: pending);
        int compared = left.Events.Count;
        Stage(k, DossierMergeStage.MatchingEvents, 0, compared);
        var result = events.Count == 0 || pending.Count == 0
            ? null
            : matcher.Match(left, right, placeResolutions, actorResolutions,
                progress is null ? null : done => progress.Report(new DossierMergeProgress(k, DossierMergeStage.MatchingEvents, done, compared)),
                cancellationToken);
        Stage(k, DossierMergeStage.MatchingEvents, compared, compared);
        var matched = new Dictionary<string, string>(StringComparer.Ordinal);
        var matchedLeft = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in result?.Matches ?? [])
        {
            matched[match.Right.Value] = match.Left.Value;
            matchedLeft.Add(match.Left.Value);
        }
        foreach (var e in pending)
        {
            if (matched.TryGetValue(e.Id.Value, out var target))
            {
                map.Events[e.Id.Value] = target;
                Contribute(target, k, e, map);
            }
            else
            {
                string merged = Assign(k, EntityKinds.Event, e.Id.Value, null, e, map.Events);
                Contribute(merged, k, e, map);
            }
        }
        var all = exact.Concat(result?.Matches ?? []);
        var unmatchedLeft = events.Select(e => e.Id).Where(id => !taken.Contains(id.Value) && !matchedLeft.Contains(id.Value));
        var unmatchedRight = pending.Select(e => e.Id).Where(id => !matched.ContainsKey(id.Value));
        return new EventMatchResult(all, unmatchedLeft, unmatchedRight);
    }

    private void Contribute(string merged, int k, ConflictEvent e, IdMap map)
    {
        if (!contributions.TryGetValue(merged, out var list))
        {
            contributions[merged] = list = [];
        }
        var contribution = new Contribution(k, e, e.Figures.Count == 0 ? e.Figures : e.Figures.Select(map.Figure).ToList());
        list.Add(contribution);
        current.Add(contribution);
    }

    /// <summary>
    /// The merged source of the same kind that has one of a source's names among its own ("SOHR" the English abbreviation
    /// of the OSDH, "Syrian Observatory for Human Rights"), when exactly one has; null otherwise.
    /// </summary>
    private string? SourceSharingAName(Source source)
    {
        string? found = null;
        foreach (var name in source.Names.All)
        {
            if (sourcesByForm.TryGetValue(SourceForm(source.Kind, name.Text), out var id))
            {
                if (id is null || (found is not null && found != id))
                {
                    return null;
                }
                found = id;
            }
        }
        return found;
    }

    private static string SourceForm(SourceKind kind, string name) => kind.Value + "\u0001" + NameSet.Fold(name);

    private void AddClaims(int k, Dossier input, IdMap map)
    {
        var keys = new List<(Claim Key, string Id)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Parts whose total comes later in the input: their link is renamed once every claim of the input has its id.
        var laterTotals = new List<(int Key, string Total)>();
        foreach (var claim in input.Claims)
        {
            string? laterTotal = claim.Assertion is FigureAssertion { PartOf: { } total } && !map.ClaimMap.ContainsKey(total.Value) ? total.Value : null;
            var remapped = map.Remap(claim);
            var key = DossierMerger.KeyOf(remapped);
            bool first = seen.Add(claim.Id.Value);
            if (first && claimsByContent.TryGetValue(key, out var same))
            {
                map.ClaimMap[claim.Id.Value] = same;
                continue;
            }
            string id = first ? Assign(k, EntityKinds.Claim, claim.Id.Value, null, claim, map.ClaimMap) : Fresh(EntityKinds.Claim, claim.Id.Value, k);
            claimPositions[id] = claims.Count;
            claims.Add(new Claim(new ClaimId(id), key.Assertion, key.Attribution, key.Report, key.Quote, key.Wording, key.Credibility, key.Modality, key.Extensions));
            if (laterTotal is not null)
            {
                laterTotals.Add((keys.Count, laterTotal));
            }
            keys.Add((key, id));
        }
        foreach (var (at, total) in laterTotals)
        {
            if (map.ClaimMap.TryGetValue(total, out var renamed) && renamed != total)
            {
                var (key, id) = keys[at];
                var f = (FigureAssertion)key.Assertion;
                var relinked = new FigureAssertion(f.Figure, f.Event, f.Place, new ClaimId(renamed)).WithExtensions(f.Extensions);
                keys[at] = (key.WithAssertion(relinked), id);
                claims[claimPositions[id]] = claims[claimPositions[id]].WithAssertion(relinked);
            }
        }
        // Claims are the same as an earlier input's only: two equal claims of one input are both kept, as it gave them.
        foreach (var (key, id) in keys)
        {
            claimsByContent.TryAdd(key, id);
        }
    }

    private void AddEvents(int k, Dossier input, IdMap map)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in input.Events)
        {
            bool first = seen.Add(e.Id.Value);
            string merged = first ? map.Events[e.Id.Value] : Fresh(EntityKinds.Event, e.Id.Value, k);
            var participants = e.Participants.Select(p => new Participant(map.Actor(p.Actor), p.Role, p.Extensions));
            var outcomes = e.Outcomes.Select(o => new ControlChange(map.Place(o.Place), map.Actor(o.From), map.Actor(o.To), o.Extensions));
            var eventClaims = map.Claims(e.Claims);
            if (first && eventPositions.TryGetValue(merged, out int at))
            {
                var old = events[at];
                events[at] = new ConflictEvent(old.Id, old.Type, old.Date, old.Place, old.SubType,
                    Union(old.Participants, participants, (a, b) => a.Actor == b.Actor && a.Role == b.Role),
                    Union(old.Outcomes, outcomes, (a, b) => a == b), old.Figures,
                    Union(old.Claims, eventClaims, (a, b) => a == b), old.Description,
                    Union(old.ExternalReferences, e.ExternalReferences, (a, b) => a == b), old.Extensions, old.Time ?? e.Time);
                continue;
            }
            eventPositions[merged] = events.Count;
            events.Add(new ConflictEvent(new EventId(merged), e.Type, e.Date, map.Place(e.Place), e.SubType, participants, outcomes,
                e.Figures.Select(map.Figure), eventClaims, e.Description, e.ExternalReferences, e.Extensions, e.Time));
        }
        // The figure kinds the input claims of each of its events, gathered in one pass over its claims.
        var claimedKinds = new Dictionary<string, HashSet<FigureKind>>(StringComparer.Ordinal);
        foreach (var claim in input.Claims)
        {
            if (claim.Assertion is FigureAssertion { Event: { } about } f)
            {
                if (!claimedKinds.TryGetValue(about.Value, out var kinds))
                {
                    claimedKinds[about.Value] = kinds = [];
                }
                kinds.Add(f.Figure.Kind);
            }
        }
        foreach (var c in current)
        {
            c.Claims = [.. map.Claims(c.Event.Claims)];
            c.ClaimedKinds = claimedKinds.TryGetValue(c.Event.Id.Value, out var kinds) ? kinds : [];
        }
        current.Clear();
    }

    private static List<T> Union<T>(IReadOnlyList<T> existing, IEnumerable<T> more, Func<T, T, bool> same)
    {
        var list = existing.ToList();
        foreach (var item in more)
        {
            if (!list.Any(x => same(x, item)))
            {
                list.Add(item);
            }
        }
        return list;
    }

    /// <summary>
    /// The figures of one merged event: the kinds its inputs agree on stay on the event; a kind they disagree on leaves it
    /// and each input's figure becomes a figure claim of each source behind that input's event, for the validator to report.
    /// </summary>
    private void SettleFigures(string eventId, List<Contribution> parts)
    {
        int at = eventPositions[eventId];
        var merged = events[at];
        var figures = merged.Figures.ToList();
        var extraClaims = new List<ClaimId>();
        var kinds = parts.SelectMany(p => p.Figures.Select(f => f.Kind)).Distinct().ToList();
        foreach (var kind in kinds)
        {
            var given = parts.SelectMany(p => p.Figures.Where(f => f.Kind == kind).Select(f => (Part: p, Figure: f))).ToList();
            bool agree = given.All(a => given.All(b => a.Figure.Value.IsCompatibleWith(b.Figure.Value)));
            if (agree)
            {
                if (!figures.Any(f => f.Kind == kind))
                {
                    figures.Add(given[0].Figure);
                }
                continue;
            }
            figures.RemoveAll(f => f.Kind == kind);
            foreach (var (part, figure) in given)
            {
                if (part.ClaimedKinds?.Contains(kind) == true)
                {
                    continue;
                }
                var supporting = (part.Claims ?? []).Where(c => claimPositions.ContainsKey(c.Value)).Distinct().ToList();
                if (supporting.Count == 0)
                {
                    // Nothing to attribute it to: it stays on the event, where the reader sees it beside the others.
                    figures.Add(figure);
                    continue;
                }
                foreach (var claimId in supporting)
                {
                    var basis = claims[claimPositions[claimId.Value]];
                    string id = Fresh(EntityKinds.Claim, claimId.Value + "-" + kind.Value, part.Input);
                    var claim = new Claim(new ClaimId(id), new FigureAssertion(figure, merged.Id), basis.Attribution, basis.Report,
                        credibility: basis.Credibility, modality: basis.Modality);
                    claimPositions[id] = claims.Count;
                    claims.Add(claim);
                    derived.Add(claim.Id);
                    extraClaims.Add(claim.Id);
                }
            }
        }
        if (extraClaims.Count > 0 || figures.Count != merged.Figures.Count || !figures.SequenceEqual(merged.Figures))
        {
            events[at] = new ConflictEvent(merged.Id, merged.Type, merged.Date, merged.Place, merged.SubType, merged.Participants,
                merged.Outcomes, figures, merged.Claims.Concat(extraClaims), merged.Description, merged.ExternalReferences, merged.Extensions, merged.Time);
        }
    }

    /// <summary>
    /// Where the events of one merged event give dates that do not overlap, each input's undated claim that the event
    /// happened gets its own event's date, so that the validator compares the dates (CM6004) instead of the merged event
    /// silently keeping the first input's.
    /// </summary>
    private void SettleDates(string eventId, List<Contribution> parts)
    {
        if (!parts.Any(a => parts.Any(b => !a.Event.Date.Overlaps(b.Event.Date))))
        {
            return;
        }
        foreach (var part in parts)
        {
            foreach (var claimId in part.Claims ?? [])
            {
                if (claimPositions.TryGetValue(claimId.Value, out int at)
                    && claims[at] is { Assertion: EventAssertion { When: null } said } claim && said.Event.Value == eventId)
                {
                    claims[at] = claim.WithAssertion(new EventAssertion(said.Event, part.Event.Date).WithExtensions(said.Extensions));
                }
            }
        }
    }

    private void Record(int k, Dossier input, IdMap map)
    {
        void Add<T>(IEnumerable<T> items, string kind, Func<T, string> idOf, Dictionary<string, string> ids)
        {
            foreach (var item in items)
            {
                string id = idOf(item);
                provenance.Add(new MergeProvenance(k, kind, id, ids[id]));
            }
        }
        Add(input.Actors, EntityKinds.Actor, a => a.Id.Value, map.Actors);
        Add(input.Alliances, EntityKinds.Alliance, a => a.Id.Value, map.Alliances);
        Add(input.Relations, EntityKinds.Relation, r => r.Id.Value, map.Relations);
        Add(input.Places, EntityKinds.Place, p => p.Id.Value, map.Places);
        Add(input.Sources, EntityKinds.Source, s => s.Id.Value, map.Sources);
        Add(input.Reports, EntityKinds.Report, r => r.Id.Value, map.Reports);
        Add(input.Claims, EntityKinds.Claim, c => c.Id.Value, map.ClaimMap);
        Add(input.Events, EntityKinds.Event, e => e.Id.Value, map.Events);
    }

    /// <summary>One input's event in a merged event, with its claims' merged ids and the figure kinds the input already claims.</summary>
    private sealed class Contribution(int input, ConflictEvent @event, IReadOnlyList<Figure> figures)
    {
        public int Input { get; } = input;

        public ConflictEvent Event { get; } = @event;

        /// <summary>Gets the event's figures with their subjects renamed to the merged ids.</summary>
        public IReadOnlyList<Figure> Figures { get; } = figures;

        public List<ClaimId>? Claims { get; set; }

        public HashSet<FigureKind>? ClaimedKinds { get; set; }
    }
}
