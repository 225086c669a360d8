using System;
using System.Collections.Generic;

namespace ConflictModel.Merging;

/// <summary>
/// A naming convention for an institution of a country, as a dataset writes it: a prefix followed by
/// the country, and optionally a period in parentheses. Names that two rules read as the same
/// institution of the same country denote one actor.
/// </summary>
/// <remarks>
/// <para>ACLED writes a country's armed forces "Military Forces of Syria (2000-2024)" and UCDP GED writes
/// the government side "Government of Syria": with the <see cref="Defaults"/>, both read as the state
/// forces of Syria (evidence <see cref="MatchEvidenceKind.SameInstitution"/>). The country must be the
/// same; a period in parentheses is allowed and not compared; a name with more words after the country
/// or the period ("Military Forces of Iraq (2014-) Kurdistan Regional Government - Peshmerga") is a unit
/// of the institution and is not read by the rule.</para>
/// <para>The police are kept apart from the state forces by default ("Police Forces of Syria" reads as the
/// police forces of Syria): ACLED codes them as a separate actor. A host that wants them taken as the
/// government adds <c>new ActorNameRule("Police Forces of", ActorNameRule.StateForces)</c> in place of
/// the default police rule.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ActorNameRule
{
    /// <summary>The institution that "Military Forces of" and "Government of" name: <c>state forces</c>.</summary>
    public const string StateForces = "state forces";

    /// <summary>The institution that "Police Forces of" names by default: <c>police forces</c>.</summary>
    public const string PoliceForces = "police forces";

    /// <summary>Initializes a rule.</summary>
    /// <param name="prefix">The words before the country, such as <c>Military Forces of</c>; compared without case and accents.</param>
    /// <param name="institution">What the rule's names denote, such as <c>state forces</c>; names of two rules with the same institution and country are one actor.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public ActorNameRule(string prefix, string institution)
    {
        Prefix = Preconditions.CheckNotBlank(prefix).Trim();
        Institution = Preconditions.CheckNotBlank(institution).Trim();
    }

    /// <summary>
    /// Gets the rules of ACLED and UCDP GED: "Military Forces of" and "Government of" are the
    /// <see cref="StateForces"/>; "Police Forces of" are the <see cref="PoliceForces"/>.
    /// </summary>
    public static IReadOnlyList<ActorNameRule> Defaults { get; } = Array.AsReadOnly(
    [
        new ActorNameRule("Military Forces of", StateForces),
        new ActorNameRule("Government of", StateForces),
        new ActorNameRule("Police Forces of", PoliceForces),
    ]);

    /// <summary>Gets the words before the country.</summary>
    public string Prefix { get; }

    /// <summary>Gets what the rule's names denote.</summary>
    public string Institution { get; }

    /// <summary>Describes the rule.</summary>
    /// <returns>For example <c>'Government of X' = state forces of X</c>.</returns>
    public override string ToString() => "'" + Prefix + " X' = " + Institution + " of X";
}
