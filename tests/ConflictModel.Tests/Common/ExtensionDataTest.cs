// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ConflictModel.Tests.Common;

public sealed class ExtensionDataTest
{
    private static readonly JsonElement Value = JsonElement.Parse("\"v\"");

    private static KeyValuePair<string, JsonElement> Member(string key) => new(key, Value);

    [Fact]
    public void From_KeysAlikeInLengthAndEnding_KeepsEach()
    {
        // Same length and last two characters: keys that a cheap comparison cannot tell apart.
        string[] keys = ["a:xyz", "b:xyz", "acled:iso", "acled:Iso", "acled:isO", "x", "y", "acled:column:a1", "acled:column:b1"];

        var data = ExtensionData.From(keys.Select(Member));

        data.Keys.Should().Equal(keys);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(20)]
    [InlineData(40)]
    public void From_KeyGivenTwice_Throws(int count)
    {
        var members = Enumerable.Range(0, count).Select(i => Member("acme:key" + i)).ToList();
        members.Add(Member("acme:key" + (count / 2)));

        var act = () => ExtensionData.From(members);

        act.Should().Throw<ArgumentException>().WithMessage("*\"acme:key" + (count / 2) + "\" is given twice*");
    }

    [Fact]
    public void FromStrings_SameStringsAsFrom_EqualWithSameHashAndValues()
    {
        var keys = ImmutableArray.Create("acled:year", "acled:notes", "acled:empty");
        var texts = ImmutableArray.Create("2017", "He said \"no\"\n\u00e9", string.Empty);
        var fromJson = ExtensionData.From(keys.Zip(texts, (k, t) => new KeyValuePair<string, JsonElement>(k, JsonSerializer.SerializeToElement(t))));

        var data = ExtensionData.FromStrings(keys, texts);

        data.Should().Equal(fromJson.AsEnumerable(), (a, b) => a.Key == b.Key && JsonElement.DeepEquals(a.Value, b.Value));
        data.Equals(fromJson).Should().BeTrue();
        fromJson.Equals(data).Should().BeTrue();
        data.GetHashCode().Should().Be(fromJson.GetHashCode());
        data.Count.Should().Be(3);
        data.Keys.Should().Equal(keys);
        data.TryGetValue("acled:notes", out var notes).Should().BeTrue();
        notes.GetString().Should().Be(texts[1]);
    }

    [Fact]
    public void FromStrings_DifferentText_NotEqual()
    {
        var keys = ImmutableArray.Create("a:x", "a:y");

        var one = ExtensionData.FromStrings(keys, ["1", "2"]);
        var other = ExtensionData.FromStrings(keys, ["1", "3"]);
        var number = ExtensionData.From([new("a:x", JsonElement.Parse("1")), new("a:y", JsonElement.Parse("\"2\""))]);

        one.Equals(other).Should().BeFalse();
        one.Equals(number).Should().BeFalse();
        number.Equals(one).Should().BeFalse();
    }

    [Fact]
    public void FromStrings_ValueRead_ThenChangedWithAndWithout()
    {
        var data = ExtensionData.FromStrings(["a:x", "a:y"], ["1", "2"]);

        data.With("a:x", JsonElement.Parse("3")).Should().Equal(
            [new KeyValuePair<string, JsonElement>("a:x", JsonElement.Parse("3")), data[1]],
            (a, b) => a.Key == b.Key && JsonElement.DeepEquals(a.Value, b.Value));
        data.Without("a:x").Keys.Should().Equal("a:y");
        data.ContainsKey("a:y").Should().BeTrue();
        data[0].Value.GetString().Should().Be("1");
    }

    [Fact]
    public void FromStrings_LoneSurrogate_ReplacedAsJsonWriterDoes()
    {
        var data = ExtensionData.FromStrings(["a:x"], ["a\uD800b\uD83D\uDE00"]);

        data[0].Value.GetString().Should().Be("a\uFFFDb\uD83D\uDE00");
        data.Equals(ExtensionData.FromStrings(["a:x"], ["a\uFFFDb\uD83D\uDE00"])).Should().BeTrue();
    }

    [Fact]
    public void FromStrings_KeyGivenTwice_Throws()
    {
        var act = () => ExtensionData.FromStrings(["a:x", "a:y", "a:x"], ["1", "2", "3"]);

        act.Should().Throw<ArgumentException>().WithMessage("*\"a:x\" is given twice*");
    }

    [Fact]
    public void FromStrings_BlankKey_Throws()
    {
        var act = () => ExtensionData.FromStrings(["a:x", " "], ["1", "2"]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromStrings_CountsDiffer_Throws()
    {
        var act = () => ExtensionData.FromStrings(["a:x", "a:y"], ["1"]);

        act.Should().Throw<ArgumentException>().WithMessage("There are 1 values for 2 keys*");
    }

    [Fact]
    public void FromStrings_NullValue_Throws()
    {
        var act = () => ExtensionData.FromStrings(["a:x"], [null!]);

        act.Should().Throw<ArgumentNullException>().WithMessage("*\"a:x\" is null*");
    }

    [Fact]
    public void FromStrings_DefaultArray_Throws()
    {
        var act = () => ExtensionData.FromStrings(default, []);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromStrings_NoKeys_Empty()
    {
        ExtensionData.FromStrings([], []).Should().BeSameAs(ExtensionData.Empty);
    }

    [Fact]
    public void TryGetString_TextsAndJson_GivesStringsOnly()
    {
        var texts = ExtensionData.FromStrings(["a:x"], ["1"]);
        var json = ExtensionData.From([new("a:x", JsonElement.Parse("\"1\"")), new("a:n", JsonElement.Parse("1"))]);

        texts.TryGetString("a:x", out string? fromTexts).Should().BeTrue();
        fromTexts.Should().Be("1");
        json.TryGetString("a:x", out string? fromJson).Should().BeTrue();
        fromJson.Should().Be("1");
        json.TryGetString("a:n", out _).Should().BeFalse();
        texts.TryGetString("a:missing", out string? missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    [Theory]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(500)]
    public void Lookups_LargeSets_FindEveryKeyAndNoOther(int count)
    {
        // Past 32 keys the positions are looked up in an index: each key must still give its own value.
        var keys = Enumerable.Range(0, count).Select(i => "acme:k" + i).ToImmutableArray();
        var texts = Enumerable.Range(0, count).Select(i => "t" + i).ToImmutableArray();
        var fromTexts = ExtensionData.FromStrings(keys, texts);
        var fromJson = ExtensionData.From(keys.Zip(texts, (k, t) => new KeyValuePair<string, JsonElement>(k, JsonSerializer.SerializeToElement(t))));

        foreach (var data in new[] { fromTexts, fromJson })
        {
            for (int i = 0; i < count; i++)
            {
                data.TryGetString(keys[i], out string? text).Should().BeTrue();
                text.Should().Be(texts[i]);
                data.TryGetValue(keys[i], out var value).Should().BeTrue();
                value.GetString().Should().Be(texts[i]);
            }
            data.ContainsKey("acme:k" + count).Should().BeFalse();
            data.TryGetString("acme:K0", out _).Should().BeFalse("keys are compared exactly");
        }
        // A set of the same texts in another order equals both, and one text changed equals neither.
        var reversed = ExtensionData.FromStrings([.. keys.Reverse()], [.. texts.Reverse()]);
        reversed.Equals(fromTexts).Should().BeTrue();
        fromJson.Equals(reversed).Should().BeTrue();
        var changed = ExtensionData.FromStrings(keys, texts.SetItem(count - 1, "other"));
        changed.Equals(fromTexts).Should().BeFalse();
        fromJson.Equals(changed).Should().BeFalse();
    }

    [Fact]
    public void Lookups_LargeSetsSharingKeys_GiveEachItsOwnValues()
    {
        // An import hands every row the same array of keys.
        var keys = Enumerable.Range(0, 100).Select(i => "acme:k" + i).ToImmutableArray();
        var first = ExtensionData.FromStrings(keys, [.. keys.Select(k => k + "=1")]);
        var second = ExtensionData.FromStrings(keys, [.. keys.Select(k => k + "=2")]);

        first.TryGetString("acme:k57", out string? one).Should().BeTrue();
        second.TryGetString("acme:k57", out string? two).Should().BeTrue();

        one.Should().Be("acme:k57=1");
        two.Should().Be("acme:k57=2");
    }
}
