using System.Collections.Generic;

namespace ConflictModel;

/// <summary>Asserts a relation between two actors, recorded in the dossier as an <see cref="ActorRelation"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RelationAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="relation">The relation.</param>
    /// <exception cref="System.ArgumentException"><paramref name="relation"/> is the default id.</exception>
    public RelationAssertion(RelationId relation) => Relation = Checks.Id(relation);

    /// <summary>Gets the relation.</summary>
    public RelationId Relation { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("relation", Relation);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References => [Relation];

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>relation russia-supports-army holds</c>.</returns>
    public override string ToString() => $"relation {Relation} holds";
}
