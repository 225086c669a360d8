using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// Asserts that an actor belongs to an alliance in a role ("le président français Emmanuel Macron
/// dont le pays participe à la coalition internationale").
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MembershipAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="alliance">The alliance.</param>
    /// <param name="actor">The member.</param>
    /// <param name="role">Its role.</param>
    /// <exception cref="System.ArgumentException">An id or the role is the default value.</exception>
    public MembershipAssertion(AllianceId alliance, ActorId actor, MembershipRole role)
    {
        Alliance = Checks.Id(alliance);
        Actor = Checks.Id(actor);
        Role = Checks.Term(role);
    }

    /// <summary>Gets the alliance.</summary>
    public AllianceId Alliance { get; }

    /// <summary>Gets the member.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets its role.</summary>
    public MembershipRole Role { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("membership", Alliance, Actor);

    /// <inheritdoc />
    public override IEnumerable<IEntityId> References => [Alliance, Actor];

    /// <summary>Returns a description of the assertion.</summary>
    /// <returns>Such as <c>france is member of coalition</c>.</returns>
    public override string ToString() => $"{Actor} is {Role} of {Alliance}";
}
