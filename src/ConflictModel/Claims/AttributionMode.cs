using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>How a source put forward a claim: stated it, saw it, estimated it, denied it, or reported what others said.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct AttributionMode : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public AttributionMode(string value) => Value = VocabularySyntax.Check(value, "attribution mode");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>The source stated it as fact ("a annoncé", "a indiqué").</summary>
    public static readonly AttributionMode Stated = new("stated");

    /// <summary>The source saw or heard it ("a constaté").</summary>
    public static readonly AttributionMode Observed = new("observed");

    /// <summary>The source gave an estimate or judgement ("a estimé").</summary>
    public static readonly AttributionMode Estimated = new("estimated");

    /// <summary>The source denied it: it rejects what others said or may say ("the army denied losing the town"); a source that states on its own that something did not happen uses <see cref="Modality.Negated"/> instead.</summary>
    public static readonly AttributionMode Denied = new("denied");

    /// <summary>The source reported what it learned from others ("selon").</summary>
    public static readonly AttributionMode Reported = new("reported");

    /// <summary>The source claimed responsibility for it.</summary>
    public static readonly AttributionMode Claimed = new("claimed");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<AttributionMode> WellKnown { get; } = [Stated, Observed, Estimated, Denied, Reported, Claimed];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<AttributionMode>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
