using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// Who controlled a place on a date, what the answer rests on, and the claims behind it, so that
/// the answer can be shown with its attribution.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ControlAnswer
{
    internal ControlAnswer(PlaceId place, LocalDate date, ActorId? controller, ControlBasis basis, EventId? @event, IReadOnlyList<ClaimId> claims,
        IReadOnlyList<ClaimId>? disputes = null)
    {
        Disputes = ValueList<ClaimId>.From(disputes, nameof(disputes));
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

    /// <summary>
    /// Gets the claims of fact that say the answer is wrong, in dossier order: denials of the event
    /// or change of control behind it, denials that the controller held the place on the date, and
    /// claims that another actor held it on the date.
    /// </summary>
    public IReadOnlyList<ClaimId> Disputes { get; }

    /// <summary>Gets a value indicating whether some claim disputes the answer.</summary>
    public bool IsDisputed => Disputes.Count > 0;

    /// <summary>Returns the answer as a person reads it: place, date, controller, what it rests on and the claims behind it.</summary>
    /// <returns>
    /// Such as <c>boukamal on 2017-11-10: syrian-army, after capture-of-boukamal (claims: army-liberated-boukamal)</c>;
    /// the controller reads <c>nobody</c> when there was none, and <c>unknown</c> when a contested date leaves it open;
    /// disputing claims follow the claims (<c>…; disputed by is-denies-loss</c>).
    /// </returns>
    public override string ToString()
    {
        string controller = Controller is { } c ? c.ToString() : Basis == ControlBasis.Contested ? "unknown" : "nobody";
        string basis = Basis switch
        {
            ControlBasis.AfterChange => Event is { } e ? "after " + e : "after a change of control",
            ControlBasis.BeforeChange => Event is { } e ? "before " + e : "before a change of control",
            ControlBasis.Asserted => "asserted",
            ControlBasis.Contested => Event is { } e ? "contested during " + e : "contested",
            _ => Basis.ToString(),
        };
        string claims = Claims.Count == 0 ? "no claims" : "claims: " + string.Join(", ", Claims);
        string disputed = Disputes.Count == 0 ? string.Empty : "; disputed by " + string.Join(", ", Disputes);
        return $"{Place} on {Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: {controller}, {basis} ({claims}{disputed})";
    }
}
