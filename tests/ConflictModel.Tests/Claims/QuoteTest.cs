// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Claims;

public class QuoteTest
{
    private const string Dispatch = "Selon l'OSDH, « l'offensive a été menée par des combattants du Hezbollah » libanais.";

    [Fact]
    public void Constructor_KeepsTextLanguageAndSpan()
    {
        var quote = new Quote("ont libéré", LanguageTag.French, new TextSpan(3, 10));

        quote.Text.Should().Be("ont libéré");
        quote.Language.Should().Be(LanguageTag.French);
        quote.Span.Should().Be(new TextSpan(3, 10));
    }

    [Fact]
    public void Constructor_ArabicText_KeptExactly()
    {
        new Quote("تحرير البوكمال", LanguageTag.Arabic).Text.Should().Be("تحرير البوكمال");
    }

    [Fact]
    public void Constructor_NullOrBlankText_Throws()
    {
        ((Action)(() => _ = new Quote(null!, LanguageTag.French))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => _ = new Quote("  ", LanguageTag.French))).Should().ThrowExactly<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Constructor_DefaultLanguage_ThrowsArgument()
    {
        Action act = () => _ = new Quote("ont libéré", default);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("language");
    }

    [Fact]
    public void Locate_WordsInText_SetsSpanWhereTheyStand()
    {
        const string words = "l'offensive a été menée par des combattants du Hezbollah";

        var quote = Quote.Locate(Dispatch, words, LanguageTag.French);

        // "Selon l'OSDH, « " is 16 characters.
        quote.Span.Should().Be(new TextSpan(16, words.Length));
        quote.Text.Should().Be(words);
        quote.Language.Should().Be(LanguageTag.French);
        Dispatch.Substring(quote.Span!.Value.Start, quote.Span.Value.Length).Should().Be(words);
    }

    [Fact]
    public void Locate_WordsNotInText_ThrowsArgument()
    {
        Action act = () => Quote.Locate(Dispatch, "menée par le Hezbollah", LanguageTag.French);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("text").WithMessage("*do not occur*");
    }

    [Fact]
    public void Locate_WordsDifferingOnlyInCase_ThrowsArgument()
    {
        Action act = () => Quote.Locate(Dispatch, "L'OFFENSIVE", LanguageTag.French);

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void Locate_NullArguments_ThrowArgumentNull()
    {
        ((Action)(() => Quote.Locate(null!, "x", LanguageTag.French))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Quote.Locate(Dispatch, null!, LanguageTag.French))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equals_SameContent_Equal()
    {
        new Quote("x y", LanguageTag.French, new TextSpan(1, 3)).Should().Be(new Quote("x y", new LanguageTag("FR"), new TextSpan(1, 3)));
        new Quote("x y", LanguageTag.French, new TextSpan(1, 3)).Should().NotBe(new Quote("x y", LanguageTag.French, new TextSpan(2, 3)));
    }

    [Fact]
    public void ToString_InGuillemetsWithLanguage()
    {
        new Quote("ont libéré Boukamal", LanguageTag.French).ToString().Should().Be("« ont libéré Boukamal » [fr]");
    }

    [Fact]
    public void Equality_SpanAndExtensions_CompareByValue()
    {
        var extensions = ExtensionData.Empty.With("acme:note", System.Text.Json.JsonDocument.Parse("1").RootElement);

        var plain = new Quote("ont libéré", LanguageTag.French);
        var spanned = new Quote("ont libéré", LanguageTag.French, new TextSpan(3, 10));
        var extended = new Quote("ont libéré", LanguageTag.French, extensions: extensions);

        plain.Span.Should().BeNull();
        plain.Extensions.Should().BeSameAs(ExtensionData.Empty);
        extended.Extensions.Should().BeSameAs(extensions);
        extended.Span.Should().BeNull();
        plain.Should().NotBe(spanned).And.NotBe(extended);
        spanned.Should().Be(new Quote("ont libéré", LanguageTag.French, new TextSpan(3, 10)));
        new Quote("ont libéré", LanguageTag.French, extensions: extensions.Without("acme:note")).Should().Be(plain);
    }
}
