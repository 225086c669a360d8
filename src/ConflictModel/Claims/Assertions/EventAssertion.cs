using System.Collections.Generic;

namespace ConflictModel;

/// <summary>Asserts that an event happened as the dossier records it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EventAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="event">The event.</param>
    /// <exception cref="System.ArgumentException"><paramref name="event"/> is the default id.</exception>
    public EventAssertion(EventId @event) => Event = Checks.Id(@event);

    /// <summary>Gets the event.</summary>
    public EventId Event { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("event", Event);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References => [Event];

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>event capture-boukamal happened</c>.</returns>
    public override string ToString() => $"event {Event} happened";
}
