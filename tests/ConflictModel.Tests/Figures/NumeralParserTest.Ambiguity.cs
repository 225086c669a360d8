namespace ConflictModel.Tests.Figures;

public partial class NumeralParserTest
{
    [Theory]
    // Group too long: no digit was dropped, so a stray dot or a decimal point.
    [InlineData("1.2345", "12345|1.2345")]
    // One digit after the dot: two zeros dropped on either side, a stray dot, or a decimal point.
    [InlineData("3.5", "3500|3005|35|3.5")]
    [InlineData("120.05", "120050|120005|12005|120.05")]
    // A lone comma before three digits: French decimal, or English thousands.
    [InlineData("330,000", "330|330000")]
    [InlineData("1,500 million", "1500000|1500000000")]
    // Several commas cannot all be decimal separators; read as English grouping.
    [InlineData("1,234,567", "1234567")]
    // Mixed group separators.
    [InlineData("1.234 567", "1234567")]
    // The first group has four digits.
    [InlineData("1234.567", "1234567|1234.567")]
    // A group structure starting with 0 reads better as an English decimal.
    [InlineData("0.120", "120|0.12")]
    // A short group before a valid decimal part keeps the decimal part.
    [InlineData("120.00,5", "120000.5|12000.5")]
    [InlineData("2 3", "2300|2003|23")]
    [InlineData("120.00 millions", "120000000000|12000000000|120000000")]
    public void Parse_FrenchStyleMalformed_ReturnsAmbiguousWithCandidates(string text, string expected)
    {
        NumeralParseResult result = NumeralParser.Parse(text, NumeralStyle.French);

        result.Outcome.Should().Be(NumeralParseOutcome.Ambiguous, result.Reason);
        result.Value.Should().BeNull();
        result.Candidates.Should().Equal(Ds(expected));
        result.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("120,00", "120000|12000|120")]
    [InlineData("1.500", "1.5|1500")]
    [InlineData("1,2345", "12345|1.2345")]
    [InlineData("1.234.567", "1234567")]
    public void Parse_EnglishStyleMalformed_ReturnsAmbiguousWithCandidates(string text, string expected)
    {
        NumeralParseResult result = NumeralParser.Parse(text, NumeralStyle.English);

        result.Outcome.Should().Be(NumeralParseOutcome.Ambiguous, result.Reason);
        result.Candidates.Should().Equal(Ds(expected));
    }

    [Fact]
    public void Parse_LongGroup_ReasonSaysDigitCount()
    {
        NumeralParser.Parse("1.2345").Reason.Should().Contain("4 digits where 3 are expected");
    }

    [Fact]
    public void Parse_MalformedFrench_ReasonStatesFrenchRule()
    {
        NumeralParser.Parse("120.00").Reason.Should().Contain("French style groups digits in threes");
    }

    [Fact]
    public void Parse_FrenchCommaBeforeThreeDigits_ReasonNamesBothStyles()
    {
        NumeralParser.Parse("330,000").Reason.Should().Contain("','").And.Contain("French").And.Contain("English");
    }

    [Fact]
    public void Parse_FrenchBillion_ReturnsLongAndShortScaleCandidates()
    {
        NumeralParseResult result = NumeralParser.Parse("1,5 billion");

        result.Outcome.Should().Be(NumeralParseOutcome.Ambiguous);
        result.Candidates.Should().Equal(1_500_000_000_000m, 1_500_000_000m);
        result.Reason.Should().Contain("10^12");
    }

    [Fact]
    public void Parse_EnglishBillion_IsShortScale()
    {
        NumeralParser.Parse("1.5 billion", NumeralStyle.English).Value.Should().Be(1_500_000_000m);
    }
}
