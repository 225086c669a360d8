using System.Globalization;

namespace ConflictModel;

/// <summary>A numeral found in a sentence by <see cref="NumeralParser.Find"/>: where it stands and what it reads as.</summary>
/// <remarks>
/// <para>The position is in UTF-16 code units of the searched text, as <see cref="TextSpan"/> counts
/// them, so that a claim's quote can point at the numeral.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Start">Where the numeral starts in the searched text, from 0.</param>
/// <param name="Length">How many UTF-16 code units it takes, multiplier word ("million") included.</param>
/// <param name="Reading">What <see cref="NumeralParser.Parse"/> makes of the numeral's text; its <see cref="NumeralParseResult.Text"/> is the numeral as written.</param>
public sealed record NumeralMatch(int Start, int Length, NumeralParseResult Reading)
{
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
