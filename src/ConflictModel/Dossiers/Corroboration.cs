using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// What backs a claim: the claims that say the same thing, split into those from independent
/// origins and those from the claim's own origin (a relay or a repetition of the same source is
/// not independent).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Corroboration
{
    internal Corroboration(ClaimId claim, SourceId origin, IReadOnlyList<ClaimId> independentClaims,
        IReadOnlyList<SourceId> independentOrigins, IReadOnlyList<ClaimId> dependentClaims)
    {
        Claim = claim;
        Origin = origin;
        IndependentClaims = independentClaims;
        IndependentOrigins = independentOrigins;
        DependentClaims = dependentClaims;
    }

    /// <summary>Gets the claim that is backed.</summary>
    public ClaimId Claim { get; }

    /// <summary>Gets the claim's origin: the organisation at the root of its original source.</summary>
    public SourceId Origin { get; }

    /// <summary>Gets the agreeing claims whose origin differs from the claim's.</summary>
    public IReadOnlyList<ClaimId> IndependentClaims { get; }

    /// <summary>Gets the distinct origins of <see cref="IndependentClaims"/>, in order of first appearance.</summary>
    public IReadOnlyList<SourceId> IndependentOrigins { get; }

    /// <summary>Gets the agreeing claims from the claim's own origin.</summary>
    public IReadOnlyList<ClaimId> DependentClaims { get; }

    /// <summary>Gets a value indicating whether at least one independent origin agrees.</summary>
    public bool IsCorroborated => IndependentOrigins.Count > 0;
}
