using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Validation;

/// <summary>
/// The source-generated System.Text.Json context of validation results and diagnostics, in
/// camelCase. Use it where trimming or native AOT rules out reflection:
/// <c>JsonSerializer.Serialize(result, ValidationJsonContext.Default.ValidationResult)</c>.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ValidationResult))]
[JsonSerializable(typeof(Diagnostic))]
public sealed partial class ValidationJsonContext : JsonSerializerContext
{
}
