using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// A named grouping of actors ("pro-regime forces", "the US-led international coalition") with
/// time-bounded memberships and roles.
/// </summary>
/// <remarks>This type is immutable and thread-safe; the "with" methods return new instances.</remarks>
public sealed record Alliance
{
    /// <summary>Initializes an alliance.</summary>
    /// <param name="id">The alliance's id.</param>
    /// <param name="names">The alliance's names.</param>
    /// <param name="memberships">Its memberships.</param>
    /// <param name="actor">The actor that stands for the alliance as a whole when it acts as one (a coalition), or null.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is the default value, or <paramref name="memberships"/> holds a null.</exception>
    public Alliance(AllianceId id, NameSet names, IEnumerable<Membership>? memberships = null, ActorId? actor = null,
        ExtensionData? extensions = null)
    {
        Id = Checks.Id(id);
        Names = Preconditions.CheckNotNull(names);
        Memberships = ValueList<Membership>.From(memberships, nameof(memberships));
        Actor = Checks.OptionalId(actor);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the alliance's id.</summary>
    public AllianceId Id { get; }

    /// <summary>Gets the alliance's names.</summary>
    public NameSet Names { get; }

    /// <summary>Gets the memberships, in the order given.</summary>
    public IReadOnlyList<Membership> Memberships { get; private init; }

    /// <summary>Gets the actor that stands for the alliance as a whole, or null.</summary>
    public ActorId? Actor { get; }

    /// <summary>Returns a copy with one more membership.</summary>
    /// <param name="membership">The membership to add.</param>
    /// <returns>A new alliance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="membership"/> is null.</exception>
    [Pure]
    public Alliance WithMembership(Membership membership) =>
        this with { Memberships = ValueList<Membership>.From(Memberships.Append(Preconditions.CheckNotNull(membership)), nameof(membership)) };

    /// <summary>Returns the memberships that hold on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    /// <returns>The memberships valid that day.</returns>
    public IEnumerable<Membership> MembershipsOn(LocalDate date) => Memberships.Where(m => m.Validity.Contains(date));

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; private init; }

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new alliance.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public Alliance WithExtensions(ExtensionData extensions) => this with { Extensions = Preconditions.CheckNotNull(extensions) };

    /// <summary>Returns the alliance's id and primary name.</summary>
    /// <returns>Such as <c>pro-regime (pro-regime forces)</c>.</returns>
    public override string ToString() => $"{Id} ({Names})";
}
