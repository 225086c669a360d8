using System;
using System.Linq;

namespace ConflictModel.Tests.Figures;

public partial class NumeralParserTest
{
    [Fact]
    public void Find_EnglishSentenceWithABreakdown_FindsEveryNumeralWithItsPosition()
    {
        const string sentence = "73 people had been killed, at least 43 insurgents and 30 pro-government fighters";

        var found = NumeralParser.Find(sentence, NumeralStyle.English);

        found.Select(m => m.Reading.Value).Should().Equal(73m, 43m, 30m);
        found.Select(m => m.Start).Should().Equal(0, sentence.IndexOf("43", StringComparison.Ordinal), sentence.IndexOf("30", StringComparison.Ordinal));
        found.Should().OnlyContain(m => m.Length == 2 && m.Reading.IsParsed);
        found[1].Text.Should().Be("43");
        found[1].End.Should().Be(found[1].Start + 2);
    }

    [Fact]
    public void Find_FrenchTollWithGroupedThousands_ReadsTheWholeNumeralAndLeavesTheWordsAround()
    {
        const string sentence = "Il a fait plus de 330.000 morts et des millions de déplacés.";

        var found = NumeralParser.Find(sentence);

        found.Should().ContainSingle();
        found[0].Text.Should().Be("330.000");
        found[0].Start.Should().Be(18);
        found[0].Reading.Value.Should().Be(330_000m);
    }

    [Fact]
    public void Find_MalformedSeedNumeral_IsFoundAsAmbiguous()
    {
        var found = NumeralParser.Find("dont quelque 120.00 personnes ces dernières semaines seulement");

        found.Should().ContainSingle();
        found[0].Text.Should().Be("120.00");
        found[0].Reading.Outcome.Should().Be(NumeralParseOutcome.Ambiguous);
        found[0].Reading.Candidates.Should().Contain(120_000m);
    }

    [Theory]
    [InlineData("1,5 million de déplacés", NumeralStyle.French, "1,5 million", 1_500_000)]
    [InlineData("some 2.5 million people", NumeralStyle.English, "2.5 million", 2_500_000)]
    [InlineData("a bill of 2 billion dollars", NumeralStyle.English, "2 billion", 2_000_000_000)]
    [InlineData("120 000 personnes", NumeralStyle.French, "120 000", 120_000)]
    [InlineData("toll rose to 1,200.", NumeralStyle.English, "1,200", 1_200)]
    public void Find_NumeralWithMultiplierOrGroups_ReadsItAsOne(string sentence, NumeralStyle style, string text, long value)
    {
        var found = NumeralParser.Find(sentence, style);

        found.Should().ContainSingle();
        found[0].Text.Should().Be(text);
        found[0].Start.Should().Be(sentence.IndexOf(text, StringComparison.Ordinal));
        found[0].Reading.Value.Should().Be(value);
    }

    [Fact]
    public void Find_FrenchBillion_IsAmbiguousBetweenScales()
    {
        var found = NumeralParser.Find("un coût de 3 billions", NumeralStyle.French);

        found.Should().ContainSingle().Which.Reading.Candidates.Should().BeEquivalentTo([3_000_000_000_000m, 3_000_000_000m]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dozens were killed, des centaines de blessés")]
    [InlineData("two soldiers and deux civils")]
    public void Find_TextWithoutDigits_FindsNothing(string sentence)
    {
        NumeralParser.Find(sentence, NumeralStyle.English).Should().BeEmpty();
    }

    [Fact]
    public void Find_VeryLongDigitRun_IsOneInvalidMatchNotAnException()
    {
        string digits = new('9', 100_000);

        var found = NumeralParser.Find("toll: " + digits + " dead");

        found.Should().ContainSingle();
        found[0].Start.Should().Be(6);
        found[0].Length.Should().Be(100_000);
        found[0].Reading.Outcome.Should().Be(NumeralParseOutcome.Invalid);
    }

    [Fact]
    public void Find_Null_ThrowsArgumentNullException()
    {
        Action act = () => NumeralParser.Find(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void Find_Match_ToStringShowsPositionAndReading()
    {
        NumeralParser.Find("73 killed", NumeralStyle.English)[0].ToString().Should().Be("[0..2) Parsed 73 from \"73\"");
    }
}
