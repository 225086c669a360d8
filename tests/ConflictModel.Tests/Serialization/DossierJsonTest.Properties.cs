using System.Text.Json.Nodes;
using ConflictModel.Serialization;
using ConflictModel.Tests.Serialization.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    private static readonly DossierJsonOptions Indented = DossierGen.HostOptions(indented: true);
    private static readonly DossierJsonOptions Compact = DossierGen.HostOptions(indented: false);

    private static Gen<DossierSample> Samples(bool hostAssertions = true) => DossierGen.Dossier(hostAssertions).Select(d => new DossierSample(d));

    [Fact]
    public void Read_OfWrite_Property_GivesTheSameDossier()
    {
        Generated.ForAll(Samples(), sample =>
        {
            var back = DossierJson.Read(DossierJson.WriteToUtf8Bytes(sample.Dossier, Indented), Indented);

            back.Should().Be(sample.Dossier);
        });
    }

    [Fact]
    public void Write_OfReadOfWrite_Property_IsByteIdentical()
    {
        Generated.ForAll(Samples(), sample =>
        {
            var first = DossierJson.WriteToUtf8Bytes(sample.Dossier, Indented);

            var second = DossierJson.WriteToUtf8Bytes(DossierJson.Read(first, Indented), Indented);

            second.Should().Equal(first);
        });
    }

    [Fact]
    public void RoundTrip_NotIndented_Property_IsEqualAndByteIdentical()
    {
        Generated.ForAll(Samples(), sample =>
        {
            var first = DossierJson.WriteToUtf8Bytes(sample.Dossier, Compact);
            var back = DossierJson.Read(first, Compact);

            back.Should().Be(sample.Dossier);
            DossierJson.WriteToUtf8Bytes(back, Compact).Should().Equal(first);
            first.Should().NotContain((byte)'\n', "a compact document is one line");
        });
    }

    [Fact]
    public void RoundTrip_DefaultOptionsWithoutHostTypes_Property_IsEqualAndByteIdentical()
    {
        Generated.ForAll(Samples(hostAssertions: false), sample =>
        {
            var first = DossierJson.WriteToUtf8Bytes(sample.Dossier);
            var back = DossierJson.Read(first);

            back.Should().Be(sample.Dossier);
            DossierJson.WriteToUtf8Bytes(back).Should().Equal(first);
        }, maxTest: 50);
    }

    [Fact]
    public void Read_HostAssertionWithoutItsRegistration_Property_KeepsItAsUnrecognizedAndWritesItBack()
    {
        Generated.ForAll(Samples(), sample =>
        {
            var first = DossierJson.WriteToUtf8Bytes(sample.Dossier, Indented);

            var unregistered = DossierJson.Read(first);

            unregistered.Claims.Select(c => c.Assertion).OfType<CheckpointAssertion>().Should().BeEmpty();
            DossierJson.Read(DossierJson.WriteToUtf8Bytes(unregistered, Indented), Indented).Should().Be(sample.Dossier);
        }, maxTest: 50);
    }

    public enum Mutation
    {
        Truncate,
        FlipByte,
        DeleteMember,
    }

    [Fact]
    public void Read_MutatedDocument_Property_ThrowsOnlyDossierFormatException()
    {
        var cases =
            from sample in Samples()
            from mutation in ModelGen.Any<Mutation>()
            from position in Gen.Choose(0, int.MaxValue - 1)
            from mask in Gen.Choose(1, 255)
            select (sample, mutation, position, (byte)mask);

        Generated.ForAll(cases, c =>
        {
            var bytes = Mutate(DossierJson.WriteToUtf8Bytes(c.sample.Dossier, Indented), c.mutation, c.position, c.Item4);

            // Any exception but DossierFormatException escapes and fails the property with its stack trace.
            object? read;
            try
            {
                read = DossierJson.Read(bytes, Indented);
            }
            catch (DossierFormatException)
            {
                return;
            }

            read.Should().BeOfType<Dossier>();
        }, maxTest: 200);
    }

    [Fact]
    public void Read_MemberNameNotUtf8_ThrowsDossierFormatException()
    {
        // The byte 0xFF can never occur in UTF-8; here it sits inside the name of an actor's member.
        byte[] document = [.. "{\"format\":\"conflictmodel\",\"version\":1,\"actors\":[{\"i"u8, 0xFF, .. "d\":\"a\"}]}"u8];

        var act = () => DossierJson.Read(document);

        act.Should().Throw<DossierFormatException>().Which.Path.Should().Be("$.actors[0]");
    }

    private static byte[] Mutate(byte[] document, Mutation mutation, int position, byte mask)
    {
        switch (mutation)
        {
            case Mutation.Truncate:
                return document[..(position % document.Length)];
            case Mutation.FlipByte:
                var flipped = (byte[])document.Clone();
                flipped[position % flipped.Length] ^= mask;
                return flipped;
            default:
                var root = JsonNode.Parse(document)!;
                var objects = JsonGen.Descendants(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
                var target = objects[position % objects.Count];
                target.Remove(target.ElementAt(position % target.Count).Key);
                return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
        }
    }

}

public partial class DossierJsonTest
{
    /// <summary>
    /// Unknown members added to every object of a written dossier — the document, entities, names,
    /// attributions, assertions, figures, participants, extension data — survive a read and a write
    /// with their values, and the document read is stable from then on.
    /// </summary>
    [Fact]
    public void RoundTrip_UnknownMembersInEveryObject_Property_AreAllKept()
    {
        var cases =
            from sample in Samples()
            from values in JsonGen.Value(3).ListOf(8)
            select (sample, values: values.ToList());

        Generated.ForAll(cases, c =>
        {
            var root = JsonNode.Parse(DossierJson.WriteToUtf8Bytes(c.sample.Dossier, Compact))!;
            var injected = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            // A registered host type reads its own members through its own contract, which decides what it keeps.
            foreach (var o in JsonGen.Descendants(root).OfType<JsonObject>().Where(o => !IsHostAssertion(o)).ToList())
            {
                string key = "acme:unknown-" + injected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var value = JsonNode.Parse(c.values[injected.Count % c.values.Count].GetRawText());
                injected.Add(key, value?.DeepClone());
                o[key] = value;
            }

            var read = DossierJson.Read(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString()), Compact);
            var written = DossierJson.WriteToUtf8Bytes(read, Compact);

            var kept = JsonGen.Descendants(JsonNode.Parse(written)!).OfType<JsonObject>()
                .SelectMany(o => o.Where(m => m.Key.StartsWith("acme:unknown-", StringComparison.Ordinal)))
                .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            kept.Keys.Should().BeEquivalentTo(injected.Keys);
            kept.Should().OnlyContain(m => JsonNode.DeepEquals(m.Value, injected[m.Key]));
            DossierJson.Read(written, Compact).Should().Be(read);
            DossierJson.WriteToUtf8Bytes(DossierJson.Read(written, Compact), Compact).Should().Equal(written);
        }, maxTest: 60);
    }

    private static bool IsHostAssertion(JsonObject o) =>
        o.TryGetPropertyValue("type", out var type) && type is JsonValue value && value.TryGetValue<string>(out var text) && text == Generators.CheckpointAssertion.Discriminator;
}
