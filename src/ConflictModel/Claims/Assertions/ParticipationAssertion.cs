using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// Asserts that an actor took part in an event in a role ("l'offensive a été menée notamment par
/// des combattants du Hezbollah libanais").
/// </summary>
/// <remarks>
/// Two such assertions about the same event and actor agree when the roles are equal and
/// contradict when they differ. This type is immutable and thread-safe.
/// </remarks>
public sealed record ParticipationAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="event">The event.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="role">Its role in the event.</param>
    /// <exception cref="System.ArgumentException">An id or the role is the default value.</exception>
    public ParticipationAssertion(EventId @event, ActorId actor, ParticipantRole role)
    {
        Event = Checks.Id(@event);
        Actor = Checks.Id(actor);
        Role = Checks.Term(role);
    }

    /// <summary>Gets the event.</summary>
    public EventId Event { get; }

    /// <summary>Gets the actor.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the actor's role in the event.</summary>
    public ParticipantRole Role { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("participation", Event, Actor);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References => [Event, Actor];

    /// <inheritdoc />
    public override AssertionComparison CompareWith(ClaimAssertion other) => Preconditions.CheckNotNull(other) switch
    {
        ParticipationAssertion p when p.Event == Event && p.Actor == Actor =>
            p.Role == Role ? AssertionComparison.Agrees : AssertionComparison.Contradicts,
        _ => AssertionComparison.Unrelated,
    };

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>hezbollah took part in capture-boukamal as side-a</c>.</returns>
    public override string ToString() => $"{Actor} took part in {Event} as {Role}";
}
