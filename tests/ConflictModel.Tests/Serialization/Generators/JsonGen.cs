using System.IO;
using System.Text.Json;
using ConflictModel.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Serialization.Generators;

/// <summary>
/// Random JSON for extension data and for objects of unknown kinds: strings, numbers in several
/// spellings, literals, and arrays and objects nested a few levels.
/// </summary>
internal static class JsonGen
{
    /// <summary>Every member name the format defines on any object (from its one description); extension keys must not take one.</summary>
    internal static readonly HashSet<string> Reserved = new(
        JsonFormat.All.Values.SelectMany(f => f.Names).Concat(JsonFormat.AllVariants.Values.SelectMany(v => v.Members.Names)),
        StringComparer.Ordinal);

    private static readonly string[] NumberSpellings =
    [
        "0", "-0", "1", "-17", "3.5", "1.50", "0.001", "1e5", "1E-7", "-2.5e+3", "123456789012345678901234567890",
        "1.7976931348623157E+308", "4.9E-324", "79228162514264337593543950335",
    ];

    private static readonly string[] Keys =
    [
        "acme:editor", "x-note", "rank", "notes", "ملاحظة", "confidence", "Id", "ID", "Kind", "TYPE", "source-ref",
        "with space", "quote\"mark", "€", "nested", "tags", "a", "b", "c",
    ];

    /// <summary>A key for extension data: never a member the format defines.</summary>
    internal static Gen<string> Key { get; } = Gen.Frequency(
        (4, Gen.Elements(Keys)),
        (1, TextGen.Id.Select(id => "x:" + id)));

    /// <summary>Any JSON value, nested at most <paramref name="depth"/> levels.</summary>
    internal static Gen<JsonElement> Value(int depth) => Gen.Sized(size => Raw(Math.Min(depth, 1 + (size / 20)))).Select(Parse);

    /// <summary>A JSON object with the given discriminator member and some random others, in random order.</summary>
    internal static Gen<JsonElement> ObjectWith(string discriminatorName, string discriminator) =>
        from members in Members(2)
        from position in Gen.Choose(0, members.Count)
        select Parse(ObjectText(InsertAt(members.Where(m => m.Key != discriminatorName).ToList(), position,
            new KeyValuePair<string, string>(discriminatorName, JsonSerializer.Serialize(discriminator, HostJsonContext.Default.String)))));

    /// <summary>Extension data: usually empty, otherwise up to four members with distinct keys.</summary>
    internal static Gen<ExtensionData> Extensions { get; } = Gen.Frequency(
        (3, Gen.Constant(ExtensionData.Empty)),
        (2, from keys in Key.ListOf().Select(k => k.Distinct().Where(key => !Reserved.Contains(key)).Take(4).ToList())
            from values in Gen.CollectToList(keys.Select(_ => Value(3)))
            select ExtensionData.From(keys.Zip(values, (k, v) => new KeyValuePair<string, JsonElement>(k, v)))));

    /// <summary>A node and every node inside it, depth first; for tests that change a document's tree.</summary>
    internal static IEnumerable<System.Text.Json.Nodes.JsonNode> Descendants(System.Text.Json.Nodes.JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            System.Text.Json.Nodes.JsonObject o => o.Select(p => p.Value),
            System.Text.Json.Nodes.JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<System.Text.Json.Nodes.JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static Gen<string> Raw(int depth)
    {
        var scalar = Gen.OneOf(
            TextGen.Any.Select(s => JsonSerializer.Serialize(s, HostJsonContext.Default.String)),
            Gen.Elements(NumberSpellings),
            Gen.Choose(int.MinValue, int.MaxValue).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("true", "false", "null"));
        if (depth <= 0)
        {
            return scalar;
        }
        var array = Gen.Choose(0, 4).SelectMany(n => Raw(depth - 1).ListOf(n)).Select(items => "[" + string.Join(",", items) + "]");
        var obj = Members(depth - 1).Select(ObjectText);
        return Gen.Frequency((3, scalar), (1, array), (1, obj));
    }

    private static Gen<List<KeyValuePair<string, string>>> Members(int depth) =>
        from count in Gen.Choose(0, 4)
        from keys in Gen.Elements(Keys).ListOf(count)
        from values in Gen.CollectToList(keys.Distinct().Select(_ => Raw(depth)))
        select keys.Distinct().Zip(values, (k, v) => new KeyValuePair<string, string>(k, v)).ToList();

    private static string ObjectText(IEnumerable<KeyValuePair<string, string>> members) =>
        "{" + string.Join(",", members.Select(m => JsonSerializer.Serialize(m.Key, HostJsonContext.Default.String) + ":" + m.Value)) + "}";

    private static List<T> InsertAt<T>(List<T> list, int position, T item)
    {
        list.Insert(Math.Min(position, list.Count), item);
        return list;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
