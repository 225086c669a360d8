using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>A numeral found in a sentence by <see cref="NumeralParser.Find"/>: where it stands and what it reads as.</summary>
/// <remarks>
/// <para>The position is in UTF-16 code units of the searched text, as <see cref="TextSpan"/> counts
/// them, so that a claim's quote can point at the numeral.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NumeralMatch
{
    /// <summary>Initializes a match.</summary>
    /// <param name="start">Where the numeral starts in the searched text, from 0.</param>
    /// <param name="length">How many UTF-16 code units it takes, multiplier word ("million") included.</param>
    /// <param name="reading">What <see cref="NumeralParser.Parse"/> makes of the numeral's text; its <see cref="NumeralParseResult.Text"/> is the numeral as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reading"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="length"/> is not positive.</exception>
    public NumeralMatch(int start, int length, NumeralParseResult reading)
    {
        Start = Preconditions.CheckArgumentRange(start, 0, int.MaxValue);
        Length = Preconditions.CheckArgumentRange(length, 1, int.MaxValue);
        Reading = Preconditions.CheckNotNull(reading);
    }

    /// <summary>Gets where the numeral starts in the searched text, from 0.</summary>
    public int Start { get; }

    /// <summary>Gets how many UTF-16 code units the numeral takes, multiplier word included.</summary>
    public int Length { get; }

    /// <summary>Gets what <see cref="NumeralParser.Parse"/> makes of the numeral's text.</summary>
    public NumeralParseResult Reading { get; }

    /// <summary>Gets the numeral as it stands in the searched text.</summary>
    /// <value>The same text as <see cref="NumeralParseResult.Text"/> of <see cref="Reading"/>.</value>
    public string Text => Reading.Text;

    /// <summary>Gets the position just past the numeral.</summary>
    /// <value><see cref="Start"/> plus <see cref="Length"/>.</value>
    public int End => Start + Length;

    /// <summary>Describes the match for logs and debugging.</summary>
    /// <returns>The position and the reading, such as <c>[0..2) Parsed 73 from "73"</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "[{0}..{1}) {2}", Start, End, Reading);
}
