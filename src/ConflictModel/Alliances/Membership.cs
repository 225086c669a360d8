using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// An actor's place in an <see cref="Alliance"/>: its role and the days it held it, with the
/// claims that establish it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Membership
{
    /// <summary>Initializes a membership.</summary>
    /// <param name="actor">The member.</param>
    /// <param name="role">Its role in the alliance.</param>
    /// <param name="validity">When the membership holds; <see cref="ValidityInterval.Always"/> when unknown.</param>
    /// <param name="claims">The claims that establish the membership.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentException">An id or the role is the default value, or <paramref name="claims"/> holds a default id.</exception>
    public Membership(ActorId actor, MembershipRole role, ValidityInterval validity = default, IEnumerable<ClaimId>? claims = null, ExtensionData? extensions = null)
    {
        Actor = Checks.Id(actor);
        Role = Checks.Term(role);
        Validity = validity;
        Claims = Checks.Ids(claims);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the member.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the member's role.</summary>
    public MembershipRole Role { get; }

    /// <summary>Gets when the membership holds.</summary>
    public ValidityInterval Validity { get; }

    /// <summary>Gets the claims that establish the membership.</summary>
    public IReadOnlyList<ClaimId> Claims { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Returns the member, its role and validity.</summary>
    /// <returns>Such as <c>hezbollah as auxiliary (../..)</c>.</returns>
    public override string ToString() => $"{Actor} as {Role} ({Validity})";
}
