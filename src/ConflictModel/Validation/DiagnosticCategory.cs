using System.Text.Json.Serialization;

namespace ConflictModel.Validation;

/// <summary>
/// The family a diagnostic code belongs to. The first digit of a built-in code is its category's
/// number (CM1xxx structure, CM2xxx references, …).
/// </summary>
/// <remarks>The numeric values are part of the contract and never change; in JSON the names are written.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticCategory>))]
public enum DiagnosticCategory
{
    /// <summary>Failures of validation itself, such as a host rule that threw.</summary>
    Validation = 0,

    /// <summary>The shape of single values: ids, names, coordinates, codes, intervals, figure bounds.</summary>
    Structure = 1,

    /// <summary>References between entities: every id resolves, to the right kind of entity.</summary>
    References = 2,

    /// <summary>Hierarchies of places, actors and sources: no cycles, larger places contain smaller ones.</summary>
    Hierarchy = 3,

    /// <summary>Dates: what is said is not said before it happened, memberships and relations hold when used.</summary>
    Time = 4,

    /// <summary>Where claims come from: sources, relays, reports and quotes.</summary>
    Provenance = 5,

    /// <summary>Agreement between parts of the dossier: sides, control, figures.</summary>
    Consistency = 6,

    /// <summary>Values that are possible but unlikely: fractional people, malformed numerals, points far from their country.</summary>
    Plausibility = 7,

    /// <summary>Rules a host application adds.</summary>
    Host = 9,
}
