using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// A group of people a <see cref="Figure"/> counts when the report names no actor: "civilians",
/// "insurgents", "children".
/// </summary>
/// <remarks>
/// When the report names the actor ("43 members of the Jaish al-Izza faction") or the side
/// ("30 pro-government fighters", for an alliance in the dossier), count them with
/// <see cref="FigureSubject.OfActor"/> or <see cref="FigureSubject.OfSide"/> instead. An open
/// vocabulary: the static fields are the well-known terms, and a host application may create its
/// own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare ordinally by their
/// text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct PeopleGroup : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public PeopleGroup(string value) => Value = VocabularySyntax.Check(value, "people group");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>People who take no part in the fighting.</summary>
    public static readonly PeopleGroup Civilians = new("civilians");

    /// <summary>People who fight, on any side, when the report does not say which.</summary>
    public static readonly PeopleGroup Combatants = new("combatants");

    /// <summary>Members of a state's armed forces.</summary>
    public static readonly PeopleGroup Soldiers = new("soldiers");

    /// <summary>Members of police or gendarmerie forces.</summary>
    public static readonly PeopleGroup Police = new("police");

    /// <summary>Fighters against a government, when the report names no group ("insurgents", "rebels", "militants").</summary>
    public static readonly PeopleGroup Insurgents = new("insurgents");

    /// <summary>Fighters on a government's side, when the report names no force ("pro-government fighters").</summary>
    public static readonly PeopleGroup ProGovernmentFighters = new("pro-government-fighters");

    /// <summary>Children.</summary>
    public static readonly PeopleGroup Children = new("children");

    /// <summary>Women.</summary>
    public static readonly PeopleGroup Women = new("women");

    /// <summary>Journalists and media workers.</summary>
    public static readonly PeopleGroup Journalists = new("journalists");

    /// <summary>Humanitarian and health workers.</summary>
    public static readonly PeopleGroup AidWorkers = new("aid-workers");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<PeopleGroup> WellKnown { get; } =
        [Civilians, Combatants, Soldiers, Police, Insurgents, ProGovernmentFighters, Children, Women, Journalists, AidWorkers];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<PeopleGroup>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
