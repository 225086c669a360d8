using System.Text.Json.Serialization;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>
/// An assertion type a host application adds: that a checkpoint stands at a place and how many
/// vehicles it lets through. It is written through its source-generated type information.
/// </summary>
public sealed record CheckpointAssertion : ClaimAssertion
{
    /// <summary>The discriminator it is registered under.</summary>
    public const string Discriminator = "acme:checkpoint";

    [JsonConstructor]
    public CheckpointAssertion(string checkpoint, int vehicles, decimal? tollUsd = null, string? note = null)
    {
        Checkpoint = checkpoint;
        Vehicles = vehicles;
        TollUsd = tollUsd;
        Note = note;
    }

    public string Checkpoint { get; }

    public int Vehicles { get; }

    public decimal? TollUsd { get; }

    public string? Note { get; }

    // The base class's computed members are not part of the host's document.
    [JsonIgnore]
    public override string SubjectKey => Key("acme:checkpoint", Checkpoint);

    [JsonIgnore]
    public override IEnumerable<IEntityId> References => [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckpointAssertion))]
[JsonSerializable(typeof(string))]
internal sealed partial class HostJsonContext : JsonSerializerContext
{
}
