namespace ConflictModel;

/// <summary>
/// The identity of an entity in a dossier: a short text, unique across the dossier, that other
/// entities use to refer to it. Each entity kind has its own id type so that a reference to the
/// wrong kind does not compile.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IEntityId
{
    /// <summary>Gets the text of the id; null only for the default value of an id type, which is never valid.</summary>
    string Value { get; }

    /// <summary>Gets the kind of entity the id identifies, in lower case ("actor", "place", …).</summary>
    string EntityKind { get; }
}
