namespace ConflictModel;

/// <summary>
/// Whether a claim asserts that something is so, will be so, might be so, or is not so. The
/// numeric values are part of the contract and never change.
/// </summary>
public enum Modality
{
    /// <summary>Asserted as having happened or being the case.</summary>
    Asserted = 0,

    /// <summary>Said of the future ("la victoire militaire serait totale dans les prochains mois").</summary>
    Future = 1,

    /// <summary>Said as a possibility or a condition.</summary>
    Hypothetical = 2,

    /// <summary>Asserted as not having happened or not being the case, by a source that answers nobody ("no civilians were killed"); a source rejecting what others said uses <see cref="AttributionMode.Denied"/> instead.</summary>
    Negated = 3,
}
