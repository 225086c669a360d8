using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ConflictModel.Serialization;

/// <summary>
/// Sets up System.Text.Json options for ConflictModel: the dossier converter, which reads and
/// writes the document format, and NodaTime's converters for dates and times.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ConflictModelJsonExtensions
{
    /// <summary>
    /// Adds the converters that read and write dossiers in the document format, and configures
    /// NodaTime with the IANA time zones, so that <c>JsonSerializer.Serialize(dossier, options)</c>
    /// and dossiers inside a host's own types work.
    /// </summary>
    /// <param name="options">The options to configure; they must not have been used yet.</param>
    /// <param name="dossierOptions">Limits and host types, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options have already been used.</exception>
    public static JsonSerializerOptions ConfigureForConflictModel(this JsonSerializerOptions options, DossierJsonOptions? dossierOptions = null)
    {
        Preconditions.CheckNotNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new DossierJsonConverter(DossierJson.Use(dossierOptions)));
        return options;
    }
}

/// <summary>Reads and writes a <see cref="Dossier"/> in the document format inside System.Text.Json.</summary>
/// <remarks>Create it through <see cref="ConflictModelJsonExtensions.ConfigureForConflictModel"/>. This type is thread-safe.</remarks>
public sealed class DossierJsonConverter : JsonConverter<Dossier>
{
    private readonly DossierJsonOptions options;

    /// <summary>Initializes a converter with the default options.</summary>
    public DossierJsonConverter()
        : this(DossierJsonOptions.Default)
    {
    }

    /// <summary>Initializes a converter.</summary>
    /// <param name="options">Limits and host types; they are frozen.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DossierJsonConverter(DossierJsonOptions options) => this.options = Preconditions.CheckNotNull(options).Freeze();

    /// <inheritdoc />
    public override Dossier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The document reader needs the whole value, to locate errors by line and byte.
        using var document = JsonDocument.ParseValue(ref reader);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document.RootElement, JsonElementContext.Default.JsonElement);
        return DossierJson.Read(bytes, this.options);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Dossier value, JsonSerializerOptions options) =>
        JsonDossierWriter.Write(writer, value, this.options);
}

/// <summary>The source-generated context for the raw JSON the converter copies.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class JsonElementContext : JsonSerializerContext
{
}
