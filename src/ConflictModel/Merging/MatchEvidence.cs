using System;
using System.Globalization;

namespace ConflictModel.Merging;

/// <summary>One reason for or against taking two entities as one, with the weight it was given.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MatchEvidence
{
    /// <summary>Initializes a piece of evidence.</summary>
    /// <param name="kind">What the evidence says.</param>
    /// <param name="weight">How much it moved the score: positive for, negative against; for a cap ("far apart"), the score it capped to.</param>
    /// <param name="detail">The names, codes or distance compared, for a person to check.</param>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public MatchEvidence(MatchEvidenceKind kind, double weight, string detail)
    {
        Kind = Preconditions.CheckDefined(kind);
        Weight = weight;
        Detail = Preconditions.CheckNotNull(detail);
    }

    /// <summary>Gets what the evidence says.</summary>
    public MatchEvidenceKind Kind { get; }

    /// <summary>Gets how much it moved the score: positive for, negative against; for a cap ("far apart"), the score it capped to.</summary>
    public double Weight { get; }

    /// <summary>Gets the names, codes or distance compared, for a person to check: <c>'Boukamal' ~ 'Al-Bukamal': both read bukamal</c>.</summary>
    public string Detail { get; }

    /// <summary>Describes the evidence for logs and reports.</summary>
    /// <returns>For example <c>SameKey +0.90: 'Boukamal' ~ 'Al-Bukamal': both read bukamal</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1:+0.00;-0.00;0.00}: {2}", Kind, Weight, Detail);
}
