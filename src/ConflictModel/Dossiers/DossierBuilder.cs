using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Collects the entities of a dossier, in any order, and builds the immutable
/// <see cref="Dossier"/>. Each <c>Add</c> returns the new entity's id, ready to be referred to.
/// </summary>
/// <remarks>
/// <para>The builder does not reject duplicate ids or dangling references: a dossier is built as
/// given, and validation reports what is wrong with it. Entities themselves check their
/// arguments when they are created.</para>
/// <para>This type is not thread-safe: use one builder from one thread at a time.</para>
/// </remarks>
public sealed class DossierBuilder
{
    private readonly Entities<Actor> actors = new(e => e.Id.TextOrNull);
    private readonly Entities<Alliance> alliances = new(e => e.Id.TextOrNull);
    private readonly Entities<ActorRelation> relations = new(e => e.Id.TextOrNull);
    private readonly Entities<Place> places = new(e => e.Id.TextOrNull);
    private readonly Entities<Source> sources = new(e => e.Id.TextOrNull);
    private readonly Entities<Report> reports = new(e => e.Id.TextOrNull);
    private readonly Entities<Claim> claims = new(e => e.Id.TextOrNull);
    private readonly Entities<ConflictEvent> events = new(e => e.Id.TextOrNull);
    private ExtensionData extensions = ExtensionData.Empty;

    /// <summary>Initializes an empty builder.</summary>
    public DossierBuilder()
    {
    }

    /// <summary>Initializes a builder with the entities of a dossier.</summary>
    /// <param name="dossier">The dossier to start from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public DossierBuilder(Dossier dossier)
    {
        Preconditions.CheckNotNull(dossier);
        actors.AddRange(dossier.Actors);
        alliances.AddRange(dossier.Alliances);
        relations.AddRange(dossier.Relations);
        places.AddRange(dossier.Places);
        sources.AddRange(dossier.Sources);
        reports.AddRange(dossier.Reports);
        claims.AddRange(dossier.Claims);
        events.AddRange(dossier.Events);
        Extensions = dossier.Extensions;
    }

    /// <summary>Gets or sets the dossier's own extension data: host data and top-level members this library does not know.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ExtensionData Extensions
    {
        get => extensions;
        set => extensions = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets the number of entities added so far, of every kind.</summary>
    public int Count => actors.Count + alliances.Count + relations.Count + places.Count + sources.Count + reports.Count + claims.Count + events.Count;

    /// <summary>Gets the actors added so far, in order; the view follows later additions.</summary>
    public IReadOnlyList<Actor> Actors => actors.View;

    /// <summary>Gets the alliances added so far, in order; the view follows later additions.</summary>
    public IReadOnlyList<Alliance> Alliances => alliances.View;

    /// <summary>Gets the relations added so far, in order; the view follows later additions.</summary>
    public IReadOnlyList<ActorRelation> Relations => relations.View;

    /// <summary>Gets the places added so far, in order; the view follows later additions.</summary>
    public IReadOnlyList<Place> Places => places.View;

    /// <summary>Gets the sources added so far, in order; the view follows later additions.</summary>
    public IReadOnlyList<Source> Sources => sources.View;

    /// <summary>Gets the reports added so far, in order; the view follows later additions.</summary>
    public IReadOnlyList<Report> Reports => reports.View;

    /// <summary>Gets the claims added so far, in order; the view follows later additions.</summary>
    public IReadOnlyList<Claim> Claims => claims.View;

    /// <summary>Gets the events added so far, in order, as last updated; the view follows later additions.</summary>
    public IReadOnlyList<ConflictEvent> Events => events.View;

    /// <summary>Finds the first actor added with an id, as <see cref="Dossier.Find(ActorId)"/> will.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The actor, or null when none has that id (or the id is the default value).</returns>
    public Actor? Find(ActorId id) => actors.Find(id.TextOrNull);

    /// <summary>Finds the first alliance added with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The alliance, or null when none has that id.</returns>
    public Alliance? Find(AllianceId id) => alliances.Find(id.TextOrNull);

    /// <summary>Finds the first relation added with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The relation, or null when none has that id.</returns>
    public ActorRelation? Find(RelationId id) => relations.Find(id.TextOrNull);

    /// <summary>Finds the first place added with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The place, or null when none has that id.</returns>
    public Place? Find(PlaceId id) => places.Find(id.TextOrNull);

    /// <summary>Finds the first source added with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The source, or null when none has that id.</returns>
    public Source? Find(SourceId id) => sources.Find(id.TextOrNull);

    /// <summary>Finds the first report added with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The report, or null when none has that id.</returns>
    public Report? Find(ReportId id) => reports.Find(id.TextOrNull);

    /// <summary>Finds the first claim added with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The claim, or null when none has that id.</returns>
    public Claim? Find(ClaimId id) => claims.Find(id.TextOrNull);

    /// <summary>Finds the first event added with an id, as last updated.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The event, or null when none has that id.</returns>
    public ConflictEvent? Find(EventId id) => events.Find(id.TextOrNull);

    /// <summary>Adds an actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The actor's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public ActorId Add(Actor actor) => actors.Add(actor).Id;

    /// <summary>Adds an alliance.</summary>
    /// <param name="alliance">The alliance.</param>
    /// <returns>The alliance's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alliance"/> is null.</exception>
    public AllianceId Add(Alliance alliance) => alliances.Add(alliance).Id;

    /// <summary>Adds a relation between actors.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The relation's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> is null.</exception>
    public RelationId Add(ActorRelation relation) => relations.Add(relation).Id;

    /// <summary>Adds a place.</summary>
    /// <param name="place">The place.</param>
    /// <returns>The place's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public PlaceId Add(Place place) => places.Add(place).Id;

    /// <summary>Adds a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The source's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public SourceId Add(Source source) => sources.Add(source).Id;

    /// <summary>Adds a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ReportId Add(Report report) => reports.Add(report).Id;

    /// <summary>Adds a claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The claim's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public ClaimId Add(Claim claim) => claims.Add(claim).Id;

    /// <summary>Adds an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The event's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public EventId Add(ConflictEvent @event) => events.Add(@event).Id;

    /// <summary>Adds an actor built from its id text, primary name and kind.</summary>
    /// <param name="id">The id text.</param>
    /// <param name="name">The primary name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language of the primary name, or null.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country, or null.</param>
    /// <param name="parent">The parent actor, or null.</param>
    /// <param name="aliases">Other names, tagged with <paramref name="language"/>.</param>
    /// <returns>The actor's id.</returns>
    /// <exception cref="ArgumentException">An argument is malformed (see <see cref="Actor"/>).</exception>
    public ActorId AddActor(string id, string name, ActorKind kind, LanguageTag? language = null, string? country = null,
        ActorId? parent = null, IEnumerable<string>? aliases = null) =>
        Add(new Actor(new ActorId(id), Names(name, language, aliases), kind, country, parent));

    /// <summary>Adds a place built from its id text, primary name and kind.</summary>
    /// <param name="id">The id text.</param>
    /// <param name="name">The primary name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="parent">The containing place, or null.</param>
    /// <param name="location">A point, or null.</param>
    /// <param name="precision">The point's precision; required with a point.</param>
    /// <param name="language">The language of the primary name, or null.</param>
    /// <param name="aliases">Other names, tagged with <paramref name="language"/>.</param>
    /// <returns>The place's id.</returns>
    /// <exception cref="ArgumentException">An argument is malformed (see <see cref="Place"/>).</exception>
    public PlaceId AddPlace(string id, string name, PlaceKind kind, PlaceId? parent = null, GeoPoint? location = null,
        SpatialPrecision? precision = null, LanguageTag? language = null, IEnumerable<string>? aliases = null) =>
        Add(new Place(new PlaceId(id), Names(name, language, aliases), kind, parent, location, precision));

    /// <summary>Adds a source built from its id text, primary name and kind.</summary>
    /// <param name="id">The id text.</param>
    /// <param name="name">The primary name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="reliability">The reliability grade.</param>
    /// <param name="isPartyToConflict">Whether the source speaks for a party to the conflict.</param>
    /// <param name="speaksFor">The actor it speaks for, or null.</param>
    /// <param name="organization">The organisation it belongs to, or null.</param>
    /// <param name="affiliation">The described affiliation of an anonymous source, or null.</param>
    /// <returns>The source's id.</returns>
    /// <exception cref="ArgumentException">An argument is malformed (see <see cref="Source"/>).</exception>
    public SourceId AddSource(string id, string name, SourceKind kind, Reliability reliability = Reliability.F, bool isPartyToConflict = false,
        ActorId? speaksFor = null, SourceId? organization = null, string? affiliation = null) =>
        Add(new Source(new SourceId(id), new NameSet(name), kind, reliability, isPartyToConflict, speaksFor, organization, affiliation));

    /// <summary>Adds a claim built from its id text, assertion and attribution.</summary>
    /// <param name="id">The id text.</param>
    /// <param name="assertion">What is asserted.</param>
    /// <param name="attribution">Who asserted it and through whom.</param>
    /// <param name="report">The report that carries it, or null.</param>
    /// <param name="quote">The verbatim words, or null.</param>
    /// <param name="wording">The source's word beside a neutral term, or null.</param>
    /// <param name="credibility">The credibility grade.</param>
    /// <param name="modality">The modality.</param>
    /// <returns>The claim's id.</returns>
    /// <exception cref="ArgumentException">An argument is malformed (see <see cref="Claim"/>).</exception>
    public ClaimId AddClaim(string id, ClaimAssertion assertion, Attribution attribution, ReportId? report = null, Quote? quote = null,
        Wording? wording = null, Credibility credibility = Credibility.CannotBeJudged, Modality modality = Modality.Asserted) =>
        Add(new Claim(new ClaimId(id), assertion, attribution, report, quote, wording, credibility, modality));

    /// <summary>Replaces the first event with the given id by the result of <paramref name="change"/>.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="change">Returns the new event from the old one, typically through its "with" methods.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null or returns null.</exception>
    /// <exception cref="ArgumentException">No event has that id.</exception>
    public DossierBuilder Update(EventId id, Func<ConflictEvent, ConflictEvent> change)
    {
        Preconditions.CheckNotNull(change);
        int index = events.IndexOf(id.TextOrNull);
        Preconditions.CheckArgument(index >= 0, nameof(id), $"The builder has no event with id \"{id}\".");
        events.Replace(index, change(events[index]) ?? throw new ArgumentNullException(nameof(change), "The change returned null."));
        return this;
    }

    /// <summary>Lists a claim among the claims that support an event.</summary>
    /// <param name="event">The event's id.</param>
    /// <param name="claim">The claim's id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No event has that id, or the claim id is the default value.</exception>
    public DossierBuilder Support(EventId @event, ClaimId claim) => Update(@event, e => e.WithClaim(claim));

    /// <summary>Builds the dossier from everything added so far. The builder can go on being used.</summary>
    /// <returns>A new dossier.</returns>
    public Dossier Build() => new(actors.View, alliances.View, relations.View, places.View, sources.View, reports.View, claims.View, events.View, extensions);

    private static NameSet Names(string name, LanguageTag? language, IEnumerable<string>? aliases) =>
        new(new Name(name, language), aliases?.Select(a => new Name(a, language, NameUse.Alias)));

    /// <summary>
    /// The entities of one kind in the order added, with the position of the first of each id text. The positions by id are
    /// worked out the first time an entity is looked up, and kept up to date from then on: a builder that is only added
    /// to, as a reader's is, never hashes an id.
    /// </summary>
    /// <typeparam name="T">The kind of entity.</typeparam>
    private sealed class Entities<T>(Func<T, string?> idOf)
        where T : class
    {
        private readonly List<T> items = [];
        private Dictionary<string, int>? first;
        private System.Collections.ObjectModel.ReadOnlyCollection<T>? view;

        internal int Count => items.Count;

        internal IReadOnlyList<T> View => view ??= items.AsReadOnly();

        internal T this[int index] => items[index];

        internal T Add(T item)
        {
            Preconditions.CheckNotNull(item);
            if (first is not null && idOf(item) is { } id)
            {
                first.TryAdd(id, items.Count);
            }
            items.Add(item);
            return item;
        }

        internal void AddRange(IEnumerable<T> range)
        {
            foreach (var item in range)
            {
                Add(item);
            }
        }

        internal int IndexOf(string? id) => id is not null && Positions().TryGetValue(id, out int index) ? index : -1;

        internal T? Find(string? id) => IndexOf(id) is >= 0 and var index ? items[index] : null;

        /// <summary>Puts another entity at a position; when its id differs, the positions by id are worked out again.</summary>
        internal void Replace(int index, T item)
        {
            string? before = idOf(items[index]);
            items[index] = item;
            if (!string.Equals(before, idOf(item), StringComparison.Ordinal))
            {
                first = null;
            }
        }

        /// <summary>The position of the first entity of each id text, worked out from the entities when first needed.</summary>
        private Dictionary<string, int> Positions()
        {
            if (first is null)
            {
                var positions = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
                for (int i = 0; i < items.Count; i++)
                {
                    if (idOf(items[i]) is { } id)
                    {
                        positions.TryAdd(id, i);
                    }
                }
                first = positions;
            }
            return first;
        }
    }
}
