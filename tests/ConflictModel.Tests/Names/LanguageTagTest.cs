// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Names;

public class LanguageTagTest
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("en-gb", "en-GB")]
    [InlineData("ar-latn", "ar-Latn")]
    [InlineData("AR-LATN-sy", "ar-Latn-SY")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    [InlineData("apc", "apc")]
    [InlineData("de-CH-1901", "de-CH-1901")]
    [InlineData("sl-ROZAJ", "sl-rozaj")]
    [InlineData("en-x-ABCD", "en-x-abcd")]
    [InlineData("en-X-AB", "en-x-ab")]
    public void Constructor_WellFormedTag_StoresCanonicalCase(string input, string expected)
    {
        new LanguageTag(input).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("fran")]
    [InlineData("english")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--GB")]
    [InlineData("en-abcdefghi")]
    [InlineData("fr CA")]
    [InlineData("1a")]
    [InlineData("fr-\u00E9")]
    [InlineData("ع")]
    public void Constructor_MalformedTag_ThrowsArgument(string input)
    {
        Action act = () => _ = new LanguageTag(input);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("value").WithMessage("*Malformed language tag*");
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        Action act = () => _ = new LanguageTag(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_LongerThanMaxLength_ThrowsArgument()
    {
        // "en" then 11 subtags "-abcdefgh" of 9 characters: 2 + 99 = 101 characters.
        var tag = "en" + string.Concat(System.Linq.Enumerable.Repeat("-abcdefgh", 11));

        Action act = () => _ = new LanguageTag(tag);

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("AR-latn-SY", "ar")]
    [InlineData("apc-SY", "apc")]
    public void Language_Tag_ReturnsPrimarySubtag(string input, string expected)
    {
        new LanguageTag(input).Language.Should().Be(expected);
    }

    [Fact]
    public void WellKnownTags_HaveTheirCodes()
    {
        LanguageTag.French.Value.Should().Be("fr");
        LanguageTag.English.Value.Should().Be("en");
        LanguageTag.Arabic.Value.Should().Be("ar");
        LanguageTag.Undetermined.Value.Should().Be("und");
    }

    [Fact]
    public void Equals_DifferentCaseOfSameTag_Equal()
    {
        var a = new LanguageTag("EN-gb");
        var b = new LanguageTag("en-GB");

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_RegionVariant_NotEqualToLanguage()
    {
        new LanguageTag("fr-CA").Should().NotBe(LanguageTag.French);
    }

    [Fact]
    public void TryCreate_WellFormed_ReturnsTrueAndCanonicalTag()
    {
        LanguageTag.TryCreate("ar-latn", out var tag).Should().BeTrue();
        tag.Value.Should().Be("ar-Latn");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("en_GB")]
    public void TryCreate_Malformed_ReturnsFalseAndDefault(string? input)
    {
        LanguageTag.TryCreate(input, out var tag).Should().BeFalse();
        tag.Should().Be(default(LanguageTag));
    }

    [Fact]
    public void Default_HasNoValueEmptyLanguageAndEmptyText()
    {
        var tag = default(LanguageTag);

        tag.Value.Should().BeNull();
        tag.Language.Should().BeEmpty();
        tag.ToString().Should().BeEmpty();
    }

    [Fact]
    public void ToString_ReturnsCanonicalText()
    {
        new LanguageTag("en-gb").ToString().Should().Be("en-GB");
    }
}

public class LanguageTagExtensionTest
{
    [Theory]
    [InlineData("en-u-ca-gregory", "en-u-ca-gregory")]
    [InlineData("DE-de-U-CO-phonebk", "de-DE-u-co-phonebk")]
    [InlineData("th-TH-u-nu-thai", "th-TH-u-nu-thai")]
    [InlineData("ar-Latn-SY-x-OSDH", "ar-Latn-SY-x-osdh")]
    public void Constructor_Extensions_StayLowerCase(string input, string expected)
    {
        new LanguageTag(input).Value.Should().Be(expected);
    }
}
