using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Something that happened: its type, its participants and their roles, the place and the date
/// with their precision, the outcome for the control of places, the figures, and the claims that
/// support it.
/// </summary>
/// <remarks>This type is immutable and thread-safe; the "with" methods return new instances.</remarks>
public sealed record ConflictEvent
{
    /// <summary>Initializes an event.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="type">The event's type.</param>
    /// <param name="date">When it happened, with the precision it is known to.</param>
    /// <param name="place">Where it happened, or null when unknown.</param>
    /// <param name="subType">The sub-type, or null.</param>
    /// <param name="participants">The actors that took part, with their roles.</param>
    /// <param name="outcomes">How control of places changed as a result.</param>
    /// <param name="figures">The figures of the event (killed, displaced…).</param>
    /// <param name="claims">The claims that support the event.</param>
    /// <param name="description">A neutral description, or null.</param>
    /// <param name="externalReferences">Ids of the event in other datasets.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <param name="time">The time of day, in the local time of the place, or null when the report does not give it.</param>
    /// <exception cref="ArgumentException">An id or term is the default value, or a list holds a null or a default id, or <paramref name="time"/> is the default value.</exception>
    public ConflictEvent(EventId id, EventType type, FuzzyDate date, PlaceId? place = null, SubEventType? subType = null,
        IEnumerable<Participant>? participants = null, IEnumerable<ControlChange>? outcomes = null,
        IEnumerable<Figure>? figures = null, IEnumerable<ClaimId>? claims = null, string? description = null,
        IEnumerable<ExternalReference>? externalReferences = null,
        ExtensionData? extensions = null, DayTime? time = null)
    {
        Time = time is { Precision: 0 } ? throw new ArgumentException("The default DayTime is not a time; create one with At, AtHour, Around or During.", nameof(time)) : time;
        Id = Checks.Id(id);
        Type = Checks.Term(type);
        Date = date;
        this.place = Checks.OptionalId(place) ?? default;
        this.subType = subType is { } s ? Checks.Term(s, nameof(subType)) : default;
        Participants = ValueList<Participant>.From(participants, nameof(participants));
        Outcomes = ValueList<ControlChange>.From(outcomes, nameof(outcomes));
        Figures = ValueList<Figure>.From(figures, nameof(figures));
        Claims = Checks.Ids(claims);
        Description = description;
        ExternalReferences = ValueList<ExternalReference>.From(externalReferences, nameof(externalReferences));
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the event's id.</summary>
    public EventId Id { get; }

    /// <summary>Gets the event's type.</summary>
    public EventType Type { get; }

    // The optional id and term are kept as their non-null types, whose default value stands for
    // none: a nullable struct holding a string takes 16 bytes, the struct alone 8.
    private readonly SubEventType subType;
    private readonly PlaceId place;

    /// <summary>Gets the event's sub-type, or null.</summary>
    public SubEventType? SubType => subType.Value is null ? null : subType;

    /// <summary>Gets when the event happened.</summary>
    public FuzzyDate Date { get; }

    /// <summary>Gets the time of day the event happened, in the local time of the place, or null when it is not known.</summary>
    /// <remarks>With <see cref="PartOfDay.Overnight"/>, <see cref="Date"/> spans the evening's date and the next.</remarks>
    public DayTime? Time { get; private init; }

    /// <summary>Gets where the event happened, or null.</summary>
    public PlaceId? Place => place.IsDefault ? null : place;

    /// <summary>Gets the actors that took part, with their roles.</summary>
    public IReadOnlyList<Participant> Participants { get; private init; }

    /// <summary>Gets how control of places changed as a result.</summary>
    public IReadOnlyList<ControlChange> Outcomes { get; private init; }

    /// <summary>Gets the figures of the event.</summary>
    public IReadOnlyList<Figure> Figures { get; private init; }

    /// <summary>Gets the claims that support the event.</summary>
    public IReadOnlyList<ClaimId> Claims { get; private init; }

    /// <summary>Gets a neutral description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the ids of the event in other datasets.</summary>
    public IReadOnlyList<ExternalReference> ExternalReferences { get; }

    /// <summary>Returns the actors with a given role.</summary>
    /// <param name="role">A role.</param>
    /// <returns>The actors, in the order given.</returns>
    public IEnumerable<ActorId> ActorsWithRole(ParticipantRole role) => Participants.Where(p => p.Role == role).Select(p => p.Actor);

    /// <summary>Returns a copy with another time of day.</summary>
    /// <param name="time">The time of day, or null.</param>
    /// <returns>A new event.</returns>
    /// <exception cref="ArgumentException"><paramref name="time"/> is the default value.</exception>
    [Pure]
    public ConflictEvent WithTime(DayTime? time) => time is { Precision: 0 }
        ? throw new ArgumentException("The default DayTime is not a time; create one with At, AtHour, Around or During.", nameof(time))
        : this with { Time = time };

    /// <summary>Returns a copy with one more participant.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>A new event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    [Pure]
    public ConflictEvent WithParticipant(Participant participant) =>
        this with { Participants = ValueList<Participant>.From(Participants.Append(Preconditions.CheckNotNull(participant)), nameof(participant)) };

    /// <summary>Returns a copy with one more outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>A new event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    [Pure]
    public ConflictEvent WithOutcome(ControlChange outcome) =>
        this with { Outcomes = ValueList<ControlChange>.From(Outcomes.Append(Preconditions.CheckNotNull(outcome)), nameof(outcome)) };

    /// <summary>Returns a copy with one more figure.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>A new event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    [Pure]
    public ConflictEvent WithFigure(Figure figure) =>
        this with { Figures = ValueList<Figure>.From(Figures.Append(Preconditions.CheckNotNull(figure)), nameof(figure)) };

    /// <summary>Returns a copy with one more supporting claim.</summary>
    /// <param name="claim">The claim's id.</param>
    /// <returns>A new event.</returns>
    /// <exception cref="ArgumentException"><paramref name="claim"/> is the default id.</exception>
    [Pure]
    public ConflictEvent WithClaim(ClaimId claim) => this with { Claims = Checks.Ids(Claims.Append(Checks.Id(claim))) };

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; private init; }

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new event.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public ConflictEvent WithExtensions(ExtensionData extensions) => this with { Extensions = Preconditions.CheckNotNull(extensions) };

    /// <summary>Returns the event's id, type, date and place.</summary>
    /// <returns>Such as <c>capture-boukamal: battles on 2017-11-09 at boukamal</c>.</returns>
    public override string ToString() => $"{Id}: {SubType?.ToString() ?? Type.ToString()} on {Date}" + (Place is { } p ? $" at {p}" : string.Empty);
}
