using System.Text.Json.Serialization;
using NodaTime;

namespace ConflictModel.Smoke;

/// <summary>The application's own source-generated metadata, as an AOT host would have it.</summary>
[JsonSerializable(typeof(Interval))]
internal sealed partial class SmokeJsonContext : JsonSerializerContext
{
}
