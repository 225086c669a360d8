using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The kind of an <see cref="ActorRelation"/> between two actors.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct RelationKind : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public RelationKind(string value) => Value = VocabularySyntax.Check(value, "relation kind");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>The subject is allied with the object.</summary>
    public static readonly RelationKind AlliedWith = new("allied-with");

    /// <summary>The subject supports the object (arms, money, air power).</summary>
    public static readonly RelationKind Supports = new("supports");

    /// <summary>The subject fights the object.</summary>
    public static readonly RelationKind Fights = new("fights");

    /// <summary>The subject is part of the object.</summary>
    public static readonly RelationKind PartOf = new("part-of");

    /// <summary>The subject commands the object.</summary>
    public static readonly RelationKind Commands = new("commands");

    /// <summary>
    /// The subject fights on the object's side without being its member or its ally in name
    /// ("other rebel groups fought on the coalition's side"): neither a membership nor an alliance.
    /// </summary>
    public static readonly RelationKind FightsAlongside = new("fights-alongside");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<RelationKind> WellKnown { get; } = [AlliedWith, Supports, Fights, PartOf, Commands, FightsAlongside];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<RelationKind>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
