using System.Linq;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    private static string ActorsWith(params string[] members) =>
        Head + "\"actors\":[" + string.Join(",", members.Select((m, i) =>
            "{\"id\":\"a" + i + "\",\"names\":[{\"text\":\"A" + i + "\"}],\"kind\":\"rebel-group\"" + (m.Length > 0 ? "," + m : string.Empty) + "}")) + "]}";

    [Fact]
    public void Read_ExtensionMembersAllStrings_KeptAsTextsWithTheirValues()
    {
        string json = ActorsWith("\"acme:a\":\"plain\",\"acme:b\":\"\\u00e9t\\u00e9 \\\"quoted\\\" \\\\ \\n\",\"acme:c\":\"\"");

        var extensions = DossierJson.Read(json).Actors[0].Extensions;

        extensions.HoldsTexts.Should().BeTrue("strings are kept as their text, not as a JSON document each");
        extensions.Keys.Should().Equal("acme:a", "acme:b", "acme:c");
        extensions.TryGetString("acme:b", out string? b).Should().BeTrue();
        b.Should().Be("\u00e9t\u00e9 \"quoted\" \\ \n");
        extensions.TryGetValue("acme:a", out var a).Should().BeTrue();
        a.GetString().Should().Be("plain");
        extensions.TryGetString("acme:c", out string? c).Should().BeTrue();
        c.Should().BeEmpty();
    }

    [Fact]
    public void Read_ExtensionMembersMixed_KeepEachValueInOrder()
    {
        string json = ActorsWith("\"acme:s\":\"one\",\"acme:n\":3.50,\"acme:o\":{\"k\":[1,\"x\"]},\"acme:t\":\"\\u00e9\",\"acme:z\":null");

        var extensions = DossierJson.Read(json).Actors[0].Extensions;

        extensions.Keys.Should().Equal("acme:s", "acme:n", "acme:o", "acme:t", "acme:z");
        extensions[0].Value.GetString().Should().Be("one");
        extensions[1].Value.GetRawText().Should().Be("3.50", "a number is kept as written");
        extensions[2].Value.GetRawText().Should().Be("{\"k\":[1,\"x\"]}");
        extensions[3].Value.GetString().Should().Be("\u00e9");
        extensions[4].Value.ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Read_SameExtensionKeysOnManyObjects_EachKeepsItsOwnValues()
    {
        // Objects with the same keys share one array of keys; their values stay their own, and other keys stay apart.
        string json = ActorsWith(
            "\"acme:x\":\"1\",\"acme:y\":\"2\"",
            "\"acme:x\":\"3\",\"acme:y\":\"4\"",
            "\"acme:x\":\"5\",\"acme:w\":\"6\"",
            string.Empty,
            "\"acme:x\":\"7\",\"acme:y\":\"8\"");

        var actors = DossierJson.Read(json).Actors;

        string Texts(int i) => string.Join(",", actors[i].Extensions.Keys.Select(k => k + "=" + (actors[i].Extensions.TryGetString(k, out string? t) ? t : "?")));
        Texts(0).Should().Be("acme:x=1,acme:y=2");
        Texts(1).Should().Be("acme:x=3,acme:y=4");
        Texts(2).Should().Be("acme:x=5,acme:w=6");
        actors[3].Extensions.IsEmpty.Should().BeTrue();
        Texts(4).Should().Be("acme:x=7,acme:y=8");
    }

    [Fact]
    public void Write_ExtensionTextsReadBack_SameDocument()
    {
        string json = ActorsWith("\"acme:b\":\"\\u00e9t\\u00e9 <b>&amp; \\\"q\\\" \\\\ \\u2028 \\ud83d\\ude00\"", "\"acme:n\":1,\"acme:s\":\"x\"");

        var first = DossierJson.Write(DossierJson.Read(json));
        var second = DossierJson.Write(DossierJson.Read(first));

        second.Should().Be(first);
        DossierJson.Read(first).Actors.Should().Equal(DossierJson.Read(json).Actors);
        // Written as System.Text.Json writes the same strings.
        using var parsed = JsonDocument.Parse(first);
        parsed.RootElement.GetProperty("actors")[0].GetProperty("acme:b").GetString().Should().Be("\u00e9t\u00e9 <b>&amp; \"q\" \\ \u2028 \U0001F600");
    }
}
