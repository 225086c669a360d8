using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// A relation from one actor to another ("Russia supports the Syrian army", "the Hachd al-Chaabi
/// supports Iraqi government forces", "the SDF fights the Islamic State") with the days it holds
/// and the claims that establish it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ActorRelation
{
    /// <summary>Initializes a relation.</summary>
    /// <param name="id">The relation's id.</param>
    /// <param name="subject">The actor the relation goes from.</param>
    /// <param name="kind">The kind of relation.</param>
    /// <param name="target">The actor the relation goes to.</param>
    /// <param name="validity">When the relation holds; <see cref="ValidityInterval.Always"/> when unknown.</param>
    /// <param name="claims">The claims that establish the relation.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentException">An id or the kind is the default value, or <paramref name="claims"/> holds a default id.</exception>
    public ActorRelation(RelationId id, ActorId subject, RelationKind kind, ActorId target, ValidityInterval validity = default, IEnumerable<ClaimId>? claims = null,
        ExtensionData? extensions = null)
    {
        Id = Checks.Id(id);
        Subject = Checks.Id(subject);
        Kind = Checks.Term(kind);
        Target = Checks.Id(target);
        Validity = validity;
        Claims = Checks.Ids(claims);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the relation's id.</summary>
    public RelationId Id { get; }

    /// <summary>Gets the actor the relation goes from.</summary>
    public ActorId Subject { get; }

    /// <summary>Gets the kind of relation.</summary>
    public RelationKind Kind { get; }

    /// <summary>Gets the actor the relation goes to.</summary>
    public ActorId Target { get; }

    /// <summary>Gets when the relation holds.</summary>
    public ValidityInterval Validity { get; }

    /// <summary>Gets the claims that establish the relation.</summary>
    public IReadOnlyList<ClaimId> Claims { get; }

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; private init; }

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new relation.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public ActorRelation WithExtensions(ExtensionData extensions) => this with { Extensions = Preconditions.CheckNotNull(extensions) };

    /// <summary>Returns the relation as subject, kind and object.</summary>
    /// <returns>Such as <c>russia supports syrian-army</c>.</returns>
    public override string ToString() => $"{Subject} {Kind} {Target}";
}
