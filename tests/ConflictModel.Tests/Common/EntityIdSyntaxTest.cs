// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Common;

public class EntityIdSyntaxTest
{
    [Theory]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("boukamal")]
    [InlineData("Boukamal")]
    [InlineData("afp-2017-11-09")]
    [InlineData("acled:SYR12345")]
    [InlineData("geonames/170017")]
    [InlineData("a.b_c-d:e/f")]
    public void IsValid_WellFormedId_ReturnsTrue(string value)
    {
        EntityIdSyntax.IsValid(value).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("-abc")]
    [InlineData("_abc")]
    [InlineData(".abc")]
    [InlineData(":abc")]
    [InlineData("/abc")]
    [InlineData(" abc")]
    [InlineData("abc ")]
    [InlineData("a b")]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    [InlineData("a\u007fb")]
    [InlineData("ab\u202Ec")]
    [InlineData("\u202Eabc")]
    [InlineData("ab\u200Bc")]
    [InlineData("état")]
    [InlineData("al-b\u00FBkam\u0101l")]
    [InlineData("\u0430bc")] // Cyrillic a, a look-alike of the Latin letter
    [InlineData("البوكمال")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    public void IsValid_MalformedId_ReturnsFalse(string value)
    {
        EntityIdSyntax.IsValid(value).Should().BeFalse();
    }

    [Fact]
    public void IsValid_Null_ReturnsFalse()
    {
        EntityIdSyntax.IsValid(null).Should().BeFalse();
    }

    [Fact]
    public void IsValid_TwoHundredCharacters_ReturnsTrue()
    {
        EntityIdSyntax.IsValid(new string('x', 200)).Should().BeTrue();
    }

    [Fact]
    public void IsValid_TwoHundredAndOneCharacters_ReturnsFalse()
    {
        EntityIdSyntax.IsValid(new string('x', 201)).Should().BeFalse();
    }

    [Fact]
    public void MaxLength_IsTwoHundred()
    {
        EntityIdSyntax.MaxLength.Should().Be(200);
    }
}
