using System;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// A locality in a hierarchy (country ▸ governorate ▸ district ▸ town, also neighbourhoods, border
/// crossings, oil fields, rivers, camps, desert areas), with names in several languages, an
/// optional WGS84 point with its precision, and external codes.
/// </summary>
/// <remarks>This type is immutable and thread-safe; the "with" methods return new instances.</remarks>
public sealed record Place
{
    /// <summary>Initializes a place.</summary>
    /// <param name="id">The place's id.</param>
    /// <param name="names">The place's names.</param>
    /// <param name="kind">The place's kind.</param>
    /// <param name="parent">The place that contains this one, or null for a top-level place.</param>
    /// <param name="location">A point that stands for the place, or null.</param>
    /// <param name="precision">How closely the point stands for the place; required when there is a point, null otherwise.</param>
    /// <param name="codes">External codes, or null for none.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <param name="relativeTo">Where the place lies from another place or a named feature, as a report gives it, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException">An id or the kind is the default value, or the precision is undefined, or given without a point.</exception>
    public Place(PlaceId id, NameSet names, PlaceKind kind, PlaceId? parent = null, GeoPoint? location = null,
        SpatialPrecision? precision = null, PlaceCodes? codes = null,
        ExtensionData? extensions = null, RelativeLocation? relativeTo = null)
    {
        RelativeTo = relativeTo;
        Id = Checks.Id(id);
        Names = Preconditions.CheckNotNull(names);
        Kind = Checks.Term(kind);
        Parent = Checks.OptionalId(parent);
        (Location, Precision) = CheckLocation(location, precision);
        Codes = codes ?? PlaceCodes.None;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the place's id.</summary>
    public PlaceId Id { get; }

    /// <summary>Gets the place's names.</summary>
    public NameSet Names { get; private init; }

    /// <summary>Gets the place's kind.</summary>
    public PlaceKind Kind { get; }

    /// <summary>Gets the place that contains this one, or null.</summary>
    public PlaceId? Parent { get; private init; }

    /// <summary>Gets the point that stands for the place, or null.</summary>
    public GeoPoint? Location { get; private init; }

    /// <summary>Gets how closely <see cref="Location"/> stands for the place; null exactly when there is no point.</summary>
    public SpatialPrecision? Precision { get; private init; }

    /// <summary>Gets the place's external codes.</summary>
    public PlaceCodes Codes { get; private init; }

    /// <summary>
    /// Gets where the place lies as a report gives it, from another place or a named feature ("15 km
    /// south-west of Aleppo", "near the Turkish border"), or null.
    /// </summary>
    /// <remarks>Kept beside <see cref="Location"/>, which is the point a coder gives the place; see <see cref="RelativeLocation.Estimate"/>.</remarks>
    public RelativeLocation? RelativeTo { get; private init; }

    /// <summary>Returns a copy with another relative location.</summary>
    /// <param name="relativeTo">Where the place lies from another place or a named feature, or null.</param>
    /// <returns>A new place.</returns>
    [Pure]
    public Place WithRelativeLocation(RelativeLocation? relativeTo) => this with { RelativeTo = relativeTo };

    /// <summary>Returns a copy with other names.</summary>
    /// <param name="names">The new names.</param>
    /// <returns>A new place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    [Pure]
    public Place WithNames(NameSet names) => this with { Names = Preconditions.CheckNotNull(names) };

    /// <summary>Returns a copy with another parent place.</summary>
    /// <param name="parent">The new parent, or null for none.</param>
    /// <returns>A new place.</returns>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is the default id.</exception>
    [Pure]
    public Place WithParent(PlaceId? parent) => this with { Parent = Checks.OptionalId(parent) };

    /// <summary>Returns a copy with another point.</summary>
    /// <param name="location">The new point, or null for none.</param>
    /// <param name="precision">Its precision; required with a point.</param>
    /// <returns>A new place.</returns>
    /// <exception cref="ArgumentException">The precision is missing, undefined, or given without a point.</exception>
    [Pure]
    public Place WithLocation(GeoPoint? location, SpatialPrecision? precision)
    {
        var (point, checkedPrecision) = CheckLocation(location, precision);
        return this with { Location = point, Precision = checkedPrecision };
    }

    /// <summary>Returns a copy with other external codes.</summary>
    /// <param name="codes">The new codes.</param>
    /// <returns>A new place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is null.</exception>
    [Pure]
    public Place WithCodes(PlaceCodes codes) => this with { Codes = Preconditions.CheckNotNull(codes) };

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; private init; }

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new place.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public Place WithExtensions(ExtensionData extensions) => this with { Extensions = Preconditions.CheckNotNull(extensions) };

    /// <summary>Returns the place's id and primary name.</summary>
    /// <returns>Such as <c>boukamal (Boukamal)</c>.</returns>
    public override string ToString() => $"{Id} ({Names})";

    private static (GeoPoint?, SpatialPrecision?) CheckLocation(GeoPoint? location, SpatialPrecision? precision)
    {
        if (location is null)
        {
            Preconditions.CheckArgument(precision is null, nameof(precision), "A precision was given without a point; give both or neither.");
            return (null, null);
        }
        if (precision is not { } value)
        {
            throw new ArgumentException("A point needs its precision: say how closely it stands for the place (SpatialPrecision).", nameof(precision));
        }
        return (location, Preconditions.CheckDefined(value, nameof(precision)));
    }
}
