namespace ConflictModel;

/// <summary>Two claims that cannot both be true, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Contradiction
{
    internal Contradiction(ClaimId first, ClaimId second, string reason)
    {
        First = first;
        Second = second;
        Reason = reason;
    }

    /// <summary>Gets the claim that comes first in the dossier.</summary>
    public ClaimId First { get; }

    /// <summary>Gets the claim that comes second in the dossier.</summary>
    public ClaimId Second { get; }

    /// <summary>Gets why they cannot both be true.</summary>
    public string Reason { get; }

    /// <summary>Returns both claims and the reason.</summary>
    /// <returns>Such as <c>c4 ⟂ c9: incompatible figures</c>.</returns>
    public override string ToString() => $"{First} ⟂ {Second}: {Reason}";
}
