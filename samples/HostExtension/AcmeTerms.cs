using ConflictModel;

namespace HostExtension;

/// <summary>Acme Relief's own terms in the library's open vocabularies, and its extension keys.</summary>
/// <remarks>The "acme:" prefix keeps them apart from the library's well-known terms and from other hosts'.</remarks>
internal static class AcmeTerms
{
    public static readonly ActorKind PrivateMilitaryCompany = new("acme:private-military-company");

    public static readonly EventType AidConvoyBlocked = new("acme:aid-convoy-blocked");

    /// <summary>The extension key under which a place carries its <see cref="AccessNote"/>.</summary>
    public const string AccessKey = "acme:access";

    /// <summary>The JSON discriminator of <see cref="CheckpointAssertion"/>.</summary>
    public const string CheckpointType = "acme:checkpoint";
}
