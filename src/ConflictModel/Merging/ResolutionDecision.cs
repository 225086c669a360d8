namespace ConflictModel.Merging;

/// <summary>What the resolver made of an incoming entity.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum ResolutionDecision
{
    /// <summary>No known entity is close enough: the incoming entity is a new one.</summary>
    New = 0,

    /// <summary>One known entity is the same, clearly ahead of any other.</summary>
    Same = 1,

    /// <summary>One or more known entities may be the same, but not clearly enough to merge: a person must decide (a mapping's "same as" or "never").</summary>
    Ambiguous = 2,
}
