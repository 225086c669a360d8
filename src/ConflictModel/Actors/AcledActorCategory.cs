using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// ACLED's eight actor categories (the <c>inter1</c>/<c>inter2</c> codes) and the mapping of the
/// well-known <see cref="ActorKind"/> terms onto them.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class AcledActorCategory
{
    private static readonly Dictionary<ActorKind, int> Codes = new()
    {
        [ActorKind.StateForces] = 1,
        [ActorKind.Government] = 1,
        [ActorKind.RebelGroup] = 2,
        [ActorKind.JihadistGroup] = 2,
        [ActorKind.PoliticalMilitia] = 3,
        [ActorKind.IdentityMilitia] = 4,
        [ActorKind.Rioters] = 5,
        [ActorKind.Protesters] = 6,
        [ActorKind.Civilians] = 7,
        [ActorKind.ExternalForces] = 8,
        [ActorKind.ForeignForces] = 8,
        [ActorKind.Coalition] = 8,
        [ActorKind.IntergovernmentalOrganization] = 8,
    };

    private static readonly string[] Labels =
    [
        "State Forces", "Rebel Groups", "Political Militias", "Identity Militias",
        "Rioters", "Protesters", "Civilians", "External/Other Forces",
    ];

    /// <summary>Returns ACLED's numeric category (1-8) for a kind, or null when the kind has no mapping.</summary>
    /// <param name="kind">An actor kind.</param>
    /// <returns>The ACLED code, or null for a kind the library does not know.</returns>
    public static int? CodeOf(ActorKind kind) => Codes.TryGetValue(kind, out var code) ? code : null;

    /// <summary>Returns ACLED's label for a numeric category, such as "Rebel Groups" for 2.</summary>
    /// <param name="code">An ACLED actor category code.</param>
    /// <returns>The label, or null when the code is not in [1-8].</returns>
    public static string? LabelOf(int code) => code is >= 1 and <= 8 ? Labels[code - 1] : null;

    /// <summary>Returns the well-known kind that stands for a numeric category (the first listed for it).</summary>
    /// <param name="code">An ACLED actor category code.</param>
    /// <returns>The kind, or null when the code is not in [1-8].</returns>
    public static ActorKind? KindOf(int code) => code switch
    {
        1 => ActorKind.StateForces,
        2 => ActorKind.RebelGroup,
        3 => ActorKind.PoliticalMilitia,
        4 => ActorKind.IdentityMilitia,
        5 => ActorKind.Rioters,
        6 => ActorKind.Protesters,
        7 => ActorKind.Civilians,
        8 => ActorKind.ExternalForces,
        _ => null,
    };
}
