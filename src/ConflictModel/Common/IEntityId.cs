namespace ConflictModel;

/// <summary>
/// The identity of an entity in a dossier: a short text, unique across the dossier, that other
/// entities use to refer to it. Each entity kind has its own id type so that a reference to the
/// wrong kind does not compile.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IEntityId
{
    /// <summary>Gets the text of the id.</summary>
    /// <exception cref="System.InvalidOperationException">The id is the default value of its type, which has no text (see <see cref="IsDefault"/>).</exception>
    string Value { get; }

    /// <summary>Gets a value indicating whether the id is the default value of its type, which has no text and is never a valid reference.</summary>
    bool IsDefault { get; }

    /// <summary>Gets the kind of entity the id identifies, in lower case ("actor", "place", …).</summary>
    string EntityKind { get; }
}
