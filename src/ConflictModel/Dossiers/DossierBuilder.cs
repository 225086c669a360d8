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
    private readonly List<Actor> actors = [];
    private readonly List<Alliance> alliances = [];
    private readonly List<ActorRelation> relations = [];
    private readonly List<Place> places = [];
    private readonly List<Source> sources = [];
    private readonly List<Report> reports = [];
    private readonly List<Claim> claims = [];
    private readonly List<ConflictEvent> events = [];
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

    /// <summary>Adds an actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The actor's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public ActorId Add(Actor actor) => Append(actors, actor).Id;

    /// <summary>Adds an alliance.</summary>
    /// <param name="alliance">The alliance.</param>
    /// <returns>The alliance's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alliance"/> is null.</exception>
    public AllianceId Add(Alliance alliance) => Append(alliances, alliance).Id;

    /// <summary>Adds a relation between actors.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The relation's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> is null.</exception>
    public RelationId Add(ActorRelation relation) => Append(relations, relation).Id;

    /// <summary>Adds a place.</summary>
    /// <param name="place">The place.</param>
    /// <returns>The place's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> is null.</exception>
    public PlaceId Add(Place place) => Append(places, place).Id;

    /// <summary>Adds a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The source's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public SourceId Add(Source source) => Append(sources, source).Id;

    /// <summary>Adds a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ReportId Add(Report report) => Append(reports, report).Id;

    /// <summary>Adds a claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The claim's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public ClaimId Add(Claim claim) => Append(claims, claim).Id;

    /// <summary>Adds an event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The event's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public EventId Add(ConflictEvent @event) => Append(events, @event).Id;

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
        int index = events.FindIndex(e => e.Id == id);
        Preconditions.CheckArgument(index >= 0, nameof(id), $"The builder has no event with id \"{id}\".");
        events[index] = change(events[index]) ?? throw new ArgumentNullException(nameof(change), "The change returned null.");
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
    public Dossier Build() => new(actors, alliances, relations, places, sources, reports, claims, events, extensions);

    private static T Append<T>(List<T> list, T item)
        where T : class
    {
        list.Add(Preconditions.CheckNotNull(item));
        return item;
    }

    private static NameSet Names(string name, LanguageTag? language, IEnumerable<string>? aliases) =>
        new(new Name(name, language), aliases?.Select(a => new Name(a, language, NameUse.Alias)));
}
