using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Asserts that control of a place passed from one actor to another ("chassé de Boukamal par le
/// régime"), optionally through a given event and on a given date.
/// </summary>
/// <remarks>
/// Two such assertions about the same place agree when they name the same new controller and
/// their dates may coincide, and contradict when their dates may coincide but the new
/// controllers differ. This type is immutable and thread-safe.
/// </remarks>
public sealed record ControlChangeAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="place">The place.</param>
    /// <param name="from">The actor that lost control, or null when unknown or nobody.</param>
    /// <param name="to">The actor that gained control, or null when unknown or nobody.</param>
    /// <param name="when">When control changed, or null when unknown.</param>
    /// <param name="event">The event through which it changed, or null.</param>
    /// <exception cref="System.ArgumentException">An id is the default value.</exception>
    public ControlChangeAssertion(PlaceId place, ActorId? from, ActorId? to, FuzzyDate? when = null, EventId? @event = null)
    {
        Place = Checks.Id(place);
        From = Checks.OptionalId(from);
        To = Checks.OptionalId(to);
        When = when;
        Event = Checks.OptionalId(@event);
    }

    /// <summary>Gets the place.</summary>
    public PlaceId Place { get; }

    /// <summary>Gets the actor that lost control, or null.</summary>
    public ActorId? From { get; }

    /// <summary>Gets the actor that gained control, or null.</summary>
    public ActorId? To { get; }

    /// <summary>Gets when control changed, or null.</summary>
    public FuzzyDate? When { get; }

    /// <summary>Gets the event through which control changed, or null.</summary>
    public EventId? Event { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("control-change", Place);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References =>
        new IEntityId?[] { Place, From, To, Event }.OfType<IEntityId>();

    /// <inheritdoc />
    /// <remarks>
    /// Two changes of the place are the same change when they name the same event or their dates
    /// overlap; then they agree if control passed to the same actor and contradict otherwise. A
    /// change with neither date nor event agrees with a change to the same actor (from the same
    /// actor, where both say), so that an undated denial is matched against the dated claims it
    /// denies; otherwise changes are unrelated.
    /// </remarks>
    public override AssertionComparison CompareWith(ClaimAssertion other)
    {
        Preconditions.CheckNotNull(other);
        if (other is not ControlChangeAssertion c || c.Place != Place)
        {
            return AssertionComparison.Unrelated;
        }
        bool sameChange = (Event is { } e && c.Event == e) || (When is { } w && c.When is { } cw && w.Overlaps(cw));
        if (!sameChange)
        {
            // A change given with neither date nor event ("the army denies taking the town") is the
            // change to the same actor that another claim dates: the same change, unless the actors
            // it passed from differ. To another actor, it could be any other change of the place.
            bool undated = (When is null && Event is null) || (c.When is null && c.Event is null);
            bool sameActors = To is not null && c.To == To && (From is null || c.From is null || c.From == From);
            return undated && sameActors ? AssertionComparison.Agrees : AssertionComparison.Unrelated;
        }
        return c.To == To ? AssertionComparison.Agrees : AssertionComparison.Contradicts;
    }

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>control of boukamal passed from is to syrian-army on 2017-11-09</c>.</returns>
    public override string ToString() =>
        $"control of {Place} passed from {From?.ToString() ?? "?"} to {To?.ToString() ?? "?"}" + (When is { } w ? $" on {w}" : string.Empty);
}
