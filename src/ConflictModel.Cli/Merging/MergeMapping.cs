using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Cli.Output;

namespace ConflictModel.Cli.Merging;

/// <summary>One entity a mapping names: <c>actor:islamic-state</c> or <c>place:boukamal</c>, with where the file names it.</summary>
/// <param name="Kind"><c>actor</c> or <c>place</c>.</param>
/// <param name="Id">The entity's id in the inputs.</param>
/// <param name="Path">Where the file names it, such as <c>$.same[0][1]</c>.</param>
internal sealed record MappedEntity(string Kind, string Id, string Path)
{
    public override string ToString() => Kind + ":" + Id;
}

/// <summary>Two entities a mapping says are one (<c>same</c>) or never one (<c>never</c>).</summary>
/// <param name="First">The first entity of the pair.</param>
/// <param name="Second">The second entity of the pair.</param>
/// <param name="Path">Where the file gives the pair, such as <c>$.never[2]</c>.</param>
internal sealed record MappedPair(MappedEntity First, MappedEntity Second, string Path);

/// <summary>
/// The file of <c>merge --same-as</c>: a person's decisions on actors and places, which the merger follows over its own.
/// <code>{"same": [["actor:is-syria", "actor:islamic-state"]], "never": [["place:tall-x", "place:tell-x"]]}</code>
/// Each pair names two actors or two places by their ids in the inputs, in either order; both members are optional.
/// </summary>
internal sealed record MergeMapping(string File, IReadOnlyList<MappedPair> Same, IReadOnlyList<MappedPair> Never)
{
    /// <summary>The kinds of entity a mapping may name: the ones the merger resolves.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["actor", "place"];

    /// <summary>A mapping file is a person's list of decisions; anything larger is not one.</summary>
    private const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>Reads and checks a mapping file.</summary>
    /// <exception cref="CliProblemException">The file cannot be read, is not JSON, or is not a mapping; the message says where and why.</exception>
    public static async Task<MergeMapping> ReadAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var input = InputFile.Open(path, console);
            await using (input.ConfigureAwait(false))
            {
                bytes = await ReadBoundedAsync(input.Stream, path, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (Problems.IsFileProblem(ex))
        {
            throw Problems.Reading(path, ex);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw Problems.Reading(path, ex);
        }
        using (document)
        {
            return Parse(path, document.RootElement);
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream stream, string path, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new CliProblemException(path, string.Create(CultureInfo.InvariantCulture,
                    $"is larger than {MaxBytes / (1024 * 1024)} MB; a mapping file lists a person's decisions, not data."));
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static MergeMapping Parse(string file, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Problem(file, "$", $"expected an object such as {Example}, not {Describe(root)}.");
        }
        IReadOnlyList<MappedPair> same = [], never = [];
        foreach (var member in root.EnumerateObject())
        {
            switch (member.Name)
            {
                case "same":
                    same = Pairs(file, member.Value, "$.same");
                    break;
                case "never":
                    never = Pairs(file, member.Value, "$.never");
                    break;
                default:
                    throw Problem(file, "$." + member.Name, "unknown member; a mapping has \"same\" and \"never\", each a list of pairs.");
            }
        }
        return new MergeMapping(file, same, never);
    }

    private static List<MappedPair> Pairs(string file, JsonElement list, string path)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Problem(file, path, $"expected a list of pairs such as [[\"actor:a\", \"actor:b\"]], not {Describe(list)}.");
        }
        var pairs = new List<MappedPair>();
        int i = 0;
        foreach (var pair in list.EnumerateArray())
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]");
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
            {
                string what = pair.ValueKind == JsonValueKind.Array
                    ? string.Create(CultureInfo.InvariantCulture, $"a list of {pair.GetArrayLength()}")
                    : Describe(pair);
                throw Problem(file, at, $"expected a pair of two ids such as [\"place:abu-kamal\", \"place:boukamal\"], not {what}.");
            }
            var first = Entity(file, pair[0], at + "[0]");
            var second = Entity(file, pair[1], at + "[1]");
            if (first.Kind != second.Kind)
            {
                throw Problem(file, at, $"pairs {first} with {second}; a pair names two actors or two places.");
            }
            if (first.Id == second.Id)
            {
                throw Problem(file, at, $"pairs {first} with itself; name two different entities.");
            }
            pairs.Add(new MappedPair(first, second, at));
        }
        return pairs;
    }

    private static MappedEntity Entity(string file, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Problem(file, path, $"expected a string such as \"actor:islamic-state\", not {Describe(value)}.");
        }
        string text = value.GetString()!;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        string kind = colon < 0 ? string.Empty : text[..colon];
        string id = colon < 0 ? string.Empty : text[(colon + 1)..];
        if (colon < 0 || !((IList<string>)Kinds).Contains(kind))
        {
            throw Problem(file, path, $"\"{text}\" does not say what it names; write actor:ID or place:ID.");
        }
        if (id.Length == 0)
        {
            throw Problem(file, path, $"\"{text}\" has no id after '{kind}:'.");
        }
        if (!ActorId.TryCreate(id, out _))
        {
            throw Problem(file, path, $"\"{id}\" is not an id; an id is 1 to 200 ASCII letters, digits and - _ . : /, starting with a letter or a digit.");
        }
        return new MappedEntity(kind, id, path);
    }

    private const string Example = "{\"same\": [[\"actor:a\", \"actor:b\"]], \"never\": [[\"place:c\", \"place:d\"]]}";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static CliProblemException Problem(string file, string path, string problem) => new(file, path + ": " + problem);
}
