using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The kind of an <see cref="Actor"/>, from an open vocabulary whose well-known terms map onto ACLED's eight actor categories (see <see cref="AcledActorCategory"/>).</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct ActorKind : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public ActorKind(string value) => Value = VocabularySyntax.Check(value, "actor kind");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>Military and police of a recognised state acting in its own territory (ACLED 1).</summary>
    public static readonly ActorKind StateForces = new("state-forces");

    /// <summary>An armed group seeking to overthrow or break away from a state (ACLED 2).</summary>
    public static readonly ActorKind RebelGroup = new("rebel-group");

    /// <summary>A jihadist armed group such as the Islamic State; counted as a rebel group by ACLED (2).</summary>
    public static readonly ActorKind JihadistGroup = new("jihadist-group");

    /// <summary>An armed group serving a political end, often allied to the state, without aiming to replace it (ACLED 3).</summary>
    public static readonly ActorKind PoliticalMilitia = new("political-militia");

    /// <summary>An armed group organised around an ethnic, religious, communal or regional identity (ACLED 4).</summary>
    public static readonly ActorKind IdentityMilitia = new("identity-militia");

    /// <summary>People engaged in violent demonstration or mob violence (ACLED 5).</summary>
    public static readonly ActorKind Rioters = new("rioters");

    /// <summary>People demonstrating without violence (ACLED 6).</summary>
    public static readonly ActorKind Protesters = new("protesters");

    /// <summary>Unarmed people who are not acting for an organised group (ACLED 7).</summary>
    public static readonly ActorKind Civilians = new("civilians");

    /// <summary>Forces outside their usual country of operation, international organisations, private security (ACLED 8).</summary>
    public static readonly ActorKind ExternalForces = new("external-forces");

    /// <summary>State forces operating in another state's territory, such as Russian or Iranian forces in Syria (ACLED 8).</summary>
    public static readonly ActorKind ForeignForces = new("foreign-forces");

    /// <summary>A multinational military coalition such as the US-led coalition (ACLED 8).</summary>
    public static readonly ActorKind Coalition = new("coalition");

    /// <summary>An intergovernmental organisation such as the UN (ACLED 8).</summary>
    public static readonly ActorKind IntergovernmentalOrganization = new("igo");

    /// <summary>A government or head of state acting politically rather than militarily (ACLED 1 when it commands the state's forces).</summary>
    public static readonly ActorKind Government = new("government");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<ActorKind> WellKnown { get; } = [StateForces, RebelGroup, JihadistGroup, PoliticalMilitia, IdentityMilitia, Rioters, Protesters, Civilians, ExternalForces, ForeignForces, Coalition, IntergovernmentalOrganization, Government];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<ActorKind>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
