using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The role of an actor in a <see cref="ConflictEvent"/>.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct ParticipantRole : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public ParticipantRole(string value) => Value = VocabularySyntax.Check(value, "participant role");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>The first side, usually the initiator (ACLED actor1).</summary>
    public static readonly ParticipantRole SideA = new("side-a");

    /// <summary>The opposing side (ACLED actor2).</summary>
    public static readonly ParticipantRole SideB = new("side-b");

    /// <summary>A force that supports a side without being its main actor, such as air support.</summary>
    public static readonly ParticipantRole Supporting = new("supporting");

    /// <summary>An actor associated with a side (ACLED assoc_actor).</summary>
    public static readonly ParticipantRole Associated = new("associated");

    /// <summary>
    /// An actor that brokers an agreement between the sides without being one of them ("the US and
    /// Russia brokered the ceasefire"), in an agreement or a negotiation.
    /// </summary>
    public static readonly ParticipantRole Mediator = new("mediator");

    /// <summary>An actor that undertakes to see an agreement kept ("Turkey and Russia, guarantors of the de-escalation zone").</summary>
    public static readonly ParticipantRole Guarantor = new("guarantor");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<ParticipantRole> WellKnown { get; } = [SideA, SideB, Supporting, Associated, Mediator, Guarantor];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<ParticipantRole>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
