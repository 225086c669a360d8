namespace ConflictModel;

/// <summary>How a <see cref="Name"/> is used.</summary>
/// <remarks>The numeric values are part of the contract and never change.</remarks>
public enum NameUse
{
    /// <summary>The preferred name in its language ("Observatoire syrien des droits de l'Homme").</summary>
    Label = 0,

    /// <summary>Another name by which the entity is known ("Daech", "Abu Kamal").</summary>
    Alias = 1,

    /// <summary>An abbreviation or acronym ("OSDH", "SOHR", "EI").</summary>
    Abbreviation = 2,
}
