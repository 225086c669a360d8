using System;
using System.Linq;

namespace ConflictModel.Tests.Figures;

public partial class NumeralParserTest
{
    [Theory]
    [InlineData("abc", "no digits")]
    [InlineData("des millions", "no digits")]
    [InlineData("", "empty")]
    [InlineData(" \u00A0 ", "empty")]
    [InlineData("1..2", "two separators in a row")]
    [InlineData("1,,2", "two separators in a row")]
    [InlineData("120  000", "two separators in a row")]
    [InlineData(".5", "starts with the separator '.'")]
    [InlineData(",5", "starts with the separator ','")]
    [InlineData("330.", "ends with the separator '.'")]
    [InlineData("-5", "unexpected character '-' at position 1")]
    [InlineData("5%", "unexpected character '%' at position 2")]
    [InlineData("1a2", "unexpected character 'a' at position 2")]
    [InlineData("quelque 120.000", "unexpected character 'q' at position 1")]
    [InlineData("1\t000", "U+0009")]
    [InlineData("12 personnes", "'personnes' is not a multiplier")]
    [InlineData("2 mille", "'mille' is not a multiplier")]
    [InlineData("deux millions", "no digits")]
    [InlineData("1 et 2 millions", "unexpected character 'e' at position 3")]
    public void Parse_NotANumeral_ReturnsInvalidWithReason(string text, string reasonPart)
    {
        NumeralParseResult result = NumeralParser.Parse(text);

        result.Outcome.Should().Be(NumeralParseOutcome.Invalid);
        result.Value.Should().BeNull();
        result.Candidates.Should().BeEmpty();
        result.Reason.Should().Contain(reasonPart);
    }

    [Fact]
    public void Parse_MilliardInEnglishStyle_ReturnsInvalidListingAcceptedWords()
    {
        NumeralParseResult result = NumeralParser.Parse("1.5 milliard", NumeralStyle.English);

        result.Outcome.Should().Be(NumeralParseOutcome.Invalid);
        result.Reason.Should().Contain("'milliard'").And.Contain("million, millions, billion, billions");
    }

    [Fact]
    public void Parse_TwentyNineDigits_ReturnsInvalid()
    {
        NumeralParseResult result = NumeralParser.Parse(new string('1', 29));

        result.Outcome.Should().Be(NumeralParseOutcome.Invalid);
        result.Reason.Should().Contain("28");
    }

    [Fact]
    public void Parse_TwentyEightDigits_ReturnsValue()
    {
        NumeralParser.Parse(new string('1', 28)).Value.Should().Be(1_111_111_111_111_111_111_111_111_111m);
    }

    [Fact]
    public void Parse_MultiplierBeyondDecimalRange_ReturnsInvalidInsteadOfOverflowing()
    {
        // 28 nines times 10^9 needs 37 digits.
        NumeralParseResult result = NumeralParser.Parse(new string('9', 28) + " milliards");

        result.Outcome.Should().Be(NumeralParseOutcome.Invalid);
    }

    [Fact]
    public void Parse_ExactlyMaxLength_IsRead()
    {
        string text = "330.000".PadLeft(NumeralParser.MaxLength);

        text.Length.Should().Be(64);
        NumeralParser.Parse(text).Value.Should().Be(330_000m);
    }

    [Fact]
    public void Parse_OneOverMaxLength_ReturnsInvalidNamingTheCap()
    {
        string text = "330.000".PadLeft(65);

        NumeralParseResult result = NumeralParser.Parse(text);

        result.Outcome.Should().Be(NumeralParseOutcome.Invalid);
        result.Reason.Should().Contain("65").And.Contain("64");
    }

    [Fact]
    public void Parse_HugeInput_ReturnsInvalid()
    {
        NumeralParser.Parse(string.Concat(Enumerable.Repeat("1.", 500_000))).Outcome.Should().Be(NumeralParseOutcome.Invalid);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Action act = () => NumeralParser.Parse(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void TryParse_Null_ThrowsArgumentNullException()
    {
        Action act = () => _ = NumeralParser.TryParse(null!, out _);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void Parse_UndefinedStyle_ThrowsArgumentOutOfRangeException()
    {
        Action act = () => NumeralParser.Parse("1", (NumeralStyle)7);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("style");
    }

    [Fact]
    public void Parse_RandomText_NeverThrowsAndKeepsOutcomeInvariants()
    {
        // Fixed seed: a failure is reproducible.
        var random = new Random(20171109);
        const string alphabet = "0123456789.., \u00A0\u202F\tabmilon-%\u00E9";
        for (int i = 0; i < 20_000; i++)
        {
            char[] chars = new char[random.Next(0, 70)];
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }
            var text = new string(chars);

            NumeralParseResult result = NumeralParser.Parse(text, random.Next(2) == 0 ? NumeralStyle.French : NumeralStyle.English);

            result.Text.Should().BeSameAs(text);
            switch (result.Outcome)
            {
                case NumeralParseOutcome.Parsed:
                    result.Value.Should().NotBeNull(text);
                    result.Candidates.Should().BeEmpty(text);
                    result.Reason.Should().BeNull(text);
                    break;
                case NumeralParseOutcome.Ambiguous:
                    result.Value.Should().BeNull(text);
                    result.Candidates.Should().NotBeEmpty(text).And.OnlyHaveUniqueItems(text);
                    result.Reason.Should().NotBeNullOrWhiteSpace(text);
                    break;
                default:
                    result.Outcome.Should().Be(NumeralParseOutcome.Invalid, text);
                    result.Value.Should().BeNull(text);
                    result.Candidates.Should().BeEmpty(text);
                    result.Reason.Should().NotBeNullOrWhiteSpace(text);
                    break;
            }
        }
    }
}
