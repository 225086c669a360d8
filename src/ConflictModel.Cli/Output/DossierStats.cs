using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Cli.Output;

/// <summary>The figures <c>stats</c> prints, computed with the dossier's own queries; every list is sorted so that the output is stable.</summary>
internal sealed record DossierStats(
    IReadOnlyList<(string Kind, int Count)> Entities,
    IReadOnlyList<(string Type, int Count, IReadOnlyList<(string SubType, int Count)> SubTypes)> EventTypes,
    LocalDate? Earliest,
    LocalDate? Latest,
    IReadOnlyList<(string Id, string Name, int Claims, int Relayed)> Sources,
    int EventCount,
    int BackedByNone,
    int BackedByOne,
    int BackedByTwoOrMore)
{
    private const string NoSubType = "(none)";

    public static DossierStats Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var counter = new Counter(dossier);
        foreach (var e in dossier.Events)
        {
            counter.Add(e);
        }
        return counter.ToStats();
    }

    /// <summary>
    /// Counts claims and events one at a time against a dossier that holds everything else, so that an NDJSON file is
    /// described while it streams: memory holds the header, the last <see cref="RecentClaims"/> claims of the stream
    /// (an event's claims come just before it), a count for each event type and two for each source.
    /// </summary>
    internal sealed class Counter(Dossier header)
    {
        /// <summary>How many claims of the stream are kept to find those an event lists; one listed earlier than that is not found.</summary>
        internal const int RecentClaims = 4096;

        private readonly Dictionary<string, Dictionary<string, int>> types = new(StringComparer.Ordinal);
        private readonly Dictionary<ClaimId, Claim> recent = [];
        private readonly Queue<ClaimId> recentOrder = new();
        private readonly Dictionary<SourceId, (int Made, int Relayed)> streamedBySource = [];
        private int claims;
        private int events;
        private int byNone;
        private int byOne;
        private int byMore;
        private LocalDate? earliest;
        private LocalDate? latest;

        public void Add(ConflictEvent e)
        {
            ArgumentNullException.ThrowIfNull(e);
            events++;
            if (!types.TryGetValue(e.Type.Value, out var subTypes))
            {
                types.Add(e.Type.Value, subTypes = new Dictionary<string, int>(StringComparer.Ordinal));
            }
            string subType = e.SubType?.Value ?? NoSubType;
            subTypes[subType] = subTypes.GetValueOrDefault(subType) + 1;
            earliest = earliest is { } a && a <= e.Date.Start ? a : e.Date.Start;
            latest = latest is { } b && b >= e.Date.End ? b : e.Date.End;
            // As the GeoJSON export counts them: the distinct origins of the claims that support the event. The event may
            // not be in the header (NDJSON), so the claims it lists are added to those the header's claims say are about it.
            var about = header.ClaimsAbout(e.Id).Concat(e.Claims.Select(id => header.Find(id) ?? recent.GetValueOrDefault(id)).OfType<Claim>());
            int origins = about.Where(c => c.IsFactual && !c.IsNegative).Select(c => header.OriginOf(c.Source)).Distinct().Count();
            _ = origins switch { 0 => byNone++, 1 => byOne++, _ => byMore++ };
        }

        /// <summary>Counts a claim of the stream (not one of the header, which the header's own queries count).</summary>
        public void Add(Claim claim)
        {
            ArgumentNullException.ThrowIfNull(claim);
            claims++;
            var made = streamedBySource.GetValueOrDefault(claim.Source);
            streamedBySource[claim.Source] = (made.Made + 1, made.Relayed);
            foreach (var relay in claim.Attribution.Relays.Select(r => r.Source).Distinct())
            {
                var counts = streamedBySource.GetValueOrDefault(relay);
                streamedBySource[relay] = (counts.Made, counts.Relayed + 1);
            }
            if (recent.TryAdd(claim.Id, claim))
            {
                recentOrder.Enqueue(claim.Id);
                if (recentOrder.Count > RecentClaims)
                {
                    recent.Remove(recentOrder.Dequeue());
                }
            }
        }

        public DossierStats ToStats()
        {
            (string, int)[] entities =
            [
                ("actors", header.Actors.Count), ("alliances", header.Alliances.Count), ("relations", header.Relations.Count),
                ("places", header.Places.Count), ("sources", header.Sources.Count), ("reports", header.Reports.Count),
                ("claims", header.Claims.Count + claims), ("events", events),
            ];
            var eventTypes = types
                .Select(t => (t.Key, t.Value.Values.Sum(), (IReadOnlyList<(string, int)>)[.. t.Value
                    .Select(s => (s.Key, s.Value))
                    .OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)]))
                .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal)
                .ToList();
            var sources = header.Sources
                .Select(s => (s.Id.Value, s.Names.Primary.Text,
                    header.ClaimsBy(s.Id).Count() + streamedBySource.GetValueOrDefault(s.Id).Made,
                    header.ClaimsRelayedBy(s.Id).Count() + streamedBySource.GetValueOrDefault(s.Id).Relayed))
                .OrderBy(s => s.Value, StringComparer.Ordinal)
                .ToList();
            return new DossierStats(entities, eventTypes, earliest, latest, sources, events, byNone, byOne, byMore);
        }
    }

    public string ToText(string file)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"File: {file}\n");
        text.Append("Entities\n");
        foreach (var (kind, count) in Entities)
        {
            text.Append(c, $"  {kind,-10} {count,8}\n");
        }
        text.Append("Event types\n");
        if (EventTypes.Count == 0)
        {
            text.Append("  (no events)\n");
        }
        foreach (var (type, count, subTypes) in EventTypes)
        {
            text.Append(c, $"  {type,-40} {count,8}\n");
            foreach (var (subType, subCount) in subTypes)
            {
                text.Append(c, $"    {subType,-38} {subCount,8}\n");
            }
        }
        text.Append(Earliest is { } from && Latest is { } to
            ? string.Create(c, $"Dates: {Iso(from)} to {Iso(to)}\n")
            : "Dates: (no events)\n");
        text.Append("Sources (claims made, claims relayed)\n");
        if (Sources.Count == 0)
        {
            text.Append("  (no sources)\n");
        }
        foreach (var (id, name, claims, relayed) in Sources)
        {
            text.Append(c, $"  {id,-30} {claims,6} {relayed,6}  {name}\n");
        }
        text.Append("Independent-source coverage (distinct origins of the claims supporting each event)\n");
        text.Append(c, $"  two or more origins {BackedByTwoOrMore,8}{Share(BackedByTwoOrMore)}\n");
        text.Append(c, $"  one origin          {BackedByOne,8}{Share(BackedByOne)}\n");
        text.Append(c, $"  no supporting claim {BackedByNone,8}{Share(BackedByNone)}\n");
        return text.ToString();
    }

    private string Share(int count) =>
        EventCount == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" of {EventCount} ({100.0 * count / EventCount:0.0}%)");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
