// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Collections.Generic;
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
}
