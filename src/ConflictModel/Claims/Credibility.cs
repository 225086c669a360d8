namespace ConflictModel;

/// <summary>
/// The Admiralty (NATO) grade of a claim's credibility, judged from the information itself and
/// whether other sources confirm it. The numeric values are part of the contract and never change.
/// </summary>
/// <remarks>
/// <see cref="CannotBeJudged"/> (6) means there is no basis to judge; it is not a grade below
/// <see cref="Improbable"/>, and rules must not treat it as "worst".
/// </remarks>
public enum Credibility
{
    /// <summary>Confirmed by other independent sources; logical in itself; consistent with other information.</summary>
    Confirmed = 1,

    /// <summary>Probably true: not confirmed; logical in itself; consistent with other information.</summary>
    ProbablyTrue = 2,

    /// <summary>Possibly true: not confirmed; reasonably logical; agrees with some other information.</summary>
    PossiblyTrue = 3,

    /// <summary>Doubtful: not confirmed; possible but not logical; no other information on the subject.</summary>
    Doubtful = 4,

    /// <summary>Improbable: not confirmed; not logical in itself; contradicted by other information.</summary>
    Improbable = 5,

    /// <summary>Truth cannot be judged: no basis exists for evaluating the validity of the information.</summary>
    CannotBeJudged = 6,
}
