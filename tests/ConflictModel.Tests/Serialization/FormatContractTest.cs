using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Tests.Dossiers;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The contract of the document format: the one description of each object (<see cref="JsonFormat"/>)
/// must agree with the JSON Schema, with the members the writer writes and with the members the reader
/// reads. Any one of the four that drifts from the others fails a test here.
/// </summary>
public class FormatContractTest
{
    private static readonly Lazy<JsonElement> Schema = new(() =>
        JsonDocument.Parse(File.ReadAllText(DocumentSchema.RepositoryFile(DocumentSchema.SchemaPath))).RootElement);

    public static TheoryData<string> ObjectNames => new(JsonFormat.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ObjectNames))]
    public void Schema_Object_HasTheFormatsMembers(string name)
    {
        var format = JsonFormat.All[name];
        var definition = Definition(name);

        Members(definition).Select(p => p.Name).Should().BeEquivalentTo(format.Names,
            $"the schema's \"{name}\" and JsonFormat.{name} must list the same members");
        var required = definition.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!) : [];
        required.Should().BeEquivalentTo(format.Members.Where(m => m.Required).Select(m => m.Name),
            $"the schema's \"{name}\" and JsonFormat.{name} must require the same members");
    }

    [Theory]
    [MemberData(nameof(ObjectNames))]
    public void Schema_Object_MembersHoldTheFormatsKinds(string name)
    {
        var format = JsonFormat.All[name];
        var schemaMembers = Members(Definition(name)).ToDictionary(p => p.Name, p => p.Value);

        foreach (var member in format.Members.Where(m => schemaMembers.ContainsKey(m.Name)))
        {
            Kind(Describe(schemaMembers[member.Name])).Should().Be((member.Kind, member.Child), $"\"{name}\".\"{member.Name}\" is {Describe(schemaMembers[member.Name])} in the schema");
        }
    }

    [Fact]
    public void Schema_EveryDefinitionWithMembers_IsAnObjectOfTheFormat()
    {
        var defined = Schema.Value.GetProperty("$defs").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("properties", out _) && !d.Name.StartsWith("other", StringComparison.Ordinal))
            .Select(d => d.Name);

        defined.Should().BeEquivalentTo(JsonFormat.All.Keys.Where(k => k != "dossier"));
    }

    [Fact]
    public void Schema_EveryObjectWithADiscriminator_HasTheFormatsBuiltInKinds()
    {
        foreach (var variants in JsonFormat.AllVariants.Values)
        {
            var branches = Schema.Value.GetProperty("$defs").GetProperty(variants.Name).GetProperty("oneOf").EnumerateArray()
                .Select(b => b.GetProperty("$ref").GetString()!["#/$defs/".Length..])
                .Where(b => !b.StartsWith("other", StringComparison.Ordinal));

            branches.Should().Equal(variants.Variants.Select(v => v.Format.Name));
            foreach (var (value, format) in variants.Variants)
            {
                Definition(format.Name).GetProperty("properties").GetProperty(variants.Discriminator).GetProperty("enum")[0].GetString()
                    .Should().Be(value);
            }
        }
    }

    [Fact]
    public void Write_GeneratedDocuments_WriteEveryMemberOfTheFormatAndNoOther()
    {
        var written = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        foreach (var (label, dossier) in Documents())
        {
            foreach (var (name, obj, path) in Objects(JsonNode.Parse(DossierJson.Write(dossier))!.AsObject()))
            {
                var format = JsonFormat.All[name];
                foreach (var (member, _) in obj)
                {
                    // Extension data in the generated documents is always under a prefixed name.
                    if (!member.Contains(':', StringComparison.Ordinal))
                    {
                        format.Names.Should().Contain(member, $"{label} writes \"{member}\" at {path}, a member the format's \"{name}\" does not define");
                    }
                }
                (written.TryGetValue(name, out var set) ? set : written[name] = []).UnionWith(obj.Select(m => m.Key));
            }
        }

        foreach (var format in JsonFormat.All.Values)
        {
            written.Should().ContainKey(format.Name, "some generated document has a \"{0}\"", format.Name);
            format.Names.Except(written[format.Name]).Should().BeEmpty($"the generated documents write every member of \"{format.Name}\"");
        }
    }

    [Fact]
    public void Write_GeneratedDocuments_RoundTripAndAreValidUnderTheSchema()
    {
        // The documents are also left in artifacts/schema-documents/ for a second validator,
        // Ajv, which eng/validate-schema.sh runs (and CI after the tests).
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(DocumentSchema.RepositoryFile(DocumentSchema.SchemaPath)))!,
            "artifacts", "schema-documents");
        Directory.CreateDirectory(folder);
        foreach (var (label, dossier) in Documents())
        {
            var json = DossierJson.Write(dossier);
            File.WriteAllText(Path.Combine(folder, FileName(label)), json);

            DossierJson.Read(json).Should().Be(dossier, $"{label} reads back equal");
            DocumentSchema.Errors(json).Should().BeEmpty($"{label} is valid under the schema");
        }
    }

    [Fact]
    public void Read_WrongValueForEveryMemberOfTheFormat_IsRejectedAtThatMember()
    {
        var document = JsonNode.Parse(DossierJson.Write(SchemaSamples.EveryMember()))!.AsObject();
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _, path) in Objects(document))
        {
            first.TryAdd(name, path);
        }

        foreach (var format in JsonFormat.All.Values)
        {
            first.Should().ContainKey(format.Name);
            foreach (var member in format.Names)
            {
                // An array of arrays is no member's value: a member the reader reads is rejected, one it
                // does not read would be kept as extension data and the document read without error.
                var copy = JsonNode.Parse(document.ToJsonString())!.AsObject();
                var target = Objects(copy).First(o => o.Path == first[format.Name]).Object;
                target[member] = new JsonArray(new JsonArray(JsonValue.Create(true)));

                var read = () => DossierJson.Read(copy.ToJsonString());

                read.Should().Throw<DossierFormatException>($"the reader reads \"{member}\" of \"{format.Name}\"")
                    .Which.Path.Should().StartWith($"{first[format.Name]}.{member}");
            }
        }
    }

    public static TheoryData<string> VariantNames =>
        new(JsonFormat.AllVariants.Values.SelectMany(v => v.Variants).Select(v => v.Format.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Variant_EveryMemberOfTheSchema_IsWrittenAndReadIntoTheKind(string name)
    {
        // The schema is the reference here, not the kind's own list: a member dropped from the list, or
        // one its entry writes or reads wrongly, is missing from the document or from what is read.
        var document = JsonNode.Parse(DossierJson.Write(SchemaSamples.EveryMember()))!.AsObject();
        var whole = DossierJson.Read(document.ToJsonString());
        var discriminator = JsonFormat.AllVariants.Values.Single(v => v.Variants.Any(k => k.Format.Name == name)).Discriminator;
        var members = Members(Definition(name)).Select(p => p.Name).Where(m => m != discriminator).ToList();
        var complete = Objects(document).Where(o => o.Name == name).FirstOrDefault(o => members.All(o.Object.ContainsKey));
        complete.Object.Should().NotBeNull($"SchemaSamples.EveryMember has a \"{name}\" with every member of the schema, {string.Join(", ", members)}, and the writer writes them");
        var path = complete.Path;

        foreach (var member in members)
        {
            var copy = JsonNode.Parse(document.ToJsonString())!.AsObject();
            Objects(copy).First(o => o.Path == path).Object.Remove(member);

            var read = Read(copy.ToJsonString());

            if (read.Error is { } error)
            {
                error.Message.Should().Contain($"\"{member}\"", $"without \"{member}\" the \"{name}\" is refused for lack of it");
                error.Path.Should().Be(path);
            }
            else
            {
                read.Dossier.Should().NotBe(whole, $"the reader reads \"{member}\" of the \"{name}\" into what it makes");
            }
        }
    }

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Variant_MemberOfAnotherKind_IsRefusedAtTheObject(string name)
    {
        var document = JsonNode.Parse(DossierJson.Write(SchemaSamples.EveryMember()))!.AsObject();
        var objects = Objects(document).ToList();
        var (_, _, path) = objects.First(o => o.Name == name);
        var variants = JsonFormat.AllVariants.Values.Single(v => v.Variants.Any(k => k.Format.Name == name));
        var own = JsonFormat.All[name].Names;

        foreach (var member in variants.Members.Names.Except(own))
        {
            // A value the other kind reads without error: only the kind's list can refuse it.
            var others = variants.Variants.Where(v => v.Format.Names.Contains(member)).Select(v => v.Format.Name).ToHashSet();
            var value = objects.Where(o => others.Contains(o.Name)).Select(o => o.Object[member]).First(v => v is not null)!.DeepClone();
            var copy = JsonNode.Parse(document.ToJsonString())!.AsObject();
            Objects(copy).First(o => o.Path == path).Object[member] = value;

            var read = () => DossierJson.Read(copy.ToJsonString());

            var error = read.Should().Throw<DossierFormatException>($"a \"{name}\" has no \"{member}\"").Which;
            error.Message.Should().Contain($"has no member \"{member}\"");
            error.Path.Should().Be(path);
        }
    }

    [Fact]
    public void JsonMembers_MoreMembersThanBits_Throws()
    {
        var names = Enumerable.Range(0, JsonMembers.Capacity + 1).Select(i => $"m{i}").ToArray();

        var make = () => new JsonMembers(names);

        make.Should().Throw<ArgumentException>().WithMessage("*at most 32*");
        new JsonMembers(names[..JsonMembers.Capacity]).Names.Should().HaveCount(32);
    }

    [Fact]
    public void JsonMembers_NameGivenTwice_Throws()
    {
        var make = () => new JsonMembers("id", "kind", "id");

        make.Should().Throw<ArgumentException>().WithMessage("*twice*");
    }

    private static (Dossier? Dossier, DossierFormatException? Error) Read(string json)
    {
        try
        {
            return (DossierJson.Read(json), null);
        }
        catch (DossierFormatException ex)
        {
            return (null, ex);
        }
    }

    private static string FileName(string label) =>
        new string(label.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') + ".json";

    private static IEnumerable<(string Label, Dossier Dossier)> Documents()
    {
        yield return ("SchemaSamples.EveryMember", SchemaSamples.EveryMember());
        yield return ("SchemaSamples.EveryClosedValue", SchemaSamples.EveryClosedValue());
        yield return ("the Boukamal sample", BoukamalFixture.Build());
        yield return ("the Dioura raid report", ConflictModel.Samples.DiouraRaidReport.Build());
        yield return ("the Halfaya clash report", ConflictModel.Samples.HalfayaClashReport.Build());
        yield return ("the Albu Kamal capture report", ConflictModel.Samples.AlbuKamalCaptureReport.Build());
        yield return ("SyntheticDossier(300)", SyntheticDossier.Generate(300));
    }

    /// <summary>Every object of the format in a document, found by following the format's description from the root.</summary>
    private static IEnumerable<(string Name, JsonObject Object, string Path)> Objects(JsonObject root)
    {
        var pending = new Stack<(string, JsonObject, string)>();
        pending.Push(("dossier", root, "$"));
        while (pending.Count > 0)
        {
            var (name, obj, path) = pending.Pop();
            JsonObjectFormat format;
            if (JsonFormat.AllVariants.TryGetValue(name, out var variants))
            {
                var kind = obj[variants.Discriminator]?.GetValue<string>();
                var variant = variants.Variants.FirstOrDefault(v => v.Value == kind);
                if (variant.Format is null)
                {
                    continue; // a host's or an unknown kind: its members are its own
                }
                format = variant.Format;
            }
            else
            {
                format = JsonFormat.All[name];
            }
            yield return (format.Name, obj, path);
            foreach (var member in format.Members.Where(m => m.Child is not null).Reverse())
            {
                switch (obj[member.Name])
                {
                    case JsonObject child when member.Kind == JsonKind.Object:
                        pending.Push((member.Child!, child, $"{path}.{member.Name}"));
                        break;
                    case JsonArray items when member.Kind == JsonKind.Objects:
                        for (int i = items.Count - 1; i >= 0; i--)
                        {
                            pending.Push((member.Child!, items[i]!.AsObject(), $"{path}.{member.Name}[{i}]"));
                        }
                        break;
                }
            }
        }
    }

    private static JsonElement Definition(string name) =>
        name == "dossier" ? Schema.Value : Schema.Value.GetProperty("$defs").GetProperty(name);

    /// <summary>The members a definition allows: its properties, less those it forbids (<c>"not": {}</c>, a member of another kind).</summary>
    private static IEnumerable<JsonProperty> Members(JsonElement definition) =>
        definition.GetProperty("properties").EnumerateObject().Where(p => !p.Value.TryGetProperty("not", out _));

    /// <summary>A short description of a member's schema: the definition it refers to, or its type.</summary>
    private static string Describe(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return reference.GetString()!["#/$defs/".Length..];
        }
        if (schema.TryGetProperty("anyOf", out var any))
        {
            return string.Join("|", any.EnumerateArray().Select(Describe).Where(d => d != "null"));
        }
        var type = schema.GetProperty("type").GetString()!;
        return type == "array" ? $"array<{Describe(schema.GetProperty("items"))}>"
            : schema.TryGetProperty("enum", out _) ? type + "-enum" : type;
    }

    private static (JsonKind, string?) Kind(string described) => described switch
    {
        "id" or "idOrNull" => (JsonKind.Id, null),
        "ids" => (JsonKind.Ids, null),
        "term" or "termOrNull" => (JsonKind.Term, null),
        "text" or "textOrNull" or "stringOrNull" or "string" => (JsonKind.Text, null),
        "language" or "languageOrNull" => (JsonKind.Language, null),
        "integer" or "integer-enum" => (JsonKind.Integer, null),
        "number" => (JsonKind.Number, null),
        "boolean" => (JsonKind.Boolean, null),
        "string-enum" => (JsonKind.Word, null),
        "date" or "dateOrNull" => (JsonKind.Date, null),
        "validity" => (JsonKind.Validity, null),
        "instant" => (JsonKind.Instant, null),
        "timeZone" => (JsonKind.TimeZone, null),
        "timeOfDay" => (JsonKind.TimeOfDay, null),
        "sourceCount" => (JsonKind.Count, null),
        "names" => (JsonKind.Objects, "name"),
        _ when described.StartsWith("array<", StringComparison.Ordinal) => (JsonKind.Objects, described[6..^1]),
        _ => (JsonKind.Object, described),
    };
}
