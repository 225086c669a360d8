using System;
using System.Text.Json;

namespace ConflictModel;

/// <summary>
/// A figure shape read from a document whose discriminator this library and its host do not know.
/// It is kept as raw JSON and written back unchanged; it allows any count (no bounds) and its
/// <see cref="Best"/> is 0, so it neither corroborates nor contradicts other figures.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record UnrecognizedFigureValue : FigureValue
{
    /// <summary>Initializes the shape.</summary>
    /// <param name="shape">The discriminator found in the document.</param>
    /// <param name="json">The whole JSON object of the value, discriminator included.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="shape"/> is blank, or <paramref name="json"/> is not an object.</exception>
    public UnrecognizedFigureValue(string shape, JsonElement json)
    {
        Shape = Preconditions.CheckNotBlank(shape);
        Preconditions.CheckArgument(json.ValueKind == JsonValueKind.Object, nameof(json), "A figure value is a JSON object.");
        Json = json.Clone();
    }

    /// <summary>Gets the discriminator found in the document.</summary>
    public string Shape { get; }

    /// <summary>Gets the whole JSON object of the value.</summary>
    public JsonElement Json { get; }

    /// <inheritdoc />
    public override decimal? Lower => null;

    /// <inheritdoc />
    public override decimal? Upper => null;

    /// <inheritdoc />
    public override decimal Best => 0;

    /// <inheritdoc />
    public bool Equals(UnrecognizedFigureValue? other) =>
        other is not null && Shape == other.Shape && JsonElement.DeepEquals(Json, other.Json);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Shape, Json.ValueKind);

    /// <summary>Returns the discriminator.</summary>
    /// <returns>Such as <c>unrecognized shape "acme:percentage"</c>.</returns>
    public override string ToString() => $"unrecognized shape \"{Shape}\"";
}
