// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Claims;

public class TextSpanTest
{
    private const string Dispatch = "Le régime syrien a annoncé jeudi avoir libéré Boukamal, dernière ville tenue par l'EI. Boukamal est à la frontière.";

    [Fact]
    public void Constructor_KeepsStartAndLengthAndComputesEnd()
    {
        var span = new TextSpan(10, 5);

        span.Start.Should().Be(10);
        span.Length.Should().Be(5);
        span.End.Should().Be(15);
    }

    [Fact]
    public void Constructor_EmptySpan_Allowed()
    {
        new TextSpan(0, 0).End.Should().Be(0);
    }

    [Fact]
    public void Constructor_NegativeStart_ThrowsArgumentOutOfRange()
    {
        Action act = () => _ = new TextSpan(-1, 5);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("start");
    }

    [Fact]
    public void Constructor_NegativeLength_ThrowsArgumentOutOfRange()
    {
        Action act = () => _ = new TextSpan(0, -1);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("length");
    }

    [Fact]
    public void Constructor_EndBeyondIntMaxValue_ThrowsArgumentOutOfRange()
    {
        Action act = () => _ = new TextSpan(int.MaxValue, 1);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("length");
    }

    [Fact]
    public void Find_WordsInText_ReturnsSpanOfFirstOccurrence()
    {
        // "Le régime syrien a annoncé jeudi avoir libéré " is 46 characters.
        var span = TextSpan.Find(Dispatch, "Boukamal");

        span.Should().Be(new TextSpan(46, 8));
        Dispatch.Substring(span!.Value.Start, span.Value.Length).Should().Be("Boukamal");
    }

    [Fact]
    public void Find_DifferentCase_ReturnsNull()
    {
        TextSpan.Find(Dispatch, "boukamal").Should().BeNull();
    }

    [Fact]
    public void Find_DecomposedAccent_ReturnsNullBecauseComparisonIsOrdinal()
    {
        TextSpan.Find(Dispatch, "re\u0301gime").Should().BeNull();
    }

    [Fact]
    public void Find_WordsNotInText_ReturnsNull()
    {
        TextSpan.Find(Dispatch, "Raqqa").Should().BeNull();
    }

    [Fact]
    public void Find_NullArgument_ThrowsArgumentNull()
    {
        ((Action)(() => TextSpan.Find(null!, "x"))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("text");
        ((Action)(() => TextSpan.Find(Dispatch, null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("quote");
    }

    [Theory]
    [InlineData(10, 5, 15, true)]
    [InlineData(10, 5, 14, false)]
    [InlineData(0, 0, 0, true)]
    public void FitsIn_TextLength_TrueWhenEndWithinText(int start, int length, int textLength, bool expected)
    {
        new TextSpan(start, length).FitsIn(textLength).Should().Be(expected);
    }

    [Fact]
    public void Equals_SameStartAndLength_Equal()
    {
        new TextSpan(3, 4).Should().Be(new TextSpan(3, 4));
        new TextSpan(3, 4).Should().NotBe(new TextSpan(4, 3));
    }

    [Fact]
    public void ToString_StartPlusLength()
    {
        new TextSpan(1234, 57).ToString().Should().Be("[1234+57]");
    }
}
