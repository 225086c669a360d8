using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictModel.Serialization;

/// <summary>
/// The source-generated System.Text.Json context for dossiers, which it reads and writes in the
/// document format through <see cref="DossierJsonConverter"/>. Use it where trimming or native AOT
/// rules out reflection: <c>JsonSerializer.Serialize(dossier, ConflictModelJsonContext.Default.Dossier)</c>.
/// It has no metadata for the model's other types: an actor, a claim or an event on its own has no
/// form in the document format, only as part of a dossier. Validation results have their own
/// context, <see cref="Validation.ValidationJsonContext"/>.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(Dossier))]
public sealed partial class ConflictModelJsonContext : JsonSerializerContext
{
}
