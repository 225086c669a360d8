namespace ConflictModel;

/// <summary>How two assertions about the same subject relate.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum AssertionComparison
{
    /// <summary>The assertions are about different things, or cannot be compared.</summary>
    Unrelated = 0,

    /// <summary>Both can be true, and each supports the other.</summary>
    Agrees = 1,

    /// <summary>They cannot both be true.</summary>
    Contradicts = 2,
}
