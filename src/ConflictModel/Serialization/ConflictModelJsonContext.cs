using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictModel.Validation;

namespace ConflictModel.Serialization;

/// <summary>
/// The source-generated System.Text.Json context of the library's public data: dossiers (through
/// <see cref="DossierJsonConverter"/>, with the default options) and validation results, in
/// camelCase. Use it where trimming or native AOT rules out reflection:
/// <c>JsonSerializer.Serialize(result, ConflictModelJsonContext.Default.ValidationResult)</c>.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, Converters = [typeof(DossierJsonConverter)])]
[JsonSerializable(typeof(Dossier))]
[JsonSerializable(typeof(ValidationResult))]
[JsonSerializable(typeof(Diagnostic))]
public sealed partial class ConflictModelJsonContext : JsonSerializerContext
{
}
