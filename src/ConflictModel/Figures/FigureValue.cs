using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// A count with its uncertainty, in one of the shapes war reporting uses: exact
/// (<see cref="ExactCount"/>), at least ("plus de 330.000", <see cref="AtLeastCount"/>), at most
/// (<see cref="AtMostCount"/>), about ("quelque 120.000", <see cref="ApproximateCount"/>), a
/// range (<see cref="CountRange"/>), or low / best / high as UCDP gives them
/// (<see cref="CountEstimate"/>).
/// </summary>
/// <remarks>
/// <para>A host application may add shapes of its own and register them with the serializer. Every shape gives the
/// <see cref="Lower"/> and <see cref="Upper"/> bounds it allows, which is how figures are
/// compared; an approximate count allows <see cref="ApproximateCount.Tolerance"/> either side.</para>
/// <para>Values are kept as given, even negative, fractional or out of order, so that validation
/// can report them. Instances are immutable and thread-safe.</para>
/// </remarks>
public abstract record FigureValue
{
    /// <summary>Initializes the base of a figure shape; host applications may add shapes of their own.</summary>
    protected FigureValue()
    {
    }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; internal init; } = ExtensionData.Empty;

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new value of the same shape, or this instance when <paramref name="extensions"/> is the data it already holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [System.Diagnostics.Contracts.Pure]
    public FigureValue WithExtensions(ExtensionData extensions) =>
        ReferenceEquals(Preconditions.CheckNotNull(extensions), Extensions) ? this : this with { Extensions = extensions };

    /// <summary>Gets the smallest count the figure allows, or null when it has no lower bound.</summary>
    public abstract decimal? Lower { get; }

    /// <summary>Gets the largest count the figure allows, or null when it has no upper bound.</summary>
    public abstract decimal? Upper { get; }

    /// <summary>Gets the single count that best stands for the figure.</summary>
    public abstract decimal Best { get; }

    /// <summary>Tells whether this figure and <paramref name="other"/> can both be true.</summary>
    /// <param name="other">Another figure.</param>
    /// <returns>True when the ranges of counts the two allow overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsCompatibleWith(FigureValue other)
    {
        Preconditions.CheckNotNull(other);
        return (Upper is not { } u || other.Lower is not { } ol || ol <= u)
            && (other.Upper is not { } ou || Lower is not { } l || l <= ou);
    }

    /// <summary>Adds without overflow: a sum beyond the range of decimal stops at its end.</summary>
    private protected static decimal Saturating(decimal value, decimal delta) =>
        delta > 0 && value > decimal.MaxValue - delta ? decimal.MaxValue
        : delta < 0 && value < decimal.MinValue - delta ? decimal.MinValue
        : value + delta;

    /// <summary>Formats a number in invariant culture.</summary>
    private protected static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>An exact count.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExactCount : FigureValue
{
    /// <summary>Initializes an exact count.</summary>
    /// <param name="value">The count.</param>
    public ExactCount(decimal value) => Value = value;

    /// <summary>Gets the count.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public override decimal? Lower => Value;

    /// <inheritdoc />
    public override decimal? Upper => Value;

    /// <inheritdoc />
    public override decimal Best => Value;

    /// <summary>Returns the count.</summary>
    /// <returns>Such as <c>12</c>.</returns>
    public override string ToString() => Format(Value);
}

/// <summary>A count of at least some number ("plus de 330.000").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AtLeastCount : FigureValue
{
    /// <summary>Initializes the count.</summary>
    /// <param name="minimum">The smallest count.</param>
    public AtLeastCount(decimal minimum) => Minimum = minimum;

    /// <summary>Gets the smallest count.</summary>
    public decimal Minimum { get; }

    /// <inheritdoc />
    public override decimal? Lower => Minimum;

    /// <inheritdoc />
    public override decimal? Upper => null;

    /// <inheritdoc />
    public override decimal Best => Minimum;

    /// <summary>Returns the count with its qualifier.</summary>
    /// <returns>Such as <c>at least 330,000</c>.</returns>
    public override string ToString() => "at least " + Format(Minimum);
}

/// <summary>A count of at most some number ("jusqu'à 50").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AtMostCount : FigureValue
{
    /// <summary>Initializes the count.</summary>
    /// <param name="maximum">The largest count.</param>
    public AtMostCount(decimal maximum) => Maximum = maximum;

    /// <summary>Gets the largest count.</summary>
    public decimal Maximum { get; }

    /// <inheritdoc />
    public override decimal? Lower => 0;

    /// <inheritdoc />
    public override decimal? Upper => Maximum;

    /// <inheritdoc />
    public override decimal Best => Maximum;

    /// <summary>Returns the count with its qualifier.</summary>
    /// <returns>Such as <c>at most 50</c>.</returns>
    public override string ToString() => "at most " + Format(Maximum);
}

/// <summary>An approximate count ("quelque 120.000", "some 120,000", "près de 200").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ApproximateCount : FigureValue
{
    /// <summary>The fraction either side of the value that an approximate count allows when figures are compared: 0.1, that is ten per cent.</summary>
    public const decimal Tolerance = 0.1m;

    /// <summary>Initializes the count.</summary>
    /// <param name="value">The approximate count.</param>
    public ApproximateCount(decimal value) => Value = value;

    /// <summary>Gets the approximate count.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public override decimal? Lower => Saturating(Value, -(Math.Abs(Value) * Tolerance));

    /// <inheritdoc />
    public override decimal? Upper => Saturating(Value, Math.Abs(Value) * Tolerance);

    /// <inheritdoc />
    public override decimal Best => Value;

    /// <summary>Returns the count with its qualifier.</summary>
    /// <returns>Such as <c>about 120,000</c>.</returns>
    public override string ToString() => "about " + Format(Value);
}

/// <summary>A count somewhere in a range ("between 30 and 40", "des dizaines de milliers").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CountRange : FigureValue
{
    /// <summary>Initializes the range.</summary>
    /// <param name="low">The smallest count.</param>
    /// <param name="high">The largest count; a low above the high is kept for validation to report.</param>
    public CountRange(decimal low, decimal high)
    {
        Low = low;
        High = high;
    }

    /// <summary>Gets the smallest count.</summary>
    public decimal Low { get; }

    /// <summary>Gets the largest count.</summary>
    public decimal High { get; }

    /// <inheritdoc />
    public override decimal? Lower => Low;

    /// <inheritdoc />
    public override decimal? Upper => High;

    /// <inheritdoc />
    /// <remarks>The midpoint, computed so that it never overflows, even for bounds at the ends of <see cref="decimal"/>.</remarks>
    public override decimal Best =>
        // With the same sign the difference fits; with opposite signs the sum does.
        (Low >= 0) == (High >= 0) ? Low + ((High - Low) / 2) : (Low + High) / 2;

    /// <summary>Returns the range.</summary>
    /// <returns>Such as <c>30-40</c>.</returns>
    public override string ToString() => Format(Low) + "-" + Format(High);
}

/// <summary>A low, best and high estimate, as UCDP GED gives its fatality figures.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CountEstimate : FigureValue
{
    /// <summary>Initializes the estimate.</summary>
    /// <param name="low">The low estimate.</param>
    /// <param name="best">The best estimate.</param>
    /// <param name="high">The high estimate; unordered bounds are kept for validation to report.</param>
    public CountEstimate(decimal low, decimal best, decimal high)
    {
        Low = low;
        BestEstimate = best;
        High = high;
    }

    /// <summary>Gets the low estimate.</summary>
    public decimal Low { get; }

    /// <summary>Gets the best estimate.</summary>
    public decimal BestEstimate { get; }

    /// <summary>Gets the high estimate.</summary>
    public decimal High { get; }

    /// <inheritdoc />
    public override decimal? Lower => Low;

    /// <inheritdoc />
    public override decimal? Upper => High;

    /// <inheritdoc />
    public override decimal Best => BestEstimate;

    /// <summary>Returns the three estimates.</summary>
    /// <returns>Such as <c>10 / 12 / 15</c>.</returns>
    public override string ToString() => Format(Low) + " / " + Format(BestEstimate) + " / " + Format(High);
}
