using System;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Tests.Figures;

public partial class NumeralParserTest
{
    private static decimal D(string invariant) => decimal.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static decimal[] Ds(string pipeSeparated) => pipeSeparated.Split('|').Select(D).ToArray();

    [Fact]
    public void Parse_DispatchDeathToll_ReturnsThreeHundredThirtyThousand()
    {
        // "Il a fait plus de 330.000 morts": the dot groups thousands in French.
        NumeralParseResult result = NumeralParser.Parse("330.000");

        result.Outcome.Should().Be(NumeralParseOutcome.Parsed);
        result.IsParsed.Should().BeTrue();
        result.Value.Should().Be(330_000m);
        result.Candidates.Should().BeEmpty();
        result.Reason.Should().BeNull();
        result.Text.Should().Be("330.000");
    }

    [Fact]
    public void Parse_DispatchMalformedDisplacedCount_ReturnsAmbiguousWithCandidates()
    {
        // "quelque 120.00 personnes": the group after the dot has two digits, not three.
        NumeralParseResult result = NumeralParser.Parse("120.00");

        result.Outcome.Should().Be(NumeralParseOutcome.Ambiguous);
        result.IsParsed.Should().BeFalse();
        result.Value.Should().BeNull();
        // A zero dropped from 120.000; a stray dot in 12000; a decimal point in 120.00.
        result.Candidates.Should().Equal(120_000m, 12_000m, 120m);
        result.Reason.Should().Contain("2 digits where 3 are expected").And.Contain("'.'").And.Contain("position 4");
    }

    [Theory]
    [InlineData("330000", "330000")]
    [InlineData("120.000", "120000")]
    [InlineData("120 000", "120000")]
    [InlineData("120\u00A0000", "120000")]
    [InlineData("120\u202F000", "120000")]
    [InlineData("120\u2009000", "120000")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1 234 567", "1234567")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("1 500,75", "1500.75")]
    [InlineData("3,5", "3.5")]
    [InlineData("0,5", "0.5")]
    [InlineData("0,125", "0.125")]
    [InlineData("12,50", "12.5")]
    [InlineData("0", "0")]
    [InlineData("007", "7")]
    [InlineData("  330.000\u00A0", "330000")]
    [InlineData("1,5 million", "1500000")]
    [InlineData("1,5\u00A0million", "1500000")]
    [InlineData("2 millions", "2000000")]
    [InlineData("2 Millions", "2000000")]
    [InlineData("2millions", "2000000")]
    [InlineData("2,25 millions", "2250000")]
    [InlineData("1,5 milliard", "1500000000")]
    [InlineData("1,5 milliards", "1500000000")]
    [InlineData("3 milliards", "3000000000")]
    [InlineData("0,000001 million", "1")]
    public void Parse_FrenchStyle_ReturnsValue(string text, string expected)
    {
        NumeralParseResult result = NumeralParser.Parse(text, NumeralStyle.French);

        result.Outcome.Should().Be(NumeralParseOutcome.Parsed, result.Reason);
        result.Value.Should().Be(D(expected));
    }

    [Theory]
    [InlineData("330,000", "330000")]
    [InlineData("120,000", "120000")]
    [InlineData("120 000", "120000")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("3.5", "3.5")]
    [InlineData("0.125", "0.125")]
    [InlineData("1.5 million", "1500000")]
    [InlineData("2 millions", "2000000")]
    [InlineData("2 billion", "2000000000")]
    [InlineData("1.25 billion", "1250000000")]
    public void Parse_EnglishStyle_ReturnsValue(string text, string expected)
    {
        NumeralParseResult result = NumeralParser.Parse(text, NumeralStyle.English);

        result.Outcome.Should().Be(NumeralParseOutcome.Parsed, result.Reason);
        result.Value.Should().Be(D(expected));
    }

    [Fact]
    public void Parse_DefaultStyle_IsFrench()
    {
        NumeralParser.Parse("1.500").Value.Should().Be(1500m);
    }

    [Fact]
    public void Parse_MultiplierWithDecimal_HasNoTrailingDecimalZeros()
    {
        // 1.5 x 1000000 computed by multiplication would carry scale 1 and print "1500000.0".
        NumeralParser.Parse("1,5 million").Value!.Value.ToString(CultureInfo.InvariantCulture).Should().Be("1500000");
    }

    [Fact]
    public void TryParse_WellFormed_ReturnsTrueAndValue()
    {
        NumeralParser.TryParse("330.000", out decimal value).Should().BeTrue();
        value.Should().Be(330_000m);
    }

    [Fact]
    public void TryParse_EnglishStyle_ReturnsTrueAndValue()
    {
        NumeralParser.TryParse("330,000", out decimal value, NumeralStyle.English).Should().BeTrue();
        value.Should().Be(330_000m);
    }

    [Theory]
    [InlineData("120.00")]
    [InlineData("abc")]
    [InlineData("")]
    public void TryParse_NotParsed_ReturnsFalseAndZero(string text)
    {
        NumeralParser.TryParse(text, out decimal value).Should().BeFalse();
        value.Should().Be(0m);
    }
}
