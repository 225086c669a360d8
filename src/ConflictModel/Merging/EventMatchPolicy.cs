namespace ConflictModel.Merging;

/// <summary>How many events of one input an event of the other may be matched with.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum EventMatchPolicy
{
    /// <summary>Each event is matched at most once on each side: the best pairs are taken first.</summary>
    OneToOne = 0,

    /// <summary>Each event of the second input is matched with at most one of the first, which may take many (a daily dataset's rows against one report's event).</summary>
    OneToMany = 1,
}
