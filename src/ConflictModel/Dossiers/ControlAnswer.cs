using System.Collections.Generic;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// Who controlled a place on a date, what the answer rests on, and the claims behind it, so that
/// the answer can be shown with its attribution.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ControlAnswer
{
    internal ControlAnswer(PlaceId place, LocalDate date, ActorId? controller, ControlBasis basis, EventId? @event, IReadOnlyList<ClaimId> claims)
    {
        Place = place;
        Date = date;
        Controller = controller;
        Basis = basis;
        Event = @event;
        Claims = claims;
    }

    /// <summary>Gets the place asked about.</summary>
    public PlaceId Place { get; }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the controller, or null when nobody held the place or, for <see cref="ControlBasis.Contested"/>, it is not known who did.</summary>
    public ActorId? Controller { get; }

    /// <summary>Gets what the answer rests on.</summary>
    public ControlBasis Basis { get; }

    /// <summary>Gets the event whose outcome gives the answer, or null when it rests on a claim alone.</summary>
    public EventId? Event { get; }

    /// <summary>Gets the claims behind the answer, in dossier order.</summary>
    public IReadOnlyList<ClaimId> Claims { get; }
}
