// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Common;

public class VocabularySyntaxTest
{
    [Theory]
    [InlineData("battles")]
    [InlineData("side-a")]
    [InlineData("myapp:checkpoint")]
    [InlineData("a")]
    [InlineData("1")]
    [InlineData("x-")]
    [InlineData("a_b.c/d")]
    public void IsValid_WellFormedTerm_ReturnsTrue(string value)
    {
        VocabularySyntax.IsValid(value).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Battles")]
    [InlineData("BATTLES")]
    [InlineData("side A")]
    [InlineData("-side")]
    [InlineData(":side")]
    [InlineData("side\u202E")]
    [InlineData("déplacement")]
    [InlineData("a\tb")]
    public void IsValid_MalformedTerm_ReturnsFalse(string value)
    {
        VocabularySyntax.IsValid(value).Should().BeFalse();
    }

    [Fact]
    public void IsValid_Null_ReturnsFalse()
    {
        VocabularySyntax.IsValid(null).Should().BeFalse();
    }

    [Fact]
    public void IsValid_HundredCharacters_ReturnsTrue()
    {
        VocabularySyntax.IsValid(new string('a', 100)).Should().BeTrue();
    }

    [Fact]
    public void IsValid_HundredAndOneCharacters_ReturnsFalse()
    {
        VocabularySyntax.IsValid(new string('a', 101)).Should().BeFalse();
    }

    [Fact]
    public void TermConstructor_UpperCaseLetter_ThrowsArgumentNamingCharacterAndIndex()
    {
        Action act = () => _ = new EventType("air-Strike");

        act.Should().ThrowExactly<ArgumentException>()
            .WithParameterName("value")
            .WithMessage("Malformed event type \"air-Strike\": character 'S' at position 5 is not allowed; *");
    }

    [Fact]
    public void TermConstructor_AccentedLetter_ShowsTheCharacterAndItsCode()
    {
        Action act = () => _ = new EventType("frappe-aérienne");

        act.Should().ThrowExactly<ArgumentException>().WithMessage("*character 'é' (U+00E9) at position 9 is not allowed*");
    }
}
