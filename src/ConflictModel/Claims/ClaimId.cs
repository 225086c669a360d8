using System;

namespace ConflictModel;

/// <summary>Identifies a <see cref="Claim"/> within a dossier.</summary>
/// <remarks>
/// The text follows <see cref="EntityIdSyntax"/>; ids compare ordinally. The default value has no
/// text and is never a valid reference. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct ClaimId : IEntityId, IComparable<ClaimId>
{
    /// <summary>Initializes a new ClaimId from its text.</summary>
    /// <param name="value">The text of the id; see <see cref="EntityIdSyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not follow the id syntax.</exception>
    public ClaimId(string value) => Value = EntityIdSyntax.Check(value, EntityKinds.Claim);

    /// <inheritdoc />
    public string Value { get; }

    /// <inheritdoc />
    public string EntityKind => EntityKinds.Claim;

    /// <summary>Creates an id when <paramref name="value"/> is well-formed.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The id, or the default value when the text is not well-formed.</param>
    /// <returns>True when the text is a well-formed id.</returns>
    public static bool TryCreate(string? value, out ClaimId id)
    {
        id = EntityIdSyntax.IsValid(value) ? new ClaimId(value!) : default;
        return id.Value is not null;
    }

    /// <inheritdoc />
    public int CompareTo(ClaimId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ClaimId left, ClaimId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(ClaimId left, ClaimId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ClaimId left, ClaimId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(ClaimId left, ClaimId right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the text of the id.</summary>
    /// <returns>The text of the id, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
