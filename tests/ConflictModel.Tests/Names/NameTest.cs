// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Names;

public class NameTest
{
    [Fact]
    public void Constructor_TextOnly_HasNoLanguageAndIsLabel()
    {
        var name = new Name("Boukamal");

        name.Text.Should().Be("Boukamal");
        name.Language.Should().BeNull();
        name.Use.Should().Be(NameUse.Label);
    }

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var name = new Name("OSDH", LanguageTag.French, NameUse.Abbreviation);

        name.Text.Should().Be("OSDH");
        name.Language.Should().Be(LanguageTag.French);
        name.Use.Should().Be(NameUse.Abbreviation);
    }

    [Fact]
    public void Constructor_ArabicScript_KeepsTextExactly()
    {
        const string text = "\u0627\u0644\u0628\u0648\u0643\u0645\u0627\u0644"; // البوكمال
        var name = new Name(text, LanguageTag.Arabic);

        name.Text.Should().Be(text);
        name.Text.Length.Should().Be(8);
        name.Text.Should().Be("البوكمال");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Action act = () => _ = new Name(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Constructor_Blank_ThrowsArgument(string blank)
    {
        Action act = () => _ = new Name(blank);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Constructor_DefaultLanguageTag_ThrowsArgument()
    {
        Action act = () => _ = new Name("Boukamal", default(LanguageTag));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("language");
    }

    [Fact]
    public void Constructor_UndefinedUse_ThrowsArgumentOutOfRange()
    {
        Action act = () => _ = new Name("Boukamal", null, (NameUse)3);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("use");
    }

    [Fact]
    public void Equals_SameContent_Equal()
    {
        var a = new Name("Abu Kamal", LanguageTag.English, NameUse.Alias);
        var b = new Name("Abu Kamal", new LanguageTag("EN"), NameUse.Alias);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentUse_NotEqual()
    {
        new Name("EI", LanguageTag.French, NameUse.Abbreviation).Should().NotBe(new Name("EI", LanguageTag.French, NameUse.Alias));
    }

    [Fact]
    public void ToString_WithLanguage_AppendsLanguageInBrackets()
    {
        new Name("Boukamal", LanguageTag.French).ToString().Should().Be("Boukamal [fr]");
    }

    [Fact]
    public void ToString_WithoutLanguage_ReturnsText()
    {
        new Name("ISIS").ToString().Should().Be("ISIS");
    }
}
