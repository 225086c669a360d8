using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

public sealed partial class Dossier
{
    /// <summary>The lookups a dossier builds once, on first use.</summary>
    private sealed class Indexes
    {
        internal Indexes(Dossier dossier)
        {
            Actors = FirstById(dossier.Actors, a => a.Id);
            Alliances = FirstById(dossier.Alliances, a => a.Id);
            Relations = FirstById(dossier.Relations, r => r.Id);
            Places = FirstById(dossier.Places, p => p.Id);
            Sources = FirstById(dossier.Sources, s => s.Id);
            Reports = FirstById(dossier.Reports, r => r.Id);
            Claims = FirstById(dossier.Claims, c => c.Id);
            Events = FirstById(dossier.Events, e => e.Id);
            ClaimsBySource = dossier.Claims.ToLookup(c => c.Source);
            ClaimsByRelay = dossier.Claims.SelectMany(c => c.Attribution.Relays.Select(r => r.Source).Distinct().Select(s => (s, c))).ToLookup(x => x.s, x => x.c);
            ClaimPositions = new Dictionary<ClaimId, int>(dossier.Claims.Count);
            for (int i = 0; i < dossier.Claims.Count; i++)
            {
                ClaimPositions.TryAdd(dossier.Claims[i].Id, i);
            }
            ClaimsBySubject = dossier.Claims.ToLookup(c => c.Assertion.SubjectKey);

            var byEvent = new Dictionary<EventId, List<int>>();
            for (int position = 0; position < dossier.Claims.Count; position++)
            {
                var claim = dossier.Claims[position];
                // A host assertion may answer null; it then refers to nothing.
                foreach (var id in (claim.Assertion.References ?? []).OfType<EventId>().Distinct())
                {
                    if (!byEvent.TryGetValue(id, out var list))
                    {
                        byEvent[id] = list = [];
                    }
                    list.Add(position);
                }
            }
            ClaimsReferringToEvent = byEvent;
        }

        /// <summary>Shares a header's lookups and adds those of other events.</summary>
        internal Indexes(Indexes header, IReadOnlyList<ConflictEvent> events)
        {
            Actors = header.Actors;
            Alliances = header.Alliances;
            Relations = header.Relations;
            Places = header.Places;
            Sources = header.Sources;
            Reports = header.Reports;
            Claims = header.Claims;
            Events = FirstById(events, e => e.Id);
            ClaimsBySource = header.ClaimsBySource;
            ClaimsByRelay = header.ClaimsByRelay;
            ClaimPositions = header.ClaimPositions;
            ClaimsBySubject = header.ClaimsBySubject;
            ClaimsReferringToEvent = header.ClaimsReferringToEvent;
        }

        internal Dictionary<ActorId, Actor> Actors { get; }

        internal Dictionary<AllianceId, Alliance> Alliances { get; }

        internal Dictionary<RelationId, ActorRelation> Relations { get; }

        internal Dictionary<PlaceId, Place> Places { get; }

        internal Dictionary<SourceId, Source> Sources { get; }

        internal Dictionary<ReportId, Report> Reports { get; }

        internal Dictionary<ClaimId, Claim> Claims { get; }

        internal Dictionary<EventId, ConflictEvent> Events { get; }

        internal ILookup<SourceId, Claim> ClaimsBySource { get; }

        internal ILookup<string, Claim> ClaimsBySubject { get; }

        internal ILookup<SourceId, Claim> ClaimsByRelay { get; }

        /// <summary>The position of the first claim with each id, to give query results in dossier order.</summary>
        internal Dictionary<ClaimId, int> ClaimPositions { get; }

        /// <summary>The positions of the claims whose assertion refers to each event.</summary>
        internal Dictionary<EventId, List<int>> ClaimsReferringToEvent { get; }

        private static Dictionary<TId, T> FirstById<TId, T>(IReadOnlyList<T> items, System.Func<T, TId> id)
            where TId : notnull
        {
            var result = new Dictionary<TId, T>(items.Count);
            foreach (var item in items)
            {
                result.TryAdd(id(item), item);
            }
            return result;
        }
    }
}
