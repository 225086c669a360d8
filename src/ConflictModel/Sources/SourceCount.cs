using System;
using System.Globalization;

namespace ConflictModel;

/// <summary>
/// How many people a collective source stands for: a number the report gives ("two military
/// sources") or an unstated plural ("multiple rebel sources", "residents", "activists").
/// </summary>
/// <remarks>
/// A source without a count is one voice. A count says that one attribution in the report covers
/// several people who are not told apart, so the dossier keeps one source for them, as the report
/// does; they are not independent of one another. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct SourceCount
{
    private readonly int number;

    private SourceCount(int number) => this.number = number;

    /// <summary>An unstated number of people, more than one.</summary>
    public static SourceCount Several { get; } = new(-1);

    /// <summary>Gets the number the report gives, or null for an unstated plural (and for the default value).</summary>
    public int? Number => number > 0 ? number : null;

    /// <summary>Gets a value indicating whether the report gives no number.</summary>
    public bool IsUnstated => number <= 0;

    /// <summary>Creates a count the report gives.</summary>
    /// <param name="number">The number of people, at least 2.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 2: one person is a source without a count.</exception>
    public static SourceCount Of(int number)
    {
        if (number < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number.ToString(CultureInfo.InvariantCulture),
                "A collective source stands for at least 2 people; one person is a source without a count.");
        }
        return new SourceCount(number);
    }

    /// <summary>Returns the number, or <c>several</c>.</summary>
    /// <returns>Such as <c>2</c> or <c>several</c>.</returns>
    public override string ToString() => Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : "several";
}
