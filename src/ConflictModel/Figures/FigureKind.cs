using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>What a <see cref="Figure"/> counts.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct FigureKind : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public FigureKind(string value) => Value = VocabularySyntax.Check(value, "figure kind");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>People killed.</summary>
    public static readonly FigureKind Killed = new("killed");

    /// <summary>Civilians killed.</summary>
    public static readonly FigureKind CiviliansKilled = new("civilians-killed");

    /// <summary>People injured.</summary>
    public static readonly FigureKind Injured = new("injured");

    /// <summary>People displaced from their homes.</summary>
    public static readonly FigureKind Displaced = new("displaced");

    /// <summary>People who fled abroad.</summary>
    public static readonly FigureKind Refugees = new("refugees");

    /// <summary>People detained or abducted.</summary>
    public static readonly FigureKind Detained = new("detained");

    /// <summary>Fighters engaged.</summary>
    public static readonly FigureKind Fighters = new("fighters");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<FigureKind> WellKnown { get; } = [Killed, CiviliansKilled, Injured, Displaced, Refugees, Detained, Fighters];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<FigureKind>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
