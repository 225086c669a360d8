using System;

namespace ConflictModel;

/// <summary>
/// Marks a <c>readonly partial record struct</c> as the id of one kind of entity: the build writes its
/// members (ConflictModel.Generators.EntityIdGenerator), the same for every id type.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
internal sealed class EntityIdAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="EntityIdAttribute"/> class.</summary>
    /// <param name="kind">The entity kind, one of <see cref="EntityKinds"/>.</param>
    public EntityIdAttribute(string kind) => Kind = kind;

    /// <summary>Gets the entity kind.</summary>
    public string Kind { get; }
}
