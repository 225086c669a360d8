using System.Collections.Generic;

namespace ConflictModel;

/// <summary>Asserts that an event happened as the dossier records it, and, when the source gives one, on which date.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EventAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="event">The event.</param>
    /// <param name="when">
    /// The date the source gives the event, or null when it gives none of its own (the event's date stands). Two reports
    /// of one event that put it on different days (the army's "Wednesday", the agency's "Thursday") are two event
    /// assertions with different dates, which contradict each other.
    /// </param>
    /// <exception cref="System.ArgumentException"><paramref name="event"/> is the default id.</exception>
    public EventAssertion(EventId @event, FuzzyDate? when = null)
    {
        Event = Checks.Id(@event);
        When = when;
    }

    /// <summary>Gets the event.</summary>
    public EventId Event { get; }

    /// <summary>Gets the date the source gives the event, or null.</summary>
    public FuzzyDate? When { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("event", Event);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References => [Event];

    /// <inheritdoc />
    /// <remarks>
    /// Two assertions that the same event happened agree, unless both give a date and the dates do not overlap: then
    /// they contradict each other. An undated one agrees with any.
    /// </remarks>
    public override AssertionComparison CompareWith(ClaimAssertion other)
    {
        Preconditions.CheckNotNull(other);
        if (other is not EventAssertion e || e.Event != Event)
        {
            return AssertionComparison.Unrelated;
        }
        return When is { } w && e.When is { } ew && !w.Overlaps(ew) ? AssertionComparison.Contradicts : AssertionComparison.Agrees;
    }

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>event capture-boukamal happened</c> or <c>event capture-boukamal happened on 2017-11-09</c>.</returns>
    public override string ToString() => When is { } when ? $"event {Event} happened on {when}" : $"event {Event} happened";
}
