using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using ConflictModel.Serialization;

namespace ConflictModel;

/// <summary>
/// The self-contained document that holds actors, alliances, relations, places, sources, reports,
/// claims and events, with references between them by id. It is the unit that is validated and
/// serialized, and it answers questions: who controlled a place on a date, what a source said,
/// which claims support an event, which sources corroborate or contradict a claim.
/// </summary>
/// <remarks>
/// <para>A dossier keeps whatever it is given, including duplicate ids and dangling references,
/// so that validation can report them; lookups by id return the first entity with that id.
/// Build one with <see cref="DossierBuilder"/>.</para>
/// <para>This type is immutable and thread-safe: its indexes are built on first use, once.
/// Two dossiers are equal when they hold equal entities in the same order.</para>
/// </remarks>
// The converter makes System.Text.Json, and its source generator, read and write the document
// format rather than the properties of the type.
[JsonConverter(typeof(DossierJsonConverter))]
public sealed partial class Dossier : IEquatable<Dossier>
{
    private Indexes? indexes;

    /// <summary>Initializes a dossier from its entities.</summary>
    /// <param name="actors">The actors.</param>
    /// <param name="alliances">The alliances.</param>
    /// <param name="relations">The relations between actors.</param>
    /// <param name="places">The places.</param>
    /// <param name="sources">The sources.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="claims">The claims.</param>
    /// <param name="events">The events.</param>
    /// <param name="extensions">Host data and top-level members this library does not know, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentException">A list holds a null.</exception>
    public Dossier(IEnumerable<Actor>? actors = null, IEnumerable<Alliance>? alliances = null, IEnumerable<ActorRelation>? relations = null,
        IEnumerable<Place>? places = null, IEnumerable<Source>? sources = null, IEnumerable<Report>? reports = null,
        IEnumerable<Claim>? claims = null, IEnumerable<ConflictEvent>? events = null, ExtensionData? extensions = null)
    {
        Actors = ValueList<Actor>.From(actors, nameof(actors));
        Alliances = ValueList<Alliance>.From(alliances, nameof(alliances));
        Relations = ValueList<ActorRelation>.From(relations, nameof(relations));
        Places = ValueList<Place>.From(places, nameof(places));
        Sources = ValueList<Source>.From(sources, nameof(sources));
        Reports = ValueList<Report>.From(reports, nameof(reports));
        Claims = ValueList<Claim>.From(claims, nameof(claims));
        Events = ValueList<ConflictEvent>.From(events, nameof(events));
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>
    /// Initializes a dossier that holds the entities of a header and other events, and shares the
    /// header's lookups instead of building them again: a window of a stream. With
    /// <paramref name="claims"/>, the window holds those claims instead of the header's, and its
    /// lookups of claims are its own.
    /// </summary>
    internal Dossier(Dossier header, IReadOnlyList<Claim>? claims, IReadOnlyList<ConflictEvent> events)
    {
        Actors = header.Actors;
        Alliances = header.Alliances;
        Relations = header.Relations;
        Places = header.Places;
        Sources = header.Sources;
        Reports = header.Reports;
        Claims = claims is null ? header.Claims : ValueList<Claim>.From(claims, nameof(claims));
        Events = ValueList<ConflictEvent>.From(events, nameof(events));
        Extensions = header.Extensions;
        indexes = new Indexes(header.Index, claims is null ? null : Claims, Events);
    }

    /// <summary>Gets a dossier with nothing in it.</summary>
    public static Dossier Empty { get; } = new();

    /// <summary>Gets the actors, in the order given.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Gets the alliances, in the order given.</summary>
    public IReadOnlyList<Alliance> Alliances { get; }

    /// <summary>Gets the relations between actors, in the order given.</summary>
    public IReadOnlyList<ActorRelation> Relations { get; }

    /// <summary>Gets the places, in the order given.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Gets the sources, in the order given.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets the reports, in the order given.</summary>
    public IReadOnlyList<Report> Reports { get; }

    /// <summary>Gets the claims, in the order given.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Gets the events, in the order given.</summary>
    public IReadOnlyList<ConflictEvent> Events { get; }

    /// <summary>Gets host data and top-level members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    // Read the field first: the factory captures this, so passing it would allocate a delegate on every lookup.
    private Indexes Index => Volatile.Read(ref indexes) ?? LazyInitializer.EnsureInitialized(ref indexes, () => new Indexes(this));

    /// <summary>Returns a builder that starts from this dossier's entities.</summary>
    /// <returns>A new builder.</returns>
    public DossierBuilder ToBuilder() => new(this);

    /// <summary>Finds an actor by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first actor with that id, or null.</returns>
    public Actor? Find(ActorId id) => Index.Actors.Find(id.TextOrNull);

    /// <summary>Finds an alliance by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first alliance with that id, or null.</returns>
    public Alliance? Find(AllianceId id) => Index.Alliances.Find(id.TextOrNull);

    /// <summary>Finds a relation by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first relation with that id, or null.</returns>
    public ActorRelation? Find(RelationId id) => Index.Relations.Find(id.TextOrNull);

    /// <summary>Finds a place by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first place with that id, or null.</returns>
    public Place? Find(PlaceId id) => Index.Places.Find(id.TextOrNull);

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first source with that id, or null.</returns>
    public Source? Find(SourceId id) => Index.Sources.Find(id.TextOrNull);

    /// <summary>Finds a report by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first report with that id, or null.</returns>
    public Report? Find(ReportId id) => Index.Reports.Find(id.TextOrNull);

    /// <summary>Finds a claim by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first claim with that id, or null.</returns>
    public Claim? Find(ClaimId id) => Index.Claims.Find(id.TextOrNull);

    /// <summary>Finds an event by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The first event with that id, or null.</returns>
    public ConflictEvent? Find(EventId id) => Index.Events.Find(id.TextOrNull);

    /// <summary>Returns the position in <see cref="Claims"/> of the first claim with an id, or -1.</summary>
    internal int PositionOf(ClaimId id) => Index.Claims.PositionOf(id.TextOrNull);

    /// <summary>Returns the position in <see cref="Events"/> of the first event with an id, or -1.</summary>
    internal int PositionOf(EventId id) => Index.Events.PositionOf(id.TextOrNull);

    /// <summary>Returns the position in <see cref="Reports"/> of the first report with an id, or -1.</summary>
    internal int PositionOf(ReportId id) => Index.Reports.PositionOf(id.TextOrNull);

    /// <summary>Gets the id text of each claim by position (null for the default id), read without touching the claims.</summary>
    internal ReadOnlySpan<string?> ClaimIdTexts => Index.Claims.Texts;

    /// <summary>Gets the id text of each event by position (null for the default id), read without touching the events.</summary>
    internal ReadOnlySpan<string?> EventIdTexts => Index.Events.Texts;

    /// <summary>Gets the id text of each report by position (null for the default id), read without touching the reports.</summary>
    internal ReadOnlySpan<string?> ReportIdTexts => Index.Reports.Texts;

    /// <summary>
    /// Tells whether every entity has an id of its own: none without one, no id declared twice,
    /// whether by two entities of one kind or of two kinds. It looks each id of the smaller of two
    /// kinds up among the ids of the larger, so it costs far fewer lookups than a table of every id.
    /// </summary>
    internal bool IdsAreDistinct()
    {
        var kinds = Index.ByKind;
        int[] counts = [Actors.Count, Alliances.Count, Relations.Count, Places.Count, Sources.Count, Reports.Count, Claims.Count, Events.Count];
        for (int k = 0; k < kinds.Length; k++)
        {
            if (kinds[k].HasUnnamed || kinds[k].KeyCount != counts[k])
            {
                return false;
            }
        }
        for (int a = 0; a < kinds.Length; a++)
        {
            for (int b = a + 1; b < kinds.Length; b++)
            {
                var (small, large) = kinds[a].KeyCount <= kinds[b].KeyCount ? (kinds[a], kinds[b]) : (kinds[b], kinds[a]);
                if (large.KeyCount == 0)
                {
                    continue;
                }
                if (small.AnyIn(large))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Returns the kind (0 for actors to 7 for events, in the order of the document) of the entity with an id text, or -1; only for a dossier whose ids are distinct.</summary>
    internal int KindOf(string id)
    {
        var kinds = Index.ByKind;
        for (int k = 0; k < kinds.Length; k++)
        {
            if (kinds[k].Has(id))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Returns the position of the first entity of one kind (0 for actors to 7 for events) with an id text, or -1.</summary>
    internal int PositionOf(int kind, string id) => Index.ByKind[kind].PositionOf(id);

    /// <summary>Gets whether an id has a capital letter or a character beyond ASCII: without one, no two ids can differ only by case.</summary>
    internal bool AnyIdWithCapital
    {
        get
        {
            foreach (var kind in Index.ByKind)
            {
                if (kind.AnyCapital)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Returns the distinct id texts of one kind (0 for actors to 7 for events).</summary>
    internal IEnumerable<string> IdsOf(int kind) => Index.ByKind[kind].Keys;

    /// <summary>Gets whether no two events share an id, so that each event is the first with its id.</summary>
    internal bool HasDistinctEventIds => Index.Events.Count == Events.Count;

    /// <summary>Gets whether no two reports share an id, so that each report is the first with its id.</summary>
    internal bool HasDistinctReportIds => Index.Reports.Count == Reports.Count;

    /// <summary>Tells whether the dossier holds an entity with the given id, of the kind the id names.</summary>
    /// <param name="id">Any entity id.</param>
    /// <returns>True when such an entity exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(IEntityId id) => Preconditions.CheckNotNull(id) switch
    {
        ActorId a => Index.Actors.Find(a.Value) is not null,
        AllianceId a => Index.Alliances.Find(a.Value) is not null,
        RelationId r => Index.Relations.Find(r.Value) is not null,
        PlaceId p => Index.Places.Find(p.Value) is not null,
        SourceId s => Index.Sources.Find(s.Value) is not null,
        ReportId r => Index.Reports.Find(r.Value) is not null,
        ClaimId c => Index.Claims.Find(c.Value) is not null,
        EventId e => Index.Events.Find(e.Value) is not null,
        _ => false,
    };

    /// <inheritdoc />
    public bool Equals(Dossier? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Actors.Equals(other.Actors) && Alliances.Equals(other.Alliances) && Relations.Equals(other.Relations)
            && Places.Equals(other.Places) && Sources.Equals(other.Sources) && Reports.Equals(other.Reports)
            && Claims.Equals(other.Claims) && Events.Equals(other.Events) && Extensions.Equals(other.Extensions)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Dossier other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Actors, Alliances, Relations, Places, Sources, Reports, Claims, Events);

    /// <summary>Compares two dossiers by content.</summary>
    /// <param name="left">The first dossier.</param>
    /// <param name="right">The second dossier.</param>
    /// <returns>True when both are null or hold equal entities in the same order.</returns>
    public static bool operator ==(Dossier? left, Dossier? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two dossiers by content.</summary>
    /// <param name="left">The first dossier.</param>
    /// <param name="right">The second dossier.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Dossier? left, Dossier? right) => !(left == right);

    /// <summary>Returns the number of entities of each kind.</summary>
    /// <returns>Such as <c>Dossier (12 actors, 3 alliances, …)</c>.</returns>
    public override string ToString() =>
        $"Dossier ({Counted.Of(Actors.Count, "actor", "actors")}, {Counted.Of(Alliances.Count, "alliance", "alliances")}, " +
        $"{Counted.Of(Relations.Count, "relation", "relations")}, {Counted.Of(Places.Count, "place", "places")}, " +
        $"{Counted.Of(Sources.Count, "source", "sources")}, {Counted.Of(Reports.Count, "report", "reports")}, " +
        $"{Counted.Of(Claims.Count, "claim", "claims")}, {Counted.Of(Events.Count, "event", "events")})";
}
