// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Names;

public partial class NameSetTest
{
    private static readonly NameSet IslamicState = new NameSet("État islamique", LanguageTag.French)
        .WithAbbreviation("EI", LanguageTag.French)
        .WithAbbreviation("ISIS", LanguageTag.English)
        .WithAlias("Daech", LanguageTag.French)
        .WithLabel("Islamic State", LanguageTag.English);

    [Theory]
    [InlineData("État islamique")]
    [InlineData("etat islamique")]
    [InlineData("ETAT ISLAMIQUE")]
    [InlineData("Etat Islamique")]
    [InlineData("DAECH")]
    [InlineData("daech")]
    [InlineData("Daëch")]
    [InlineData("  Daech  ")]
    [InlineData("isis")]
    [InlineData("islamic state")]
    [InlineData("ei")]
    public void Matches_NameIgnoringCaseAccentsAndSurroundingSpace_ReturnsTrue(string text)
    {
        IslamicState.Matches(text).Should().BeTrue();
    }

    [Theory]
    [InlineData("Daesh")]
    [InlineData("État")]
    [InlineData("Etat-islamique")]
    [InlineData("IS")]
    [InlineData("")]
    public void Matches_OtherText_ReturnsFalse(string text)
    {
        IslamicState.Matches(text).Should().BeFalse();
    }

    [Fact]
    public void Matches_DecomposedAccentInName_MatchesPrecomposedQuery()
    {
        // "E" followed by U+0301 COMBINING ACUTE ACCENT.
        var names = new NameSet("E\u0301tat islamique");

        names.Matches("\u00C9tat islamique").Should().BeTrue();
        names.Matches("etat islamique").Should().BeTrue();
    }

    [Fact]
    public void Matches_ArabicName_MatchesSameText()
    {
        var names = new NameSet("Boukamal", LanguageTag.French).WithLabel("البوكمال", LanguageTag.Arabic);

        names.Matches("البوكمال").Should().BeTrue();
        names.Matches("بوكمال").Should().BeFalse();
    }

    [Fact]
    public void Matches_Null_ThrowsArgumentNull()
    {
        Action act = () => IslamicState.Matches(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }
}
