using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>
/// The standing of the person or people who speak, in relation to an actor or a place: a member of
/// a group who is not its spokesperson, a commander, residents, activists.
/// </summary>
/// <remarks>
/// <para>"Speaks for" (<see cref="Source.SpeaksFor"/>) is for a source whose words are the actor's
/// own: a spokesperson, a communiqué. A role with <see cref="Source.MemberOf"/> says what a source
/// is without making its words the actor's: "a rebel fighter", "a commander of the faction", "an
/// official" speaking off the record.</para>
/// <para>An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly record struct SourceRole : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public SourceRole(string value) => Value = VocabularySyntax.Check(value, "source role");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>A member of a group or force, without a rank the report gives.</summary>
    public static readonly SourceRole Member = new("member");

    /// <summary>A fighter of an armed group or force.</summary>
    public static readonly SourceRole Fighter = new("fighter");

    /// <summary>A commander or officer.</summary>
    public static readonly SourceRole Commander = new("commander");

    /// <summary>A spokesperson; the source usually also speaks for the actor.</summary>
    public static readonly SourceRole Spokesperson = new("spokesperson");

    /// <summary>An official of a government, an administration or an organisation ("a security source", "an official").</summary>
    public static readonly SourceRole Official = new("official");

    /// <summary>A resident of a place ("local residents").</summary>
    public static readonly SourceRole Resident = new("resident");

    /// <summary>An activist ("activists on the ground").</summary>
    public static readonly SourceRole Activist = new("activist");

    /// <summary>An eyewitness.</summary>
    public static readonly SourceRole Witness = new("witness");

    /// <summary>A doctor, nurse or rescuer who treated or counted the victims.</summary>
    public static readonly SourceRole Medic = new("medic");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<SourceRole> WellKnown { get; } = [Member, Fighter, Commander, Spokesperson, Official, Resident, Activist, Witness, Medic];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<SourceRole>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
