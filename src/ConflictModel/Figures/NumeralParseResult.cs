using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// What <see cref="NumeralParser"/> made of a piece of text: a value, a list of candidate readings
/// when the text is ambiguous, or the reason it is not a numeral.
/// </summary>
/// <remarks>
/// <para>Exactly one of these holds: <see cref="Outcome"/> is <see cref="NumeralParseOutcome.Parsed"/> and
/// <see cref="Value"/> is set; it is <see cref="NumeralParseOutcome.Ambiguous"/> and <see cref="Candidates"/>
/// has at least one entry and <see cref="Reason"/> is set; or it is <see cref="NumeralParseOutcome.Invalid"/>
/// and only <see cref="Reason"/> is set. Equality compares every property, candidates in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NumeralParseResult
{
    private NumeralParseResult(string text, NumeralParseOutcome outcome, decimal? value, IReadOnlyList<decimal> candidates, string? reason)
    {
        Text = text;
        Outcome = outcome;
        Value = value;
        Candidates = candidates;
        Reason = reason;
    }

    /// <summary>Gets the text that was parsed, exactly as given.</summary>
    /// <value>The input text.</value>
    public string Text { get; }

    /// <summary>Gets how the parse ended.</summary>
    /// <value>Parsed, ambiguous or invalid.</value>
    public NumeralParseOutcome Outcome { get; }

    /// <summary>Gets the value of the numeral when it was parsed.</summary>
    /// <value>The value when <see cref="Outcome"/> is <see cref="NumeralParseOutcome.Parsed"/>; otherwise null.</value>
    public decimal? Value { get; }

    /// <summary>Gets the plausible readings of an ambiguous numeral, in the order the reason explains them.</summary>
    /// <value>At least one value when <see cref="Outcome"/> is <see cref="NumeralParseOutcome.Ambiguous"/>; otherwise empty. Never null.</value>
    public IReadOnlyList<decimal> Candidates { get; }

    /// <summary>Gets what is wrong with the text, and why, when it was not parsed.</summary>
    /// <value>Null when <see cref="Outcome"/> is <see cref="NumeralParseOutcome.Parsed"/>; otherwise a sentence for a human reader.</value>
    public string? Reason { get; }

    /// <summary>Gets a value indicating whether the text was parsed to a single value.</summary>
    /// <value>True exactly when <see cref="Outcome"/> is <see cref="NumeralParseOutcome.Parsed"/>.</value>
    public bool IsParsed => Outcome == NumeralParseOutcome.Parsed;

    internal static NumeralParseResult Parsed(string text, decimal value) =>
        new(text, NumeralParseOutcome.Parsed, value, ReadOnlyCollection<decimal>.Empty, null);

    internal static NumeralParseResult Ambiguous(string text, IEnumerable<decimal> candidates, string reason)
    {
        decimal[] copy = candidates.ToArray();
        if (copy.Length == 0)
        {
            throw new InvalidOperationException("An ambiguous result needs at least one candidate.");
        }
        return new(text, NumeralParseOutcome.Ambiguous, null, Array.AsReadOnly(copy), reason);
    }

    internal static NumeralParseResult Invalid(string text, string reason) =>
        new(text, NumeralParseOutcome.Invalid, null, ReadOnlyCollection<decimal>.Empty, reason);

    /// <summary>Compares every property with those of another result, candidates in order.</summary>
    /// <param name="other">The result to compare with; may be null.</param>
    /// <returns>True when <paramref name="other"/> has the same text, outcome, value, candidates and reason.</returns>
    public bool Equals(NumeralParseResult? other) =>
        other is not null
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Outcome == other.Outcome
        && Value == other.Value
        && Candidates.SequenceEqual(other.Candidates)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <summary>Returns a hash code consistent with <see cref="Equals(NumeralParseResult)"/>.</summary>
    /// <returns>A hash of every property.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Text, StringComparer.Ordinal);
        hash.Add(Outcome);
        hash.Add(Value);
        foreach (decimal candidate in Candidates)
        {
            hash.Add(candidate);
        }
        hash.Add(Reason, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Describes the result for logs and test output, in invariant culture.</summary>
    /// <returns>For example <c>Parsed 330000 from "330.000"</c>.</returns>
    public override string ToString() => Outcome switch
    {
        NumeralParseOutcome.Parsed => string.Format(CultureInfo.InvariantCulture, "Parsed {0} from \"{1}\"", Value, Text),
        NumeralParseOutcome.Ambiguous => string.Format(CultureInfo.InvariantCulture, "Ambiguous \"{0}\": candidates [{1}]; {2}",
            Text, string.Join(", ", Candidates.Select(c => c.ToString(CultureInfo.InvariantCulture))), Reason),
        _ => string.Format(CultureInfo.InvariantCulture, "Invalid \"{0}\": {1}", Text, Reason),
    };
}
