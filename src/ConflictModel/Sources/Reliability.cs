namespace ConflictModel;

/// <summary>
/// The Admiralty (NATO) grade of a source's reliability, judged from its record. The numeric
/// values are part of the contract and never change.
/// </summary>
/// <remarks>
/// <see cref="F"/> means the reliability cannot be judged (a new or unknown source); it is not a
/// grade below <see cref="E"/>, and rules must not treat it as "worst".
/// </remarks>
public enum Reliability
{
    /// <summary>Completely reliable: no doubt of authenticity, trustworthiness or competence; a history of complete reliability.</summary>
    A = 1,

    /// <summary>Usually reliable: minor doubt; a history of valid information most of the time.</summary>
    B = 2,

    /// <summary>Fairly reliable: doubt; has provided valid information in the past.</summary>
    C = 3,

    /// <summary>Not usually reliable: significant doubt; has provided valid information in the past.</summary>
    D = 4,

    /// <summary>Unreliable: lacking in authenticity, trustworthiness and competence; a history of invalid information.</summary>
    E = 5,

    /// <summary>Reliability cannot be judged: no basis exists for evaluating it.</summary>
    F = 6,
}
