using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ConflictModel;

public sealed partial class Dossier
{
    /// <summary>The lookups a dossier builds once, on first use.</summary>
    private sealed class Indexes
    {
        private readonly IReadOnlyList<Claim> claims;
        private ClaimIndexes? claimLookups;

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
            claims = dossier.Claims;
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
            claims = header.claims;
            claimLookups = header.ClaimLookups;
        }

        /// <summary>Shares a header's lookups of entities other than claims, with other claims and events.</summary>
        internal Indexes(Indexes header, IReadOnlyList<Claim> claims, IReadOnlyList<ConflictEvent> events)
        {
            Actors = header.Actors;
            Alliances = header.Alliances;
            Relations = header.Relations;
            Places = header.Places;
            Sources = header.Sources;
            Reports = header.Reports;
            Claims = FirstById(claims, c => c.Id);
            Events = FirstById(events, e => e.Id);
            this.claims = claims;
        }

        internal Dictionary<ActorId, Actor> Actors { get; }

        internal Dictionary<AllianceId, Alliance> Alliances { get; }

        internal Dictionary<RelationId, ActorRelation> Relations { get; }

        internal Dictionary<PlaceId, Place> Places { get; }

        internal Dictionary<SourceId, Source> Sources { get; }

        internal Dictionary<ReportId, Report> Reports { get; }

        internal Dictionary<ClaimId, Claim> Claims { get; }

        internal Dictionary<EventId, ConflictEvent> Events { get; }

        internal ILookup<SourceId, Claim> ClaimsBySource => ClaimLookups.BySource;

        internal ILookup<string, Claim> ClaimsBySubject => ClaimLookups.BySubject;

        internal ILookup<SourceId, Claim> ClaimsByRelay => ClaimLookups.ByRelay;

        /// <summary>The position of the first claim with each id, to give query results in dossier order.</summary>
        internal Dictionary<ClaimId, int> ClaimPositions => ClaimLookups.Positions;

        /// <summary>The positions of the claims whose assertion refers to each event.</summary>
        internal Dictionary<EventId, List<int>> ClaimsReferringToEvent => ClaimLookups.ReferringToEvent;

        /// <summary>The lookups of claims, built on the first query that needs them: finding entities by id does not.</summary>
        private ClaimIndexes ClaimLookups => LazyInitializer.EnsureInitialized(ref claimLookups, () => new ClaimIndexes(claims));

        private sealed class ClaimIndexes
        {
            internal ClaimIndexes(IReadOnlyList<Claim> claims)
            {
                BySource = claims.ToLookup(c => c.Source);
                ByRelay = claims.SelectMany(c => c.Attribution.Relays.Select(r => r.Source).Distinct().Select(s => (s, c))).ToLookup(x => x.s, x => x.c);
                Positions = new Dictionary<ClaimId, int>(claims.Count);
                for (int i = 0; i < claims.Count; i++)
                {
                    Positions.TryAdd(claims[i].Id, i);
                }
                BySubject = claims.ToLookup(c => c.Assertion.SubjectKey);
                var byEvent = new Dictionary<EventId, List<int>>();
                for (int position = 0; position < claims.Count; position++)
                {
                    var claim = claims[position];
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
                ReferringToEvent = byEvent;
            }

            internal ILookup<SourceId, Claim> BySource { get; }

            internal ILookup<string, Claim> BySubject { get; }

            internal ILookup<SourceId, Claim> ByRelay { get; }

            internal Dictionary<ClaimId, int> Positions { get; }

            internal Dictionary<EventId, List<int>> ReferringToEvent { get; }
        }

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
