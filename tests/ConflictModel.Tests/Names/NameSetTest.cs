// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Linq;

namespace ConflictModel.Tests.Names;

public partial class NameSetTest
{
    [Fact]
    public void Constructor_PrimaryText_MakesLabelWithLanguageAndNoOthers()
    {
        var names = new NameSet("Boukamal", LanguageTag.French);

        names.Primary.Should().Be(new Name("Boukamal", LanguageTag.French, NameUse.Label));
        names.Others.Should().BeEmpty();
        names.All.Should().Equal(names.Primary);
    }

    [Fact]
    public void Constructor_PrimaryAndOthers_KeepsOrderPrimaryFirst()
    {
        var primary = new Name("Boukamal", LanguageTag.French);
        var abuKamal = new Name("Abu Kamal", LanguageTag.English, NameUse.Alias);
        var arabic = new Name("البوكمال", LanguageTag.Arabic);

        var names = new NameSet(primary, [abuKamal, arabic]);

        names.Others.Should().Equal(abuKamal, arabic);
        names.All.Should().Equal(primary, abuKamal, arabic);
    }

    [Fact]
    public void Constructor_NullPrimaryName_ThrowsArgumentNull()
    {
        Action act = () => _ = new NameSet((Name)null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("primary");
    }

    [Fact]
    public void Constructor_NullPrimaryText_ThrowsArgumentNull()
    {
        Action act = () => _ = new NameSet((string)null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_BlankPrimaryText_ThrowsArgument()
    {
        Action act = () => _ = new NameSet("  ");

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void Constructor_NullAmongOthers_ThrowsArgumentNamingIndex()
    {
        Action act = () => _ = new NameSet(new Name("EI"), [new Name("IS"), null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("others").WithMessage("*[1]*");
    }

    [Fact]
    public void Constructor_OtherListChangedAfterwards_KeepsCopy()
    {
        var others = new System.Collections.Generic.List<Name> { new("IS") };
        var names = new NameSet(new Name("EI"), others);

        others.Add(new Name("ISIS"));

        names.Others.Should().HaveCount(1);
    }

    [Fact]
    public void Equals_SeparateButEqualLists_EqualWithSameHashCode()
    {
        var a = new NameSet(new Name("EI", LanguageTag.French), [new Name("IS", LanguageTag.English), new Name("Daech", null, NameUse.Alias)]);
        var b = new NameSet(new Name("EI", LanguageTag.French), [new Name("IS", LanguageTag.English), new Name("Daech", null, NameUse.Alias)]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_OthersInDifferentOrder_NotEqual()
    {
        var a = new NameSet(new Name("EI"), [new Name("IS"), new Name("ISIS")]);
        var b = new NameSet(new Name("EI"), [new Name("ISIS"), new Name("IS")]);

        a.Should().NotBe(b);
    }

    [Fact]
    public void With_Name_ReturnsNewSetAndLeavesOriginal()
    {
        var original = new NameSet("EI", LanguageTag.French);
        var alias = new Name("Daech", LanguageTag.French, NameUse.Alias);

        var changed = original.With(alias);

        changed.Others.Should().Equal(alias);
        changed.Primary.Should().Be(original.Primary);
        original.Others.Should().BeEmpty();
        changed.Should().NotBe(original);
    }

    [Fact]
    public void With_Null_ThrowsArgumentNull()
    {
        Action act = () => _ = new NameSet("EI").With(null!);

        act.Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void WithAliasAbbreviationLabel_AddNamesWithTheirUse()
    {
        var names = new NameSet("Observatoire syrien des droits de l'Homme", LanguageTag.French)
            .WithAbbreviation("OSDH", LanguageTag.French)
            .WithAbbreviation("SOHR", LanguageTag.English)
            .WithLabel("Syrian Observatory for Human Rights", LanguageTag.English)
            .WithAlias("the Observatory");

        names.Others.Select(n => n.Use).Should().Equal(NameUse.Abbreviation, NameUse.Abbreviation, NameUse.Label, NameUse.Alias);
        names.Others.Select(n => n.Text).Should().Equal("OSDH", "SOHR", "Syrian Observatory for Human Rights", "the Observatory");
        names.Others[3].Language.Should().BeNull();
    }

    [Fact]
    public void WithAlias_Blank_ThrowsArgument()
    {
        Action act = () => _ = new NameSet("EI").WithAlias(" ");

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void ToString_ReturnsPrimaryText()
    {
        new NameSet("Boukamal", LanguageTag.French).WithAlias("Abu Kamal").ToString().Should().Be("Boukamal");
    }
}
