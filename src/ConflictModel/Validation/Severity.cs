using System.Text.Json.Serialization;

namespace ConflictModel.Validation;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
/// <remarks>The numeric values are part of the contract and never change; in JSON the names are written.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    /// <summary>Worth knowing, such as a claim that only a party to the conflict makes. Does not make a dossier invalid.</summary>
    Info = 0,

    /// <summary>Doubtful and worth a look, such as a malformed numeral or contradictory figures. Does not make a dossier invalid, except in strict mode.</summary>
    Warning = 1,

    /// <summary>Wrong: the dossier is invalid until it is fixed.</summary>
    Error = 2,
}
