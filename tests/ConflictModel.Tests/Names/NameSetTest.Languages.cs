// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

namespace ConflictModel.Tests.Names;

public partial class NameSetTest
{
    private static readonly NameSet Boukamal = new NameSet("Boukamal", LanguageTag.French)
        .WithAlias("Abu Kamal", LanguageTag.English)
        .WithLabel("Al-Bukamal", new LanguageTag("en-GB"))
        .WithLabel("Albu Kamal", LanguageTag.English)
        .WithLabel("البوكمال", LanguageTag.Arabic);

    [Fact]
    public void In_LanguageWithLabel_ReturnsThatLabel()
    {
        Boukamal.In(LanguageTag.English).Text.Should().Be("Albu Kamal");
    }

    [Fact]
    public void In_Arabic_ReturnsArabicLabelExactly()
    {
        Boukamal.In(LanguageTag.Arabic).Text.Should().Be("البوكمال");
    }

    [Fact]
    public void In_ExactRegionalTag_PrefersItOverPlainLanguage()
    {
        Boukamal.In(new LanguageTag("en-gb")).Text.Should().Be("Al-Bukamal");
    }

    [Fact]
    public void In_RegionalTagWithoutLabel_FallsBackToSamePrimaryLanguage()
    {
        // No en-US label: the first English label (en-GB, listed before en) is used.
        Boukamal.In(new LanguageTag("en-US")).Text.Should().Be("Al-Bukamal");
    }

    [Fact]
    public void In_RegionalTagOfPrimaryName_ReturnsPrimary()
    {
        Boukamal.In(new LanguageTag("fr-CA")).Should().Be(Boukamal.Primary);
    }

    [Fact]
    public void In_LanguageWithoutLabel_ReturnsPrimary()
    {
        Boukamal.In(new LanguageTag("de")).Should().Be(Boukamal.Primary);
    }

    [Fact]
    public void In_LanguageWithOnlyAnAlias_IgnoresAliasAndReturnsPrimary()
    {
        var names = new NameSet("Boukamal", LanguageTag.French).WithAlias("Abu Kamal", LanguageTag.English);

        names.In(LanguageTag.English).Should().Be(names.Primary);
    }

    [Fact]
    public void In_PlainLanguageWithOnlyRegionalLabel_ReturnsRegionalLabel()
    {
        var names = new NameSet("Bukamal").WithLabel("Abou Kamal", new LanguageTag("fr-CA"));

        names.In(LanguageTag.French).Text.Should().Be("Abou Kamal");
    }

    [Fact]
    public void In_TwoLabelsOfSamePrimaryLanguage_ReturnsFirstListed()
    {
        var names = new NameSet("Boukamal", LanguageTag.French).WithLabel("Abou Kamal", new LanguageTag("fr-CA"));

        // Neither is fr-BE; the primary name (fr) comes first among the French labels.
        names.In(new LanguageTag("fr-BE")).Should().Be(names.Primary);
    }
}
