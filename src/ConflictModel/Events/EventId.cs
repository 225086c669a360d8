namespace ConflictModel;

/// <summary>Identifies an <see cref="ConflictEvent"/> within a dossier.</summary>
/// <remarks>
/// The text follows <see cref="EntityIdSyntax"/>; ids compare ordinally. The default value has no
/// text and is never a valid reference: <c>IsDefault</c> tells it, and its <c>Value</c> throws. The
/// members are written by the build from one template for every id type. This type is immutable
/// and thread-safe.
/// </remarks>
[EntityId(EntityKinds.Event)]
public readonly partial record struct EventId;
