using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ConflictModel;

public sealed partial class Dossier
{
    /// <summary>The lookups a dossier builds once, on first use.</summary>
    private sealed class Indexes
    {
        internal Indexes(Dossier dossier)
        {
            Actors = new(dossier.Actors, a => a.Id.Value);
            Alliances = new(dossier.Alliances, a => a.Id.Value);
            Relations = new(dossier.Relations, r => r.Id.Value);
            Places = new(dossier.Places, p => p.Id.Value);
            Sources = new(dossier.Sources, s => s.Id.Value);
            Reports = new(dossier.Reports, r => r.Id.Value);
            Claims = new(dossier.Claims, c => c.Id.Value);
            Events = new(dossier.Events, e => e.Id.Value);
            ClaimLookups = new ClaimIndexes(dossier.Claims);
        }

        /// <summary>
        /// Shares a header's lookups and adds those of other events; with <paramref name="claims"/>,
        /// those of other claims too instead of the header's.
        /// </summary>
        internal Indexes(Indexes header, IReadOnlyList<Claim>? claims, IReadOnlyList<ConflictEvent> events)
        {
            Actors = header.Actors;
            Alliances = header.Alliances;
            Relations = header.Relations;
            Places = header.Places;
            Sources = header.Sources;
            Reports = header.Reports;
            Claims = claims is null ? header.Claims : new(claims, c => c.Id.Value);
            Events = new(events, e => e.Id.Value);
            ClaimLookups = claims is null ? header.ClaimLookups : new ClaimIndexes(claims);
        }

        /// <summary>Gets the lookups of every kind, in the order of the document: actors, alliances, relations, places, sources, reports, claims, events.</summary>
        internal IById[] ByKind => byKind ??= [Actors, Alliances, Relations, Places, Sources, Reports, Claims, Events];

        // Made on first use: most queries never ask by kind.
        private IById[]? byKind;

        internal ById<Actor> Actors { get; }

        internal ById<Alliance> Alliances { get; }

        internal ById<ActorRelation> Relations { get; }

        internal ById<Place> Places { get; }

        internal ById<Source> Sources { get; }

        internal ById<Report> Reports { get; }

        internal ById<Claim> Claims { get; }

        internal ById<ConflictEvent> Events { get; }

        /// <summary>The lookups of claims, each built on the first query that needs it: finding entities by id builds none.</summary>
        internal ClaimIndexes ClaimLookups { get; }

        /// <summary>
        /// The lookups of claims; a stream's windows share those of its header. Each field is read
        /// before it is initialized, since the factory delegate would otherwise be made on every query.
        /// </summary>
        internal sealed class ClaimIndexes(IReadOnlyList<Claim> claims)
        {
            private ClaimGroups<SourceId>? bySource;
            private ClaimGroups<SourceId>? byRelay;
            private SubjectIndex? bySubject;
            private Dictionary<EventId, List<int>>? referringToEvent;

            /// <summary>Gets the claims by original source.</summary>
            internal ClaimGroups<SourceId> BySource => Volatile.Read(ref bySource) ?? LazyInitializer.EnsureInitialized(ref bySource, BuildBySource);

            /// <summary>Gets the claims by relaying source, each claim once per source.</summary>
            internal ClaimGroups<SourceId> ByRelay => Volatile.Read(ref byRelay) ?? LazyInitializer.EnsureInitialized(ref byRelay, BuildByRelay);

            /// <summary>Gets the claims by subject.</summary>
            internal SubjectIndex BySubject => Volatile.Read(ref bySubject) ?? LazyInitializer.EnsureInitialized(ref bySubject, () => new SubjectIndex(claims));

            /// <summary>Gets whether the claims by subject are made already.</summary>
            internal bool HasBySubject => Volatile.Read(ref bySubject) is not null;

            /// <summary>Keeps the claims by subject a caller made, unless they are made already.</summary>
            internal void Adopt(SubjectIndex index) => Interlocked.CompareExchange(ref bySubject, index, null);

            /// <summary>Gets the positions of the claims whose assertion refers to each event.</summary>
            internal Dictionary<EventId, List<int>> ReferringToEvent => Volatile.Read(ref referringToEvent) ?? LazyInitializer.EnsureInitialized(ref referringToEvent, BuildReferringToEvent);

            private ClaimGroups<SourceId> BuildBySource()
            {
                var result = new ClaimGroups<SourceId>();
                for (int i = 0; i < claims.Count; i++)
                {
                    result.Add(claims[i].Source, i);
                }
                return result;
            }

            private ClaimGroups<SourceId> BuildByRelay()
            {
                var result = new ClaimGroups<SourceId>();
                for (int i = 0; i < claims.Count; i++)
                {
                    var relays = claims[i].Attribution.Relays;
                    for (int r = 0; r < relays.Count; r++)
                    {
                        if (!Earlier(relays, r))
                        {
                            result.Add(relays[r].Source, i);
                        }
                    }
                }
                return result;

                // A claim relayed twice by one source comes once for it; chains are short.
                static bool Earlier(IReadOnlyList<Relay> relays, int r)
                {
                    for (int k = 0; k < r; k++)
                    {
                        if (relays[k].Source == relays[r].Source)
                        {
                            return true;
                        }
                    }
                    return false;
                }
            }

            private Dictionary<EventId, List<int>> BuildReferringToEvent()
            {
                var byEvent = new Dictionary<EventId, List<int>>();
                for (int position = 0; position < claims.Count; position++)
                {
                    var assertion = claims[position].Assertion;
                    if (AssertionEvent.TryBuiltIn(assertion, out var named))
                    {
                        if (named is { } id)
                        {
                            Add(id, position);
                        }
                        continue;
                    }
                    // A host assertion may answer null, or name an event twice.
                    foreach (var id in (assertion.References ?? []).OfType<EventId>())
                    {
                        Add(id, position);
                    }
                }
                return byEvent;

                void Add(EventId id, int position)
                {
                    if (!byEvent.TryGetValue(id, out var list))
                    {
                        byEvent[id] = list = [];
                    }
                    if (list.Count == 0 || list[^1] != position)
                    {
                        list.Add(position);
                    }
                }
            }
        }

        /// <summary>The claims by subject (<see cref="ClaimAssertion.SubjectKey"/>), keyed without making key texts when it can.</summary>
        internal sealed class SubjectIndex
        {
            private readonly bool byText;
            private readonly SubjectGroups groups;

            /// <summary>Takes the groups a caller made while it went through the claims in order, each keyed without text.</summary>
            internal SubjectIndex(SubjectGroups groups)
            {
                this.groups = groups;
            }

            internal SubjectIndex(IReadOnlyList<Claim> claims)
            {
                for (int i = 0; i < claims.Count && !byText; i++)
                {
                    byText = !ClaimSubject.IsBuiltIn(claims[i].Assertion);
                }
                groups = new SubjectGroups(claims.Count);
                for (int i = 0; i < claims.Count; i++)
                {
                    groups.Add(ClaimSubject.Of(claims[i].Assertion, byText), i);
                }
            }

            /// <summary>Gets the positions of the claims with one subject, group by group in the order of their first claim.</summary>
            internal SubjectGroups Groups => groups;

            /// <summary>Returns the positions of the claims about the same subject as an assertion, in dossier order.</summary>
            internal ClaimPositions About(ClaimAssertion assertion) => groups[ClaimSubject.Of(assertion, byText)];

            /// <summary>Returns the positions of the claims about the same subject as the claim at a position, in dossier order.</summary>
            internal ClaimPositions At(int position) => groups.At(position);
        }
    }
}
