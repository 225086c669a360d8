using System;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// An armed or political party to a conflict: state forces, militias, rebel or jihadist groups,
/// foreign forces, coalitions, intergovernmental organisations, civilians.
/// </summary>
/// <remarks>
/// The country is kept as given (expected: ISO 3166-1 alpha-2) and checked by validation, not
/// here, so that a dossier read from a file can be reported on in full.
/// This type is immutable and thread-safe; the "with" methods return new instances.
/// </remarks>
public sealed record Actor
{
    /// <summary>Initializes an actor.</summary>
    /// <param name="id">The actor's id.</param>
    /// <param name="names">The actor's names.</param>
    /// <param name="kind">The actor's kind.</param>
    /// <param name="country">The country the actor belongs to, as an ISO 3166-1 alpha-2 code (such as "SY"), or null.</param>
    /// <param name="parent">The larger actor this one is part of, or null.</param>
    /// <param name="description">A short description, or null.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="kind"/> is the default value, or <paramref name="country"/> is blank.</exception>
    public Actor(ActorId id, NameSet names, ActorKind kind, string? country = null, ActorId? parent = null, string? description = null,
        ExtensionData? extensions = null)
    {
        Id = Checks.Id(id);
        Names = Preconditions.CheckNotNull(names);
        Kind = Checks.Term(kind);
        Country = Checks.OptionalText(country);
        Parent = Checks.OptionalId(parent);
        Description = description;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the actor's id.</summary>
    public ActorId Id { get; }

    /// <summary>Gets the actor's names.</summary>
    public NameSet Names { get; private init; }

    /// <summary>Gets the actor's kind.</summary>
    public ActorKind Kind { get; }

    /// <summary>Gets the actor's country as given (expected: ISO 3166-1 alpha-2), or null.</summary>
    public string? Country { get; }

    /// <summary>Gets the larger actor this one is part of, or null.</summary>
    public ActorId? Parent { get; private init; }

    /// <summary>Gets a short description, or null.</summary>
    public string? Description { get; }

    /// <summary>Returns a copy with other names.</summary>
    /// <param name="names">The new names.</param>
    /// <returns>A new actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    [Pure]
    public Actor WithNames(NameSet names) => this with { Names = Preconditions.CheckNotNull(names) };

    /// <summary>Returns a copy with another parent actor.</summary>
    /// <param name="parent">The new parent, or null for none.</param>
    /// <returns>A new actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is the default id.</exception>
    [Pure]
    public Actor WithParent(ActorId? parent) => this with { Parent = Checks.OptionalId(parent) };

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; private init; }

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new actor.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public Actor WithExtensions(ExtensionData extensions) => this with { Extensions = Preconditions.CheckNotNull(extensions) };

    /// <summary>Returns the actor's id and primary name.</summary>
    /// <returns>Such as <c>is (Islamic State)</c>.</returns>
    public override string ToString() => $"{Id} ({Names})";
}
