using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The type of a <see cref="ConflictEvent"/>: an open taxonomy whose well-known terms are ACLED's six event types plus displacement and statements (see <see cref="EventTaxonomy"/>).</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct EventType : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public EventType(string value) => Value = VocabularySyntax.Check(value, "event type");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>A violent interaction between two organised armed groups (ACLED "Battles").</summary>
    public static readonly EventType Battles = new("battles");

    /// <summary>Violence by weapons used from afar: air strikes, shelling, bombs (ACLED "Explosions/Remote violence").</summary>
    public static readonly EventType ExplosionsRemoteViolence = new("explosions-remote-violence");

    /// <summary>Violence by an organised armed group against unarmed people (ACLED "Violence against civilians").</summary>
    public static readonly EventType ViolenceAgainstCivilians = new("violence-against-civilians");

    /// <summary>A public demonstration without violence by the demonstrators (ACLED "Protests").</summary>
    public static readonly EventType Protests = new("protests");

    /// <summary>A violent demonstration or mob violence (ACLED "Riots").</summary>
    public static readonly EventType Riots = new("riots");

    /// <summary>A significant non-violent development: agreements, transfers of territory, arrests, bases (ACLED "Strategic developments").</summary>
    public static readonly EventType StrategicDevelopments = new("strategic-developments");

    /// <summary>People forced to leave their homes; not an ACLED event type.</summary>
    public static readonly EventType Displacement = new("displacement");

    /// <summary>A public statement, announcement or estimate worth recording as an event; not an ACLED event type.</summary>
    public static readonly EventType Statement = new("statement");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<EventType> WellKnown { get; } = [Battles, ExplosionsRemoteViolence, ViolenceAgainstCivilians, Protests, Riots, StrategicDevelopments, Displacement, Statement];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<EventType>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
