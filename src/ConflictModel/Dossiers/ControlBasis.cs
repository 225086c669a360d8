namespace ConflictModel;

/// <summary>What an answer about the control of a place rests on.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum ControlBasis
{
    /// <summary>The last change of control on or before the date: the controller is the one that took the place.</summary>
    AfterChange = 0,

    /// <summary>The first change of control after the date: the controller is the one that lost the place.</summary>
    BeforeChange = 1,

    /// <summary>A claim that the actor held the place at a time on or before the date.</summary>
    Asserted = 2,

    /// <summary>The date falls inside the uncertain dates of a change of control: the place may have been held by either side.</summary>
    Contested = 3,
}
