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
            ClaimsBySubject = dossier.Claims.ToLookup(c => c.Assertion.SubjectKey);

            var byEvent = new Dictionary<EventId, List<Claim>>();
            foreach (var claim in dossier.Claims)
            {
                foreach (var id in claim.Assertion.References.OfType<EventId>().Distinct())
                {
                    if (!byEvent.TryGetValue(id, out var list))
                    {
                        byEvent[id] = list = [];
                    }
                    list.Add(claim);
                }
            }
            ClaimsReferringToEvent = byEvent;
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

        internal Dictionary<EventId, List<Claim>> ClaimsReferringToEvent { get; }

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
