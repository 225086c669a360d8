using System;
using System.Text.Json;

namespace ConflictModel;

/// <summary>
/// An assertion read from a document whose discriminator this library and its host do not know,
/// such as one written by a newer version or another host. It is kept as raw JSON and written
/// back unchanged, so that nothing is lost; no type is ever created from the discriminator.
/// </summary>
/// <remarks>
/// It agrees only with an equal assertion and refers to no entity. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed record UnrecognizedAssertion : ClaimAssertion
{
    /// <summary>Initializes the assertion.</summary>
    /// <param name="type">The discriminator found in the document.</param>
    /// <param name="json">The whole JSON object of the assertion, discriminator included.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is blank, or <paramref name="json"/> is not an object.</exception>
    public UnrecognizedAssertion(string type, JsonElement json)
    {
        Type = Preconditions.CheckNotBlank(type);
        Preconditions.CheckArgument(json.ValueKind == JsonValueKind.Object, nameof(json), "An assertion is a JSON object.");
        Json = json.Clone();
    }

    /// <summary>Gets the discriminator found in the document.</summary>
    public string Type { get; }

    /// <summary>Gets the whole JSON object of the assertion.</summary>
    public JsonElement Json { get; }

    /// <inheritdoc />
    public override string SubjectKey => Key("unrecognized", Type, Json.GetRawText());

    /// <inheritdoc />
    public bool Equals(UnrecognizedAssertion? other) =>
        other is not null && Type == other.Type && JsonElement.DeepEquals(Json, other.Json);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Json.ValueKind);

    /// <summary>Returns the discriminator.</summary>
    /// <returns>Such as <c>unrecognized assertion "acme:checkpoint"</c>.</returns>
    public override string ToString() => $"unrecognized assertion \"{Type}\"";
}
