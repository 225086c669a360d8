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
        IReadOnlyList<SourceId> independentOrigins, IReadOnlyList<ClaimId> dependentClaims, IReadOnlyList<ClaimId>? disputes = null)
    {
        Disputes = disputes ?? [];
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

    /// <summary>
    /// Gets the claims of fact that contradict the claim (a denial of it, another controller the same
    /// day, a toll that cannot be true with it), in dossier order: the other side of a dispute.
    /// </summary>
    public IReadOnlyList<ClaimId> Disputes { get; }

    /// <summary>Gets a value indicating whether some claim of fact contradicts the claim.</summary>
    public bool IsDisputed => Disputes.Count > 0;

    /// <summary>Returns the claim, its origin, the independent origins that agree and the agreeing claims.</summary>
    /// <returns>
    /// Such as <c>osdh-hezbollah-led (origin osdh): corroborated by 1 independent origin, un (claims: un-displaced); 1 claim from the same origin: afp-osdh-relay</c>,
    /// or <c>army-liberated-boukamal (origin army-command): not corroborated; disputed by amaq-denies</c>.
    /// </returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(Claim.ToString()).Append(" (origin ").Append(Origin.ToString()).Append("): ");
        if (IsCorroborated)
        {
            text.Append("corroborated by ").Append(Counted.Of(IndependentOrigins.Count, "independent origin", "independent origins"))
                .Append(", ").Append(string.Join(", ", IndependentOrigins))
                .Append(" (claims: ").Append(string.Join(", ", IndependentClaims)).Append(')');
        }
        else
        {
            text.Append("not corroborated");
        }

        if (DependentClaims.Count > 0)
        {
            text.Append("; ").Append(Counted.Of(DependentClaims.Count, "claim", "claims")).Append(" from the same origin: ")
                .Append(string.Join(", ", DependentClaims));
        }

        if (Disputes.Count > 0)
        {
            text.Append("; disputed by ").Append(string.Join(", ", Disputes));
        }

        return text.ToString();
    }
}
