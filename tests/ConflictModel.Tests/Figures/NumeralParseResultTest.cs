using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ConflictModel.Tests.Figures;

public class NumeralParseResultTest
{
    [Fact]
    public void Equals_SameAmbiguousTextParsedTwice_ReturnsTrue()
    {
        NumeralParseResult first = NumeralParser.Parse("120.00");
        NumeralParseResult second = NumeralParser.Parse("120.00");

        first.Candidates.Should().NotBeSameAs(second.Candidates);
        first.Should().Be(second);
        (first == second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentText_ReturnsFalse()
    {
        (NumeralParser.Parse("120.000") == NumeralParser.Parse("120 000")).Should().BeFalse();
    }

    [Fact]
    public void Equals_SameTextDifferentStyle_ReturnsFalse()
    {
        (NumeralParser.Parse("1.500", NumeralStyle.French) != NumeralParser.Parse("1.500", NumeralStyle.English)).Should().BeTrue();
    }

    [Fact]
    public void Equals_Null_ReturnsFalse()
    {
        NumeralParser.Parse("1").Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Properties_PublicSetters_None()
    {
        typeof(NumeralParseResult).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Should().BeEmpty();
    }

    [Fact]
    public void Candidates_CastToList_IsReadOnly()
    {
        var candidates = (ICollection<decimal>)NumeralParser.Parse("120.00").Candidates;

        candidates.IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void ToString_Parsed_ShowsValueInInvariantCulture()
    {
        NumeralParser.Parse("3,5").ToString().Should().Be("Parsed 3.5 from \"3,5\"");
    }

    [Fact]
    public void ToString_Ambiguous_ListsCandidates()
    {
        NumeralParser.Parse("120.00").ToString().Should().StartWith("Ambiguous \"120.00\": candidates [120000, 12000, 120]; ");
    }

    [Theory]
    [InlineData(NumeralParseOutcome.Parsed, 0)]
    [InlineData(NumeralParseOutcome.Ambiguous, 1)]
    [InlineData(NumeralParseOutcome.Invalid, 2)]
    public void NumeralParseOutcome_Member_HasDocumentedNumericValue(NumeralParseOutcome outcome, int expected)
    {
        ((int)outcome).Should().Be(expected);
    }

    [Theory]
    [InlineData(NumeralStyle.French, 0)]
    [InlineData(NumeralStyle.English, 1)]
    public void NumeralStyle_Member_HasDocumentedNumericValue(NumeralStyle style, int expected)
    {
        ((int)style).Should().Be(expected);
    }
}
