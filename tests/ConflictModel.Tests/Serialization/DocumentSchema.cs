using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The published JSON Schema of the document format, loaded by a validator that shares no code
/// with the library (NJsonSchema), and the way to find repository files from the test's directory.
/// </summary>
internal static class DocumentSchema
{
    internal const string SchemaPath = "schemas/conflictmodel-1.schema.json";

    // NJsonSchema resolves "#/$defs/…" references from the root only, not from one definition to another;
    // it resolves them all under the draft-07 name "definitions". The rename changes no meaning: both are plain JSON pointers.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(RepositoryFile(SchemaPath)).Replace("$defs", "definitions", StringComparison.Ordinal))
            .GetAwaiter().GetResult());

    /// <summary>Validates a document against the schema; returns one line per error, empty when the document is valid.</summary>
    internal static IReadOnlyList<string> Errors(string json)
    {
        // Dates stay strings: the schema checks their text, which Json.NET would otherwise turn into DateTime values.
        var token = JsonConvert.DeserializeObject<JToken>(json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;
        return Schema.Value.Validate(token).SelectMany(Flatten).ToList();
    }

    /// <summary>The full path of a file given relative to the repository root.</summary>
    internal static string RepositoryFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{relativePath} was not found above the test's directory.");
    }

    private static IEnumerable<string> Flatten(ValidationError error)
    {
        yield return $"{error.Kind} at {error.Path}";
        if (error is ChildSchemaValidationError child)
        {
            foreach (var nested in child.Errors.SelectMany(e => e.Value).SelectMany(Flatten))
            {
                yield return "  " + nested;
            }
        }
    }
}
