using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The kind of a <see cref="Place"/>; <see cref="PlaceHierarchy"/> says which kinds may contain which.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct PlaceKind : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public PlaceKind(string value) => Value = VocabularySyntax.Check(value, "place kind");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>A state (ISO 3166-1).</summary>
    public static readonly PlaceKind Country = new("country");

    /// <summary>A first-level division: governorate, province, state (ISO 3166-2, ADM1).</summary>
    public static readonly PlaceKind Governorate = new("governorate");

    /// <summary>A second-level division (ADM2).</summary>
    public static readonly PlaceKind District = new("district");

    /// <summary>A third-level division (ADM3).</summary>
    public static readonly PlaceKind Subdistrict = new("subdistrict");

    /// <summary>A city.</summary>
    public static readonly PlaceKind City = new("city");

    /// <summary>A town.</summary>
    public static readonly PlaceKind Town = new("town");

    /// <summary>A village.</summary>
    public static readonly PlaceKind Village = new("village");

    /// <summary>A neighbourhood or quarter of a town.</summary>
    public static readonly PlaceKind Neighbourhood = new("neighbourhood");

    /// <summary>A border crossing post.</summary>
    public static readonly PlaceKind BorderCrossing = new("border-crossing");

    /// <summary>An oil or gas field.</summary>
    public static readonly PlaceKind OilField = new("oil-field");

    /// <summary>A military base or airport used by forces.</summary>
    public static readonly PlaceKind MilitaryBase = new("military-base");

    /// <summary>A camp for displaced people or refugees.</summary>
    public static readonly PlaceKind Camp = new("camp");

    /// <summary>A river.</summary>
    public static readonly PlaceKind River = new("river");

    /// <summary>A desert or other open area without settlements.</summary>
    public static readonly PlaceKind DesertArea = new("desert-area");

    /// <summary>A region that is not an administrative division ("eastern Deir Ezzor").</summary>
    public static readonly PlaceKind Region = new("region");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<PlaceKind> WellKnown { get; } = [Country, Governorate, District, Subdistrict, City, Town, Village, Neighbourhood, BorderCrossing, OilField, MilitaryBase, Camp, River, DesertArea, Region];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<PlaceKind>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
