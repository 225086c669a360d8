namespace ConflictModel;

/// <summary>
/// The outcome of an event for the control of a place: who held it before and who holds it after.
/// A null actor means nobody, or nobody known.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ControlChange
{
    /// <summary>Initializes an outcome.</summary>
    /// <param name="place">The place.</param>
    /// <param name="from">The actor that held it before the event, or null.</param>
    /// <param name="to">The actor that holds it after the event, or null.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="System.ArgumentException">An id is the default value.</exception>
    public ControlChange(PlaceId place, ActorId? from, ActorId? to, ExtensionData? extensions = null)
    {
        Place = Checks.Id(place);
        this.from = Checks.OptionalId(from) ?? default;
        this.to = Checks.OptionalId(to) ?? default;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the place.</summary>
    public PlaceId Place { get; }

    /// <summary>Gets the actor that held the place before the event, or null.</summary>
    public ActorId? From => from.IsDefault ? null : from;

    /// <summary>Gets the actor that holds the place after the event, or null.</summary>
    public ActorId? To => to.IsDefault ? null : to;

    // The optional ids are kept as the non-null ids, whose default value stands for none: 8 bytes
    // each instead of 16.
    private readonly ActorId from;
    private readonly ActorId to;

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Returns the change.</summary>
    /// <returns>Such as <c>boukamal: is → syrian-army</c>.</returns>
    public override string ToString() => $"{Place}: {From?.ToString() ?? "?"} → {To?.ToString() ?? "?"}";
}
