using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;

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
        var (actorResolutions, placeResolutions) = ResolveHeader(k, input, map, () => resolver.CountriesOf(input.Events, input.Places));
        var matches = MatchEvents(k, input, map, actorResolutions, placeResolutions);
        steps.Add(new DossierMergeStep(k, actorResolutions, placeResolutions, matches));
        int adding = input.Actors.Count + input.Places.Count + input.Sources.Count + input.Reports.Count + input.Claims.Count
            + input.Alliances.Count + input.Relations.Count + input.Events.Count;
        Stage(k, DossierMergeStage.Adding, 0, adding);

        AppendEntities(k, input, map);
        var added = new InputClaims();
        foreach (var claim in input.Claims)
        {
            AddClaim(k, claim, map, added);
        }
        FinishClaims(added, map);
        AppendGroupings(k, input, map);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in input.Events)
        {
            AddEvent(k, e, seen.Add(e.Id.Value), map);
        }
        FinishContributions(map, added.ClaimedKinds);
        RecordHeader(k, input, map);
        Record(k, input.Claims, EntityKinds.Claim, c => c.Id.Value, map.ClaimMap);
        Record(k, input.Events, EntityKinds.Event, e => e.Id.Value, map.Events);
        introduced.Clear();
        Stage(k, DossierMergeStage.Adding, adding, adding);
    }

    /// <summary>
    /// Merges an NDJSON input without holding it whole: its header's entities as <see cref="Add"/> does, then its events and
    /// claims as they are read, in three passes over the stream (see <see cref="DossierMergeInput"/>), with the same result.
    /// </summary>
    public async Task AddAsync(int k, DossierMergeInput input, int eventsPerChunk)
    {
        var map = new IdMap();

        // Pass 1: the header, and the countries of the input's actors' events, which resolution compares qualifiers with.
        Dossier header = null!;
        ActorCountries? countries = null;
        int eventCount = 0;
        await ReadAsync(input, async reader =>
        {
            header = reader.Header;
            if (k == 0)
            {
                return; // nothing merged yet: nothing to resolve against, nothing to count for progress
            }
            var builder = resolver.CountriesBuilder(header.Places);
            await foreach (var e in reader.ReadEventsAsync(cancellationToken).ConfigureAwait(false))
            {
                builder.Add(e);
                eventCount++;
            }
            countries = builder.Result;
        }).ConfigureAwait(false);
        var (actorResolutions, placeResolutions) = ResolveHeader(k, header, map, () => countries ?? ActorCountries.None);

        // Pass 2: the events matched with the merged ones, part by part; the matches are chosen once every part is scored.
        var matches = await MatchEventsAsync(k, input, header, map, actorResolutions, placeResolutions, eventsPerChunk, eventCount).ConfigureAwait(false);
        steps.Add(new DossierMergeStep(k, actorResolutions, placeResolutions, matches.Result));
        int adding = header.Actors.Count + header.Places.Count + header.Sources.Count + header.Reports.Count + header.Claims.Count
            + header.Alliances.Count + header.Relations.Count + matches.Events;
        Stage(k, DossierMergeStage.Adding, 0, adding);
        AppendEntities(k, header, map);

        // Pass 3: claims and events added in the order of the stream. An event waits when it lists a claim not read yet (a
        // writer of this library never does that), and the events after it wait with it, so that they keep their order.
        var added = new InputClaims();
        var claimIds = new List<string>();
        var eventIds = new List<string>();
        var waiting = new List<(ConflictEvent Event, bool First)>();
        int position = 0;
        void Claim(Claim claim)
        {
            AddClaim(k, claim, map, added);
            claimIds.Add(claim.Id.Value);
        }
        foreach (var claim in header.Claims)
        {
            Claim(claim);
        }
        await ReadAsync(input, async reader =>
        {
            await foreach (var record in reader.ReadRecordsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (record.Claim is { } claim)
                {
                    Claim(claim);
                    continue;
                }
                var e = record.Event!;
                bool first = !matches.Repeats.Contains(position++);
                if (position > matches.Events || (first && !map.Events.ContainsKey(e.Id.Value)))
                {
                    throw Changed(input, reader.LineNumber);
                }
                eventIds.Add(e.Id.Value);
                if (waiting.Count > 0 || e.Claims.Any(c => !map.ClaimMap.ContainsKey(c.Value)))
                {
                    waiting.Add((e, first));
                    continue;
                }
                AddStreamedEvent(k, e, first, map, matches.Decided);
                if (position % EventMatcher.ProgressEvery == 0)
                {
                    Stage(k, DossierMergeStage.Adding, position, adding);
                }
            }
            if (position != matches.Events)
            {
                throw Changed(input, reader.LineNumber);
            }
        }).ConfigureAwait(false);
        FinishClaims(added, map);
        AppendGroupings(k, header, map);
        foreach (var (e, first) in waiting)
        {
            AddStreamedEvent(k, e, first, map, matches.Decided);
        }
        FinishContributions(map, added.ClaimedKinds);
        RecordHeader(k, header, map);
        Record(k, claimIds, EntityKinds.Claim, id => id, map.ClaimMap);
        Record(k, eventIds, EntityKinds.Event, id => id, map.Events);
        introduced.Clear();
        Stage(k, DossierMergeStage.Adding, adding, adding);
    }

    private static IOException Changed(DossierMergeInput input, long line) => new(string.Format(System.Globalization.CultureInfo.InvariantCulture,
        "{0} gave other events when read again (line {1}) than when its events were matched; an NDJSON input must give the same lines each time it is opened.",
        input.Name ?? "The NDJSON input", line));

    private void AddStreamedEvent(int k, ConflictEvent e, bool first, IdMap map, HashSet<string> decided)
    {
        if (first)
        {
            string merged = map.Events[e.Id.Value];
            // As Assign does for an event given an id of its own; the events matched keep the record they were matched with.
            if (!decided.Contains(e.Id.Value) && merged == e.Id.Value)
            {
                originals[(EntityKinds.Event, merged)] = e;
            }
            Contribute(merged, k, e, map);
        }
        AddEvent(k, e, first, map);
    }

    private async Task ReadAsync(DossierMergeInput input, Func<NdjsonDossierReader, Task> use)
    {
        var stream = input.Open!() ?? throw new InvalidOperationException($"The stream of {input} could not be opened: Open returned null.");
        await using (stream.ConfigureAwait(false))
        {
            var reader = await DossierNdjson.OpenAsync(stream, input.Options, cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await use(reader).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Resolves and assigns the input's entities other than claims and events, which are small beside them.</summary>
    private (List<Resolution<ActorId>> Actors, List<Resolution<PlaceId>> Places) ResolveHeader(int k, Dossier input, IdMap map,
        Func<ActorCountries> countries)
    {
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
            (incoming, known) => resolver.ResolveActors(incoming, known, countries(), resolver.CountriesOf(events, places)),
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
        return (actorResolutions, placeResolutions);
    }

    /// <summary>Adds the actors, places, sources and reports that got ids of their own, once every id of the input is known, so that references between them can be renamed.</summary>
    private void AppendEntities(int k, Dossier input, IdMap map)
    {
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
    }

    /// <summary>Adds the alliances and relations, once every claim id of the input is known.</summary>
    private void AppendGroupings(int k, Dossier input, IdMap map)
    {
        Append(k, input.Alliances, a => a.Id.Value, map.Alliances, EntityKinds.Alliance, (a, id) =>
            alliances.Add(new Alliance(new AllianceId(id), a.Names,
                a.Memberships.Select(m => new Membership(map.Actor(m.Actor), m.Role, m.Validity, map.Claims(m.Claims), m.Extensions)),
                map.Actor(a.Actor), a.Extensions)));
        Append(k, input.Relations, r => r.Id.Value, map.Relations, EntityKinds.Relation, (r, id) =>
            relations.Add(new ActorRelation(new RelationId(id), map.Actor(r.Subject), r.Kind, map.Actor(r.Target), r.Validity,
                map.Claims(r.Claims), r.Extensions)));
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
        // Claims are taken as an earlier input's by their content (claimsByContent), never by their id: their records are not kept.
        if (same is null && merged == id && kind != EntityKinds.Claim)
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

    /// <summary>What matching an NDJSON input's events leaves for adding them.</summary>
    /// <param name="Result">The matches and the events left unmatched.</param>
    /// <param name="Events">The number of the input's events.</param>
    /// <param name="Repeats">The positions, among the input's events, of those whose id an earlier event of the input has.</param>
    /// <param name="Decided">The ids of the input's events taken as merged events: the same records, and the matched.</param>
    private sealed record StreamedMatches(EventMatchResult Result, int Events, HashSet<int> Repeats, HashSet<string> Decided);

    /// <summary>
    /// <see cref="MatchEvents"/> over an NDJSON input read in parts: every part is scored against the events merged before
    /// the input (never against the input's own), and the matches are chosen best first over all the parts at the end, as
    /// for the input read whole. Only the pairs that reach the score to match are kept between parts, with the ids.
    /// </summary>
    private async Task<StreamedMatches> MatchEventsAsync(int k, DossierMergeInput input, Dossier header, IdMap map,
        List<Resolution<ActorId>> actorResolutions, List<Resolution<PlaceId>> placeResolutions, int eventsPerChunk, int eventCount)
    {
        var exact = new List<EventMatch>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var takenPositions = new HashSet<int>();
        var pending = new List<string>();
        var repeats = new HashSet<int>();
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var session = events.Count == 0 ? null
            : matcher.Start(new Dossier(actors: actors, places: places, events: events), placeResolutions, actorResolutions);
        var chunk = new List<ConflictEvent>(Math.Min(eventsPerChunk, 1 << 16));
        int position = 0;
        Stage(k, DossierMergeStage.MatchingEvents, 0, eventCount);
        void Score()
        {
            if (chunk.Count > 0)
            {
                session?.Add(new Dossier(actors: header.Actors, places: header.Places, events: chunk), compared: null, cancellationToken);
                chunk.Clear();
                Stage(k, DossierMergeStage.MatchingEvents, Math.Min(position, eventCount), eventCount);
            }
        }
        await ReadAsync(input, async reader =>
        {
            await foreach (var e in reader.ReadEventsAsync(cancellationToken).ConfigureAwait(false))
            {
                int at = position++;
                if (!seen.Add(e.Id.Value))
                {
                    repeats.Add(at);
                    continue;
                }
                if (Exact(EntityKinds.Event, e.Id.Value, e) is { } same && taken.Add(same))
                {
                    exact.Add(DossierMerger.SameRecord(e.Id));
                    map.Events[e.Id.Value] = same;
                    decided.Add(e.Id.Value);
                    takenPositions.Add(eventPositions[same]);
                    continue;
                }
                pending.Add(e.Id.Value);
                chunk.Add(e);
                if (chunk.Count >= eventsPerChunk)
                {
                    Score();
                }
            }
        }).ConfigureAwait(false);
        Score();
        seen.Clear();
        seen.TrimExcess();
        var result = session?.Finish(takenPositions);
        Stage(k, DossierMergeStage.MatchingEvents, Math.Max(position, eventCount), Math.Max(position, eventCount));
        var matched = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var match in result?.Matches ?? [])
        {
            matched[match.Right.Value] = match.Left.Value;
        }
        foreach (var id in pending)
        {
            if (matched.TryGetValue(id, out var target))
            {
                map.Events[id] = target;
                decided.Add(id);
            }
            else
            {
                // As Assign does; the record of an event that keeps its own id is kept when the event is read again to be added.
                map.Events.TryAdd(id, Fresh(EntityKinds.Event, id, k));
            }
        }
        var unmatchedLeft = result?.UnmatchedLeft ?? events.Select(e => e.Id).Where(id => !taken.Contains(id.Value));
        var unmatchedRight = result?.UnmatchedRight ?? pending.Select(id => new EventId(id));
        return new StreamedMatches(new EventMatchResult(exact.Concat(result?.Matches ?? []), unmatchedLeft, unmatchedRight), position, repeats, decided);
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

    /// <summary>What one input's claims leave to be done once all of them are merged.</summary>
    private sealed class InputClaims
    {
        /// <summary>Gets the merged ids of the claims the input added, in its order.</summary>
        public List<string> Added { get; } = [];

        /// <summary>Gets the parts whose total comes later in the input: the part's merged id and the total's id in the input.</summary>
        public List<(string Id, string Total)> LaterTotals { get; } = [];

        /// <summary>Gets the figure kinds the input claims of each of its events, by the event's id in the input.</summary>
        public Dictionary<string, HashSet<FigureKind>> ClaimedKinds { get; } = new(StringComparer.Ordinal);
    }

    private void AddClaim(int k, Claim claim, IdMap map, InputClaims input)
    {
        if (claim.Assertion is FigureAssertion { Event: { } about } figure)
        {
            if (!input.ClaimedKinds.TryGetValue(about.Value, out var kinds))
            {
                input.ClaimedKinds[about.Value] = kinds = [];
            }
            kinds.Add(figure.Figure.Kind);
        }
        string? laterTotal = claim.Assertion is FigureAssertion { PartOf: { } total } && !map.ClaimMap.ContainsKey(total.Value) ? total.Value : null;
        var remapped = map.Remap(claim);
        var key = DossierMerger.KeyOf(remapped);
        // The input's claims seen so far are those in the map: each is put there when first met.
        bool first = !map.ClaimMap.ContainsKey(claim.Id.Value);
        if (first && claimsByContent.TryGetValue(key, out var same))
        {
            map.ClaimMap[claim.Id.Value] = same;
            return;
        }
        string id = first ? Assign(k, EntityKinds.Claim, claim.Id.Value, null, claim, map.ClaimMap) : Fresh(EntityKinds.Claim, claim.Id.Value, k);
        claimPositions[id] = claims.Count;
        claims.Add(new Claim(new ClaimId(id), key.Assertion, key.Attribution, key.Report, key.Quote, key.Wording, key.Credibility, key.Modality, key.Extensions));
        if (laterTotal is not null)
        {
            input.LaterTotals.Add((id, laterTotal));
        }
        input.Added.Add(id);
    }

    /// <summary>
    /// Renames the totals of parts that came before them, then makes the input's claims known by their content to the inputs after
    /// it. Only the merged ids are kept until then: a merged claim is its input claim with references renamed.
    /// </summary>
    private void FinishClaims(InputClaims input, IdMap map)
    {
        foreach (var (id, total) in input.LaterTotals)
        {
            if (map.ClaimMap.TryGetValue(total, out var renamed) && renamed != total)
            {
                int at = claimPositions[id];
                var f = (FigureAssertion)claims[at].Assertion;
                var relinked = new FigureAssertion(f.Figure, f.Event, f.Place, new ClaimId(renamed)).WithExtensions(f.Extensions);
                claims[at] = claims[at].WithAssertion(relinked);
            }
        }
        // Claims are the same as an earlier input's only: two equal claims of one input are both kept, as it gave them.
        foreach (var id in input.Added)
        {
            claimsByContent.TryAdd(DossierMerger.KeyOf(claims[claimPositions[id]]), id);
        }
    }

    /// <summary>
    /// Gives an input's participants the merged event's labels of sides when the input labels them the
    /// other way round: every actor both name on side A or B is on the other side there, and none on
    /// the same. Datasets label sides by conventions of their own (ACLED's first actor is the one that
    /// acted, GED's side A the government), so a battle told by both often comes with its sides
    /// swapped; what the sides mean is the same. Otherwise the participants are kept as they are, and
    /// an actor that one input puts with an enemy and another against it is on both sides of the merged
    /// event, which the validator reports (CM6001).
    /// </summary>
    private static List<Participant> AlignSides(IReadOnlyList<Participant> merged, List<Participant> incoming)
    {
        int same = 0;
        int swapped = 0;
        foreach (var p in incoming)
        {
            if (Opposite(p.Role) is not { } other)
            {
                continue;
            }
            foreach (var q in merged)
            {
                if (q.Actor == p.Actor)
                {
                    same += q.Role == p.Role ? 1 : 0;
                    swapped += q.Role == other ? 1 : 0;
                }
            }
        }
        if (swapped == 0 || same > 0)
        {
            return incoming;
        }
        for (int i = 0; i < incoming.Count; i++)
        {
            if (Opposite(incoming[i].Role) is { } other)
            {
                incoming[i] = new Participant(incoming[i].Actor, other, incoming[i].Extensions);
            }
        }
        return incoming;

        static ParticipantRole? Opposite(ParticipantRole role) =>
            role == ParticipantRole.SideA ? ParticipantRole.SideB : role == ParticipantRole.SideB ? ParticipantRole.SideA : null;
    }

    private void AddEvent(int k, ConflictEvent e, bool first, IdMap map)
    {
        string merged = first ? map.Events[e.Id.Value] : Fresh(EntityKinds.Event, e.Id.Value, k);
        var participants = e.Participants.Select(p => new Participant(map.Actor(p.Actor), p.Role, p.Extensions));
        var outcomes = e.Outcomes.Select(o => new ControlChange(map.Place(o.Place), map.Actor(o.From), map.Actor(o.To), o.Extensions));
        var eventClaims = map.Claims(e.Claims);
        if (first && eventPositions.TryGetValue(merged, out int at))
        {
            var old = events[at];
            events[at] = new ConflictEvent(old.Id, old.Type, old.Date, old.Place, old.SubType,
                Union(old.Participants, AlignSides(old.Participants, [.. participants]), (a, b) => a.Actor == b.Actor && a.Role == b.Role),
                Union(old.Outcomes, outcomes, (a, b) => a == b), old.Figures,
                Union(old.Claims, eventClaims, (a, b) => a == b), old.Description,
                Union(old.ExternalReferences, e.ExternalReferences, (a, b) => a == b), old.Extensions, old.Time ?? e.Time);
            return;
        }
        eventPositions[merged] = events.Count;
        var added = new ConflictEvent(new EventId(merged), e.Type, e.Date, map.Place(e.Place), e.SubType, participants, outcomes,
            e.Figures.Select(map.Figure), eventClaims, e.Description, e.ExternalReferences, e.Extensions, e.Time);
        events.Add(added);
        if (first && originals.TryGetValue((EntityKinds.Event, merged), out var original) && ReferenceEquals(original, e) && added.Equals(e))
        {
            // Nothing was renamed: the merged event stands for the input's wherever the input's is kept (to be known again, and
            // in the merged event it makes), so that the input's need not be held once it is added.
            originals[(EntityKinds.Event, merged)] = added;
            if (contributions.TryGetValue(merged, out var parts) && parts.Count == 1 && ReferenceEquals(parts[0].Event, e))
            {
                parts[0].Event = added;
            }
        }
    }

    /// <summary>Gives the input's contributions their claims' merged ids and the figure kinds the input claims of their events.</summary>
    private void FinishContributions(IdMap map, Dictionary<string, HashSet<FigureKind>> claimedKinds)
    {
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

    private void RecordHeader(int k, Dossier input, IdMap map)
    {
        Record(k, input.Actors, EntityKinds.Actor, a => a.Id.Value, map.Actors);
        Record(k, input.Alliances, EntityKinds.Alliance, a => a.Id.Value, map.Alliances);
        Record(k, input.Relations, EntityKinds.Relation, r => r.Id.Value, map.Relations);
        Record(k, input.Places, EntityKinds.Place, p => p.Id.Value, map.Places);
        Record(k, input.Sources, EntityKinds.Source, s => s.Id.Value, map.Sources);
        Record(k, input.Reports, EntityKinds.Report, r => r.Id.Value, map.Reports);
    }

    private void Record<T>(int k, IEnumerable<T> items, string kind, Func<T, string> idOf, Dictionary<string, string> ids)
    {
        foreach (var item in items)
        {
            string id = idOf(item);
            provenance.Add(new MergeProvenance(k, kind, id, ids[id]));
        }
    }

    /// <summary>One input's event in a merged event, with its claims' merged ids and the figure kinds the input already claims.</summary>
    private sealed class Contribution(int input, ConflictEvent @event, IReadOnlyList<Figure> figures)
    {
        public int Input { get; } = input;

        /// <summary>Gets or sets the input's event, or the merged event it made when that is equal to it.</summary>
        public ConflictEvent Event { get; set; } = @event;

        /// <summary>Gets the event's figures with their subjects renamed to the merged ids.</summary>
        public IReadOnlyList<Figure> Figures { get; } = figures;

        public List<ClaimId>? Claims { get; set; }

        public HashSet<FigureKind>? ClaimedKinds { get; set; }
    }
}
