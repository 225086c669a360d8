namespace ConflictModel;

/// <summary>An actor taking part in an event, with its role.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Participant
{
    /// <summary>Initializes a participant.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="role">Its role in the event.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="System.ArgumentException">The id or the role is the default value.</exception>
    public Participant(ActorId actor, ParticipantRole role, ExtensionData? extensions = null)
    {
        Actor = Checks.Id(actor);
        Role = Checks.Term(role);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the actor.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets its role in the event.</summary>
    public ParticipantRole Role { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Returns the actor and role.</summary>
    /// <returns>Such as <c>syrian-army (side-a)</c>.</returns>
    public override string ToString() => $"{Actor} ({Role})";
}
