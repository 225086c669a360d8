namespace ConflictModel.Interop;

/// <summary>How an ACLED export writes the actor categories (<c>inter1</c>, <c>inter2</c>) and their <c>interaction</c>.</summary>
public enum AcledCategoryStyle
{
    /// <summary>
    /// As the import read them (a file of labels gives labels back, a file of codes gives codes); values the model derives,
    /// for events that were not imported from ACLED, are codes.
    /// </summary>
    AsRead = 0,

    /// <summary>The codebook's numbers: 1-8 for a category, 0 for no actor, two digits for an interaction ("12", "60").</summary>
    Codes = 1,

    /// <summary>
    /// The labels of ACLED's exports from 2024 on: "State forces", "Rebel group"…; an interaction as two labels joined by a
    /// dash ("State forces-Rebel group") or one label followed by "only"; an empty cell for no actor.
    /// </summary>
    Labels = 2,
}
