using System.Text.Json;
using System.Text.Json.Serialization;

namespace HostExtension;

/// <summary>Source-generated JSON metadata for Acme's own types: no reflection, trimming-safe.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AccessNote))]
[JsonSerializable(typeof(CheckpointAssertion))]
internal sealed partial class AcmeJsonContext : JsonSerializerContext
{
}
