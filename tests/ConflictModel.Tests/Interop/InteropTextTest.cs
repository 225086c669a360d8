using System.Globalization;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed class InteropTextTest
{
    [Theory]
    [InlineData("SYR1234", "acled-SYR1234")]
    [InlineData("  SYR-1_2.3:4  ", "acled-SYR-1_2.3:4")]
    [InlineData("SYR 12/3", "acled-SYR-12-3")]
    [InlineData("é12", "acled--12")]
    [InlineData("12ش", "acled-12-")]
    [InlineData("   ", "acled-x")]
    public void IdSafe_Key_KeepsTheCharactersAnIdAllowsAndDashesTheOthers(string key, string expected)
    {
        InteropText.IdSafe("acled-", key).Should().Be(expected);
        new EventId(expected).Value.Should().Be(expected);
    }

    [Fact]
    public void IdSafe_RandomTexts_GivesThePrefixAndTheTrimmedTextWithEachRefusedCharacterDashed()
    {
        var random = new Random(20261207);
        const string Alphabet = "aZ09-_.: /éش\t\u00a0,";
        for (int trial = 0; trial < 2000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 140)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            // The rule spelled out character by character: ASCII letters and digits and - _ . : stay, the rest become dashes.
            string kept = string.Concat(text.Trim().Take(120).Select(c => char.IsAsciiLetterOrDigit(c) || "-_.:".Contains(c) ? c : '-'));
            InteropText.IdSafe("p-", text).Should().Be("p-" + (kept.Length == 0 ? "x" : kept), "trial {0}: \"{1}\"", trial, text);
        }
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("34.452", true)]
    [InlineData("-12.5", true)]
    [InlineData("0.0001", true)]
    [InlineData("123456789012345", true)]
    [InlineData("1.23456789012345", true)]
    [InlineData("0.00001", false)]
    [InlineData("1.234567890123456", false)]
    [InlineData("34.4520", false)]
    [InlineData("034.452", false)]
    [InlineData("+34.452", false)]
    [InlineData("-0", false)]
    [InlineData("34.", false)]
    [InlineData(".5", false)]
    [InlineData("3.4452e1", false)]
    [InlineData(" 34.452", false)]
    [InlineData("", false)]
    [InlineData("-", false)]
    public void IsShortestNumber_Text_TellsWhetherTheShortestRoundTripGivesItBack(string text, bool expected)
    {
        InteropText.IsShortestNumber(text).Should().Be(expected);
        if (expected)
        {
            double.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture).Should().Be(text);
        }
    }

    [Fact]
    public void IsShortestNumber_RandomDecimals_IsTrueOnlyWhenTheShortestRoundTripGivesTheTextBack()
    {
        var random = new Random(20261207);
        int recognised = 0, shortest = 0;
        for (int i = 0; i < 200_000; i++)
        {
            string text = RandomDecimal(random);
            string? back = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value.ToString("R", CultureInfo.InvariantCulture)
                : null;
            bool isShortest = InteropText.IsShortestNumber(text);
            if (isShortest)
            {
                back.Should().Be(text, "\"{0}\" was taken for the text the export writes", text);
                recognised++;
            }
            // Negative zero is refused on purpose: it equals 0, so a place's point cannot tell which of the two a row wrote.
            if (back == text && text != "-0" && !text.Contains('E', StringComparison.Ordinal) &&
                text.Replace("-", "").Replace(".", "").TrimStart('0').Length <= 15)
            {
                shortest++;
                isShortest.Should().BeTrue("\"{0}\" is what the export writes", text);
            }
        }
        // Both kinds of text came up often enough for the checks to mean something.
        recognised.Should().BeGreaterThan(20_000);
        shortest.Should().Be(recognised);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("34.452")]
    [InlineData("-179.999999999999")]
    [InlineData("5.")]
    [InlineData(".5")]
    [InlineData("-.5")]
    [InlineData("0.1")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("0.000000000000001")]
    [InlineData("0.0000000000000001")]
    [InlineData("1e5")]
    [InlineData("+5")]
    [InlineData("--5")]
    [InlineData("1.2.3")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("5,5")]
    [InlineData("٣٤.٥")]
    public void TryParseDouble_GivesWhatTheParserGives(string text) => ShouldReadAsTheParser(text);

    [Fact]
    public void TryParseDouble_RandomDecimals_GiveTheParsersValueToTheBit()
    {
        var random = new Random(7122026);
        for (int i = 0; i < 200_000; i++)
        {
            ShouldReadAsTheParser(RandomDecimal(random));
        }
    }

    /// <summary>Checks that a text reads as double.TryParse reads it: the same success and, on success, the same bits.</summary>
    private static void ShouldReadAsTheParser(string text)
    {
        bool expected = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed);

        bool read = InteropText.TryParseDouble(text, out double value);

        read.Should().Be(expected, "\"{0}\"", text);
        if (expected)
        {
            BitConverter.DoubleToInt64Bits(value).Should().Be(BitConverter.DoubleToInt64Bits(parsed), "\"{0}\" reads as {1:R}", text, parsed);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("05")]
    [InlineData("123456789")]
    [InlineData("1234567890")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5a")]
    [InlineData("")]
    [InlineData("٥")]
    [InlineData("1.0")]
    public void TryParseInt_GivesWhatTheParserGives(string text)
    {
        bool expected = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed);

        InteropText.TryParseInt(text, out int value).Should().Be(expected);
        if (expected)
        {
            value.Should().Be(parsed);
        }
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("00", 0)]
    [InlineData("2017", 2017)]
    [InlineData("02017", 2017)]
    [InlineData("2017 ", 2017)]
    [InlineData("+2017", 2017)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("12147483647", int.MaxValue)]
    [InlineData("4294969313", 2017)]
    [InlineData("-3", -3)]
    [InlineData("3", -3)]
    [InlineData("", 0)]
    [InlineData("٣", 3)]
    public void IsNumber_GivesWhatFormattingTheNumberGives(string cell, int value) =>
        InteropText.IsNumber(cell, value).Should().Be(cell == value.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void IsNumber_RandomCells_IsTrueOnlyForTheNumbersFormattedText()
    {
        // Cells of digits near the number, with a zero or a sign put before them now and then, and numbers of every size.
        var random = new Random(20261207);
        for (int i = 0; i < 100_000; i++)
        {
            int value = random.Next(4) switch { 0 => random.Next(10), 1 => random.Next(3000), 2 => random.Next(), _ => -random.Next() };
            string text = (random.Next(3) == 0 ? value + random.Next(-2, 3) : value).ToString(CultureInfo.InvariantCulture);
            text = random.Next(8) switch { 0 => "0" + text, 1 => "+" + text, 2 => text + "0", _ => text };
            InteropText.IsNumber(text, value).Should().Be(text == value.ToString(CultureInfo.InvariantCulture), "\"{0}\" against {1}", text, value);
        }
    }

    /// <summary>Decimals of every shape a coordinate cell takes: signs, leading and trailing zeros, long fractions, exponents.</summary>
    private static string RandomDecimal(Random random)
    {
        var text = new System.Text.StringBuilder();
        switch (random.Next(10))
        {
            case 0: text.Append('-'); break;
            case 1: text.Append('+'); break;
        }
        int whole = random.Next(5);
        for (int i = 0; i < whole; i++)
        {
            text.Append((char)('0' + (i == 0 && random.Next(4) > 0 ? random.Next(1, 10) : random.Next(10))));
        }
        if (whole == 0 || random.Next(3) > 0)
        {
            if (whole == 0 && random.Next(2) == 0)
            {
                text.Append('0');
            }
            text.Append('.');
            int fraction = random.Next(19);
            for (int i = 0; i < fraction; i++)
            {
                text.Append((char)('0' + (i < 5 && random.Next(3) == 0 ? 0 : random.Next(10))));
            }
        }
        if (random.Next(20) == 0)
        {
            text.Append('E').Append(random.Next(-8, 3));
        }
        return text.ToString();
    }
}
