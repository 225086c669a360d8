using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Benchmarks.Baselines;

// The hand-rolled alternative a user would write instead of the library: plain mutable classes
// with the members of the JSON document, strings for ids, vocabularies and dates, and whatever
// else a dossier holds kept in extension data. They are what the JSON ratios compare against.

#pragma warning disable CA2227, CA1002, CA1056 // Plain serialization classes: settable lists, List<T>, URLs as text.

public sealed class PocoDossier
{
    public string? Format { get; set; }
    public int Version { get; set; }
    public List<PocoActor>? Actors { get; set; }
    public List<PocoAlliance>? Alliances { get; set; }
    public List<PocoRelation>? Relations { get; set; }
    public List<PocoPlace>? Places { get; set; }
    public List<PocoSource>? Sources { get; set; }
    public List<PocoReport>? Reports { get; set; }
    public List<PocoClaim>? Claims { get; set; }
    public List<PocoEvent>? Events { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoName
{
    public string? Text { get; set; }
    public string? Language { get; set; }
    public string? Use { get; set; }
}

public sealed class PocoActor
{
    public string? Id { get; set; }
    public List<PocoName>? Names { get; set; }
    public string? Kind { get; set; }
    public string? Country { get; set; }
    public string? Parent { get; set; }
    public string? Description { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoMembership
{
    public string? Actor { get; set; }
    public string? Role { get; set; }
    public string? From { get; set; }
    public string? Until { get; set; }
    public List<string>? Claims { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoAlliance
{
    public string? Id { get; set; }
    public List<PocoName>? Names { get; set; }
    public List<PocoMembership>? Memberships { get; set; }
    public string? Actor { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoRelation
{
    public string? Id { get; set; }
    public string? Subject { get; set; }
    public string? Kind { get; set; }
    public string? Target { get; set; }
    public List<string>? Claims { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoCodes
{
    public string? Iso3166 { get; set; }
    public long? GeoNamesId { get; set; }
    public string? PCode { get; set; }
}

public sealed class PocoPlace
{
    public string? Id { get; set; }
    public List<PocoName>? Names { get; set; }
    public string? Kind { get; set; }
    public string? Parent { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Precision { get; set; }
    public PocoCodes? Codes { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoSource
{
    public string? Id { get; set; }
    public List<PocoName>? Names { get; set; }
    public string? Kind { get; set; }
    public string? Reliability { get; set; }
    public bool? IsPartyToConflict { get; set; }
    public string? SpeaksFor { get; set; }
    public string? Organization { get; set; }
    public string? Affiliation { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoReport
{
    public string? Id { get; set; }
    public string? Publisher { get; set; }
    public System.DateTimeOffset Published { get; set; }
    public string? TimeZone { get; set; }
    public string? Language { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Text { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoFigureValue
{
    public string? Shape { get; set; }
    public decimal? Value { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public decimal? Low { get; set; }
    public decimal? Best { get; set; }
    public decimal? High { get; set; }
}

public sealed class PocoFigure
{
    public string? Kind { get; set; }
    public PocoFigureValue? Value { get; set; }
    public string? AsOf { get; set; }
    public string? Text { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoAssertion
{
    public string? Type { get; set; }
    public string? Event { get; set; }
    public string? Actor { get; set; }
    public string? Role { get; set; }
    public string? Place { get; set; }
    public PocoFigure? Figure { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoRelay
{
    public string? Source { get; set; }
    public string? Report { get; set; }
}

public sealed class PocoAttribution
{
    public string? Source { get; set; }
    public string? Mode { get; set; }
    public List<PocoRelay>? Relays { get; set; }
    public string? StatedOn { get; set; }
}

public sealed class PocoQuote
{
    public string? Text { get; set; }
    public string? Language { get; set; }
    public int? Start { get; set; }
    public int? Length { get; set; }
}

public sealed class PocoWording
{
    public string? Source { get; set; }
    public string? Neutral { get; set; }
}

public sealed class PocoClaim
{
    public string? Id { get; set; }
    public PocoAssertion? Assertion { get; set; }
    public PocoAttribution? Attribution { get; set; }
    public string? Report { get; set; }
    public PocoQuote? Quote { get; set; }
    public PocoWording? Wording { get; set; }
    public int? Credibility { get; set; }
    public string? Modality { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

public sealed class PocoParticipant
{
    public string? Actor { get; set; }
    public string? Role { get; set; }
}

public sealed class PocoControlChange
{
    public string? Place { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

public sealed class PocoExternalReference
{
    public string? Scheme { get; set; }
    public string? Value { get; set; }
}

public sealed class PocoEvent
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? SubType { get; set; }
    public string? Date { get; set; }
    public string? Place { get; set; }
    public List<PocoParticipant>? Participants { get; set; }
    public List<PocoControlChange>? Outcomes { get; set; }
    public List<PocoFigure>? Figures { get; set; }
    public List<string>? Claims { get; set; }
    public string? Description { get; set; }
    public List<PocoExternalReference>? ExternalReferences { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extensions { get; set; }
}

#pragma warning restore CA2227, CA1002, CA1056

/// <summary>Source-generated System.Text.Json metadata for the plain classes, as a user would set it up.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PocoDossier))]
public sealed partial class PocoJsonContext : JsonSerializerContext;
