using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NodaTime;

namespace ConflictModel.Merging;

/// <summary>
/// Finds the events of two dossiers that are one event seen twice: by date, place and type,
/// in windows that widen with each side's precision, with the evidence for every match.
/// </summary>
/// <remarks>
/// <para>The second dossier's places and actors are compared with the first's through
/// resolutions from <see cref="EntityResolver"/> (incoming: the second dossier's entities; known:
/// the first's): events at places resolved as one are at the same place whatever their points
/// say, and shared actors add to the score. Without resolutions, places are compared by their
/// points alone.</para>
/// <para>Candidates are found through buckets of days and of one-degree cells, so the work grows
/// with the number of events and the events per day and cell, not with the product of the two
/// inputs' sizes. Events whose dates span more than a month are compared with every event whose
/// dates they reach.</para>
/// <para>Matching is deterministic: ties are broken by the events' order in their dossiers.
/// Events with dates outside years 1 to 9999 are never matched.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class EventMatcher
{
    private const int MaxBucketedDays = 31;
    private const double KilometresPerDegree = 111.2;
    // Points less precise than this are compared with every event of the day, not through cells.
    private const double MaxCelledImprecision = 50;
    // An event without a point of its own takes its nearest ancestor's, which stands for a wider area.
    private const double AncestorImprecision = 100;
    private const int MaxAncestors = 16;
    // What agreeing tolls add to a score: enough to choose between two candidates that are alike otherwise, not to make a match.
    private const double TollWeight = 0.05;

    /// <summary>How many left events are compared between two reports of progress.</summary>
    internal const int ProgressEvery = 1024;

    private readonly EventMatchOptions options;

    /// <summary>Initializes a matcher.</summary>
    /// <param name="options">The options, or null for <see cref="EventMatchOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    public EventMatcher(EventMatchOptions? options = null)
    {
        this.options = (options ?? EventMatchOptions.Default).Checked();
    }

    /// <summary>Gets the matcher with the default options.</summary>
    public static EventMatcher Default { get; } = new();

    /// <summary>Matches the events of two dossiers.</summary>
    /// <param name="left">The first dossier.</param>
    /// <param name="right">The second dossier.</param>
    /// <param name="places">How the second dossier's places resolve against the first's, or null to compare points only.</param>
    /// <param name="actors">How the second dossier's actors resolve against the first's, or null when actors are not compared.</param>
    /// <returns>The matches and the events left unmatched.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> or <paramref name="right"/> is null.</exception>
    public EventMatchResult Match(Dossier left, Dossier right, IEnumerable<Resolution<PlaceId>>? places = null, IEnumerable<Resolution<ActorId>>? actors = null) =>
        Match(left, right, places, actors, compared: null, CancellationToken.None);

    /// <summary>Matches, telling how many of the left events have been compared every <see cref="ProgressEvery"/> of them, and stopping when asked.</summary>
    internal EventMatchResult Match(Dossier left, Dossier right, IEnumerable<Resolution<PlaceId>>? places, IEnumerable<Resolution<ActorId>>? actors,
        Action<int>? compared, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(left);
        Preconditions.CheckNotNull(right);
        var session = Start(left, places, actors);
        session.Add(right, compared, cancellationToken);
        return session.Finish(excludedLeft: null);
    }

    /// <summary>
    /// Starts matching the events of <paramref name="left"/> with a second dossier's events given in parts, in order: the pairs of
    /// every part are scored as they come, and the matches are chosen best first once all parts are in, as <see cref="Match(Dossier, Dossier, IEnumerable{Resolution{PlaceId}}?, IEnumerable{Resolution{ActorId}}?)"/>
    /// chooses them for the parts taken together.
    /// </summary>
    internal MatchSession Start(Dossier left, IEnumerable<Resolution<PlaceId>>? places, IEnumerable<Resolution<ActorId>>? actors) =>
        new(this, left, SameMap(places), SameMap(actors), actors is not null);

    /// <summary>One match of a left dossier against the events of a right dossier that come in parts; see <see cref="Start"/>.</summary>
    internal sealed class MatchSession
    {
        private readonly EventMatcher matcher;
        private readonly Dictionary<string, string>? placeMap;
        private readonly Dictionary<string, string>? actorMap;
        private readonly bool actorsResolved;
        private readonly Described[] lefts;
        private readonly List<(int Left, int Right, double Score)> pairs = [];
        // The right events, by their number over all parts: their ids, and what matching compares of those in a pair (for the evidence).
        private readonly List<EventId> rightIds = [];
        private readonly Dictionary<int, Described> paired = [];

        internal MatchSession(EventMatcher matcher, Dossier left, Dictionary<string, string>? placeMap, Dictionary<string, string>? actorMap, bool actorsResolved)
        {
            this.matcher = matcher;
            this.placeMap = placeMap;
            this.actorMap = actorMap;
            this.actorsResolved = actorsResolved;
            lefts = [.. left.Events.Select(e => Describe(left, e, id => id, id => id))];
        }

        /// <summary>Scores the left events against the events of one more part of the right dossier.</summary>
        internal void Add(Dossier right, Action<int>? compared, CancellationToken cancellationToken)
        {
            int offset = rightIds.Count;
            var rights = right.Events.Select(e => Describe(right, e,
                id => placeMap?.GetValueOrDefault(id) is { } mapped ? mapped : "\u0001" + id,
                id => actorMap?.GetValueOrDefault(id) is { } mapped ? mapped : "\u0001" + id)).ToArray();
            rightIds.AddRange(rights.Select(r => r.Id));
            if (rights.Length == 0)
            {
                return;
            }
            var index = new Buckets(rights, matcher.options);
            var candidates = new List<int>();
            // The days of the part: a left event more than Days away from all of them scores 0 against each of its events, so
            // it is passed over without a look at the buckets (a part of a stream in date order spans few days).
            int first = int.MaxValue;
            int last = int.MinValue;
            foreach (var r in rights.Where(r => r.HasDate))
            {
                first = Math.Min(first, r.FirstDay);
                last = Math.Max(last, r.LastDay);
            }
            int days = matcher.options.Days;
            for (int i = 0; i < lefts.Length; i++)
            {
                if (i % ProgressEvery == 0 && i > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    compared?.Invoke(i);
                }
                var l = lefts[i];
                if (!l.HasDate || (long)l.LastDay + days < first || (long)l.FirstDay - days > last)
                {
                    continue;
                }
                index.Candidates(l, candidates);
                foreach (int j in candidates)
                {
                    double score = matcher.Score(l, rights[j], actorsResolved, evidence: null);
                    if (score >= matcher.options.MinScore)
                    {
                        pairs.Add((i, offset + j, score));
                        paired.TryAdd(offset + j, rights[j]);
                    }
                }
            }
        }

        /// <summary>Chooses the matches among all the pairs scored, best first, leaving out the left events given.</summary>
        /// <param name="excludedLeft">Left events taken already, by their position in the left dossier; null for none.</param>
        internal EventMatchResult Finish(ISet<int>? excludedLeft)
        {
            pairs.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
            var leftTaken = new bool[lefts.Length];
            var rightTaken = new bool[rightIds.Count];
            var chosen = new List<(int Left, int Right)>();
            foreach (var (li, ri, _) in pairs)
            {
                if (rightTaken[ri] || (matcher.options.Policy == EventMatchPolicy.OneToOne && leftTaken[li]) || excludedLeft?.Contains(li) == true)
                {
                    continue;
                }
                leftTaken[li] = true;
                rightTaken[ri] = true;
                chosen.Add((li, ri));
            }
            chosen.Sort((a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));

            var matches = new List<EventMatch>(chosen.Count);
            foreach (var (li, ri) in chosen)
            {
                var evidence = new List<MatchEvidence>(4);
                double score = matcher.Score(lefts[li], paired[ri], actorsResolved, evidence);
                matches.Add(new EventMatch(lefts[li].Id, rightIds[ri], Math.Clamp(score, 0, 1), evidence));
            }
            return new EventMatchResult(matches,
                lefts.Where((_, k) => !leftTaken[k] && excludedLeft?.Contains(k) != true).Select(e => e.Id),
                rightIds.Where((_, k) => !rightTaken[k]));
        }
    }

    private static Dictionary<string, string>? SameMap<TId>(IEnumerable<Resolution<TId>>? resolutions)
        where TId : struct, IEntityId, IEquatable<TId>
    {
        if (resolutions is null)
        {
            return null;
        }
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in resolutions)
        {
            Preconditions.CheckNotNull(r, nameof(resolutions));
            if (r.Decision == ResolutionDecision.Same && r.Target is { } target && !r.Incoming.IsDefault)
            {
                map.TryAdd(r.Incoming.Value, target.Value);
            }
        }
        return map;
    }

    /// <summary>An event reduced to what matching compares; places and actors named in the first dossier's terms.</summary>
    private sealed record Described(EventId Id, bool HasDate, int FirstDay, int LastDay, FuzzyDate Date, EventType Type, string? Place,
        GeoPoint? Point, double? Imprecision, HashSet<string> Actors, string[] Areas, FigureValue[] Killed);

    private static Described Describe(Dossier dossier, ConflictEvent e, Func<string, string> place, Func<string, string> actor)
    {
        bool hasDate = TryDays(e.Date, out int first, out int last);
        GeoPoint? point = null;
        double? imprecision = null;
        var areas = new List<string>();
        if (e.Place is { } placeId)
        {
            var found = dossier.Find(placeId);
            // The administrative units the place lies in, below the country (a country holds too many events to tell any apart).
            var area = found?.Parent is { } up ? dossier.Find(up) : null;
            for (int depth = 0; area is not null && depth < MaxAncestors; depth++)
            {
                if (area.Kind != PlaceKind.Country)
                {
                    areas.Add(place(area.Id.Value));
                }
                area = area.Parent is { } next ? dossier.Find(next) : null;
            }
            for (int depth = 0; found is not null && depth < MaxAncestors; depth++)
            {
                if (found.Location is { IsWellFormed: true } at)
                {
                    point = at;
                    imprecision = GreatCircle.ImprecisionKilometres(found.Precision);
                    if (depth > 0 && imprecision is { } own)
                    {
                        imprecision = Math.Max(own, AncestorImprecision);
                    }
                    break;
                }
                found = found.Parent is { } parent ? dossier.Find(parent) : null;
            }
        }
        var actors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in e.Participants)
        {
            actors.Add(actor(p.Actor.Value));
        }
        // The whole toll of the event, not the deaths of one side.
        var killed = e.Figures.Where(f => f.Kind == FigureKind.Killed && f.Subject is null).Select(f => f.Value).ToArray();
        return new Described(e.Id, hasDate, first, last, e.Date, e.Type, e.Place is { } pl ? place(pl.Value) : null, point, imprecision, actors,
            [.. areas], killed);
    }

    private static bool TryDays(FuzzyDate date, out int first, out int last)
    {
        first = last = 0;
        LocalDate start = date.Start <= date.End ? date.Start : date.End;
        LocalDate end = date.Start <= date.End ? date.End : date.Start;
        if (start.Year < FuzzyDate.MinYear || end.Year > FuzzyDate.MaxYear || start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            return false;
        }
        first = start.ToDateOnly().DayNumber;
        last = end.ToDateOnly().DayNumber;
        return true;
    }

    /// <summary>Scores a pair, or returns 0 when it is no candidate; adds the evidence when asked.</summary>
    private double Score(Described l, Described r, bool actorsResolved, List<MatchEvidence>? evidence)
    {
        if (!l.HasDate || !r.HasDate)
        {
            return 0;
        }
        // Dates.
        int gap = Math.Max(0, Math.Max(l.FirstDay, r.FirstDay) - Math.Min(l.LastDay, r.LastDay));
        if (gap > options.Days)
        {
            return 0;
        }
        double dates = gap > 0 ? 0.5 : l.FirstDay == l.LastDay && r.FirstDay == r.LastDay ? 1 : 0.8;

        // Types.
        double typeWeight = options.Types.Weight(l.Type, r.Type);
        if (typeWeight <= 0)
        {
            return 0;
        }

        // Place.
        double place;
        MatchEvidence? placeEvidence = null;
        bool samePlace = l.Place is not null && l.Place == r.Place;
        if (samePlace)
        {
            place = 1;
            placeEvidence = evidence is null ? null : new MatchEvidence(MatchEvidenceKind.SamePlace, 0.35, "both at " + l.Place);
        }
        else if (Within(l, r) is { } area && !CloseEnough(l, r))
        {
            // One event is told at the level of a district or province that the other's place lies in: the same area, less exactly.
            place = 0.5;
            placeEvidence = evidence is null ? null : new MatchEvidence(MatchEvidenceKind.WithinPlace, 0.175, area);
        }
        else if (l.Point is { } p1 && r.Point is { } p2 && l.Imprecision is { } s1 && r.Imprecision is { } s2)
        {
            double km = GreatCircle.Kilometres(p1, p2);
            double beyond = Math.Max(0, km - s1 - s2);
            if (beyond > options.Kilometres)
            {
                return 0;
            }
            // Acceptance allows for the points' imprecision, but the score still prefers the nearer of two candidates.
            double scale = options.Kilometres + s1 + s2;
            place = scale == 0 ? 1 : 1 - (0.5 * Math.Min(km, scale) / scale);
            if (evidence is not null)
            {
                string detail = string.Format(CultureInfo.InvariantCulture, "{0:0.0} km apart", km);
                if (s1 + s2 > 0)
                {
                    detail += string.Format(CultureInfo.InvariantCulture, " ({0:0.0} km beyond the points' imprecision)", beyond);
                }
                placeEvidence = new MatchEvidence(MatchEvidenceKind.Nearby, Math.Round(0.35 * place, 3), detail);
            }
        }
        else
        {
            place = 0.3;
        }

        // Actors.
        double actorScore;
        MatchEvidence? actorEvidence = null;
        if (!actorsResolved)
        {
            actorScore = 0.5;
        }
        else if (l.Actors.Count == 0 || r.Actors.Count == 0)
        {
            actorScore = 1;
        }
        else
        {
            var shared = l.Actors.Where(r.Actors.Contains).OrderBy(a => a, StringComparer.Ordinal).ToList();
            // Both tell who took part and name no one in common: evidence against, as much as a shared actor is evidence for.
            actorScore = shared.Count > 0 ? 1 : -1;
            if (evidence is not null)
            {
                actorEvidence = shared.Count > 0
                    ? new MatchEvidence(MatchEvidenceKind.SharedActors, 0.1, "both name " + string.Join(", ", shared))
                    : new MatchEvidence(MatchEvidenceKind.NoSharedActor, -0.1, "no actor in common once resolved");
            }
        }

        // Tolls that can both be true are a little more evidence; tolls that differ are not evidence against, as the datasets
        // count differently (ACLED's 0 is often an unknown).
        bool tollsAgree = TollsAgree(l, r);

        if (evidence is not null)
        {
            string d1 = FuzzyDateText.Format(l.Date);
            string d2 = FuzzyDateText.Format(r.Date);
            evidence.Add(gap == 0
                ? new MatchEvidence(MatchEvidenceKind.SameDates, Math.Round(0.35 * dates, 3), d1 == d2 ? "both " + d1 : d1 + " and " + d2 + " overlap")
                : new MatchEvidence(MatchEvidenceKind.NearDates, Math.Round(0.35 * dates, 3),
                    string.Format(CultureInfo.InvariantCulture, "{0} and {1} are {2} day{3} apart", d1, d2, gap, gap == 1 ? string.Empty : "s")));
            if (placeEvidence is not null)
            {
                evidence.Add(placeEvidence);
            }
            evidence.Add(new MatchEvidence(MatchEvidenceKind.CompatibleTypes, Math.Round(0.2 * typeWeight, 3),
                l.Type == r.Type ? "both " + l.Type : l.Type + " ~ " + r.Type));
            if (actorEvidence is not null)
            {
                evidence.Add(actorEvidence);
            }
            if (tollsAgree)
            {
                evidence.Add(new MatchEvidence(MatchEvidenceKind.AgreeingTolls, TollWeight,
                    "tolls of " + l.Killed[0] + " and " + r.Killed[0] + " killed can both be true"));
            }
        }
        return (0.35 * dates) + (0.35 * place) + (0.2 * typeWeight) + (0.1 * actorScore) + (tollsAgree ? TollWeight : 0);
    }

    /// <summary>Names the area when one event's place is an administrative unit the other's place lies in, once places are resolved.</summary>
    private static string? Within(Described l, Described r)
    {
        if (l.Place is null || r.Place is null)
        {
            return null;
        }
        if (Array.IndexOf(l.Areas, r.Place) >= 0)
        {
            return l.Place + " lies in " + r.Place;
        }
        return Array.IndexOf(r.Areas, l.Place) >= 0 ? r.Place + " lies in " + l.Place : null;
    }

    /// <summary>Tells whether the points are within the tolerance, so that they, not the area, decide.</summary>
    private bool CloseEnough(Described l, Described r) =>
        l.Point is { } p1 && r.Point is { } p2 && l.Imprecision is { } s1 && r.Imprecision is { } s2 &&
        GreatCircle.Kilometres(p1, p2) - s1 - s2 <= options.Kilometres;

    private static bool TollsAgree(Described l, Described r)
    {
        foreach (var a in l.Killed)
        {
            foreach (var b in r.Killed)
            {
                if (a.IsCompatibleWith(b))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The second input's events by day and one-degree cell, and those whose dates are too long to bucket.</summary>
    private sealed class Buckets
    {
        private const int NoCell = int.MinValue;
        private readonly Described[] events;
        private readonly Dictionary<(int Day, int Lat, int Lon), List<int>> byCell = [];
        private readonly Dictionary<int, List<int>> byDay = [];
        private readonly Dictionary<(int Day, string Place), List<int>> byPlace = [];
        private readonly List<int> longDates = [];
        private readonly double reach;
        private readonly int days;
        // stamp[j] == mark: event j was already given for the current query.
        private readonly int[] stamp;
        private int mark;

        internal Buckets(Described[] events, EventMatchOptions options)
        {
            this.events = events;
            stamp = new int[events.Length];
            reach = options.Kilometres + (2 * MaxCelledImprecision);
            days = options.Days;
            for (int j = 0; j < events.Length; j++)
            {
                var e = events[j];
                if (!e.HasDate)
                {
                    continue;
                }
                if (e.LastDay - e.FirstDay >= MaxBucketedDays)
                {
                    longDates.Add(j);
                    continue;
                }
                var (lat, lon) = Cell(e);
                for (int day = e.FirstDay - options.Days; day <= e.LastDay + options.Days; day++)
                {
                    Add(byDay, day, j);
                    if (e.Place is { } place)
                    {
                        if (!byPlace.TryGetValue((day, place), out var atPlace))
                        {
                            byPlace[(day, place)] = atPlace = [];
                        }
                        atPlace.Add(j);
                    }
                    var key = (day, lat, lon);
                    if (!byCell.TryGetValue(key, out var list))
                    {
                        byCell[key] = list = [];
                    }
                    list.Add(j);
                }
            }
        }

        private static (int Lat, int Lon) Cell(Described e) =>
            e.Point is { } p && e.Imprecision is <= MaxCelledImprecision
                ? ((int)Math.Floor(p.Latitude), (int)Math.Floor(p.Longitude))
                : (NoCell, NoCell);

        private static void Add(Dictionary<int, List<int>> map, int key, int j)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }
            list.Add(j);
        }

        /// <summary>Puts in <paramref name="found"/> the second input's events that may match <paramref name="l"/>, each once.</summary>
        internal void Candidates(Described l, List<int> found)
        {
            found.Clear();
            mark++;
            AddNew(longDates, found);
            if (l.LastDay - l.FirstDay >= MaxBucketedDays)
            {
                // A long date reaches every bucketed event of its days: look at them all once.
                for (int j = 0; j < events.Length; j++)
                {
                    if (events[j].HasDate && events[j].LastDay >= l.FirstDay - days && events[j].FirstDay <= l.LastDay + days && stamp[j] != mark)
                    {
                        stamp[j] = mark;
                        found.Add(j);
                    }
                }
                return;
            }
            var (lat, lon) = Cell(l);
            int rLat = 0;
            int rLon = 0;
            if (lat != NoCell)
            {
                rLat = (int)Math.Ceiling(reach / KilometresPerDegree);
                double cos = Math.Max(0.05, Math.Cos(l.Point!.Value.Latitude * Math.PI / 180));
                rLon = Math.Min(180, (int)Math.Ceiling(reach / (KilometresPerDegree * cos)));
            }
            for (int day = l.FirstDay; day <= l.LastDay; day++)
            {
                // Places resolved as one are the same place whatever their points say.
                if (l.Place is { } place && byPlace.TryGetValue((day, place), out var atPlace))
                {
                    AddNew(atPlace, found);
                }
                // Events told at the level of an area the place lies in.
                foreach (string area in l.Areas)
                {
                    if (byPlace.TryGetValue((day, area), out var inArea))
                    {
                        AddNew(inArea, found);
                    }
                }
                if (lat == NoCell)
                {
                    // Without a usable point, every event of the day is a candidate.
                    if (byDay.TryGetValue(day, out var all))
                    {
                        AddNew(all, found);
                    }
                    continue;
                }
                for (int a = lat - rLat; a <= lat + rLat; a++)
                {
                    for (int b = lon - rLon; b <= lon + rLon; b++)
                    {
                        if (byCell.TryGetValue((day, a, b), out var list))
                        {
                            AddNew(list, found);
                        }
                    }
                }
                if (byCell.TryGetValue((day, NoCell, NoCell), out var uncelled))
                {
                    AddNew(uncelled, found);
                }
            }
        }

        private void AddNew(List<int> source, List<int> found)
        {
            foreach (int j in source)
            {
                if (stamp[j] != mark)
                {
                    stamp[j] = mark;
                    found.Add(j);
                }
            }
        }
    }
}
