using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>How the <see cref="EntityResolver"/> weighs evidence and decides.</summary>
/// <remarks>
/// <para>A candidate is taken as the same entity when its score reaches <see cref="SameScore"/>
/// and leads the next candidate by at least <see cref="Margin"/>; it is ambiguous when the best
/// score reaches <see cref="AmbiguousScore"/> without that; otherwise the incoming entity is new.</para>
/// <para>Name evidence scores: same folded name 1.0; same key (article and transliteration
/// ignored) 0.9; same translated words 0.85; same consonant skeleton 0.8 (0.7 for three
/// consonants); otherwise 0.75 × the letters' similarity when it is at least 0.8. A shared code
/// lifts the score to at least 0.95; a different code of the same scheme caps it at 0.3.</para>
/// <para>Places: points within <see cref="NearbyKilometres"/> add 0.1; points further apart than
/// <see cref="NearMissKilometres"/> cap the score at 0.7 (ambiguous at best), further than
/// <see cref="FarKilometres"/> at 0.3 (new). Each distance is first reduced by the imprecision of
/// the two points (5 km for "near", 25 km for a district centroid or a line, 100 km for a province
/// centroid; a country centroid or an international location is not compared). A city, a town and
/// a village are alike; an administrative unit (country, governorate, district, subdistrict) against
/// another kind caps the score at 0.7 (Damascus the governorate is not Damascus the city); other
/// different kinds subtract 0.1. ISO 3166 codes count as codes.</para>
/// <para>Actors: the same country adds 0.05, different countries cap the score at 0.3; kinds
/// of different ACLED actor categories subtract 0.1 (a jihadist group and a rebel group are one
/// category; a kind without a category says nothing). Names that the <see cref="ActorNameRules"/> read as
/// the same institution of the same country score 0.9; as institutions of different countries, or
/// different institutions, at most 0.3. A name in capitals that is the initials of the other name
/// without its qualifier ("IS", "Islamic State (Syria)") scores 0.75. A country qualifier among the
/// countries of the other actor's events adds 0.05; one that is not, or that differs from the other's
/// qualifier, caps the score at 0.3.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record EntityResolverOptions
{
    // Declared before Default, which needs it when static fields are initialized in order.
    private static readonly IReadOnlyDictionary<string, string> DefaultCountryAliases = new ReadOnlyDictionary<string, string>(
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["United States of America"] = "United States",
            ["Russian Federation"] = "Russia",
            ["Syrian Arab Republic"] = "Syria",
            ["Iran (Islamic Republic of)"] = "Iran",
            ["Turkiye"] = "Turkey",
        });

    /// <summary>The options used when none are given.</summary>
    public static readonly EntityResolverOptions Default = new();

    /// <summary>Gets the score from which a clear leader is the same entity. Default 0.8.</summary>
    public double SameScore { get; init; } = 0.8;

    /// <summary>Gets the score from which a candidate makes the decision ambiguous. Default 0.55.</summary>
    public double AmbiguousScore { get; init; } = 0.55;

    /// <summary>Gets the lead over the second candidate that a "same" decision needs. Default 0.1.</summary>
    public double Margin { get; init; } = 0.1;

    /// <summary>Gets the lowest score of a listed candidate. Default 0.3.</summary>
    public double ListedScore { get; init; } = 0.3;

    /// <summary>Gets how many candidates a resolution lists at most. Default 5.</summary>
    public int MaxListed { get; init; } = 5;

    /// <summary>Gets the distance under which two places' points support their being one. Default 10 km.</summary>
    public double NearbyKilometres { get; init; } = 10;

    /// <summary>Gets the distance over which two places with alike names are ambiguous rather than one. Default 25 km.</summary>
    public double NearMissKilometres { get; init; } = 25;

    /// <summary>Gets the distance over which two places are different whatever their names. Default 150 km.</summary>
    public double FarKilometres { get; init; } = 150;

    /// <summary>Gets the person's decisions, followed over the scores. Default none.</summary>
    public ResolutionOverrides Overrides { get; init; } = ResolutionOverrides.None;

    /// <summary>
    /// Gets the naming conventions for institutions of a country, such as "Military Forces of X" and
    /// "Government of X" for the state forces of X. Default <see cref="ActorNameRule.Defaults"/>.
    /// </summary>
    public IReadOnlyList<ActorNameRule> ActorNameRules { get; init; } = ActorNameRule.Defaults;

    /// <summary>
    /// Gets other names of countries, each with the name it is compared as, for names of institutions and country
    /// qualifiers ("United States of America" is "United States"). Case, accents and a leading "the" are ignored.
    /// Default: the names UCDP and the United Nations use where ACLED uses another.
    /// </summary>
    public IReadOnlyDictionary<string, string> CountryAliases { get; init; } = DefaultCountryAliases;

    /// <summary>Describes the options, with the rules and the country aliases written out.</summary>
    /// <returns>The scores, distances, rules and aliases, in invariant culture.</returns>
    public override string ToString() => FormattableString.Invariant(
        $"EntityResolverOptions {{ SameScore = {SameScore}, AmbiguousScore = {AmbiguousScore}, Margin = {Margin}, ListedScore = {ListedScore}, MaxListed = {MaxListed}, NearbyKilometres = {NearbyKilometres}, NearMissKilometres = {NearMissKilometres}, FarKilometres = {FarKilometres}, Overrides = {Overrides.Count}, ActorNameRules = [{string.Join("; ", ActorNameRules)}], CountryAliases = [{string.Join("; ", CountryAliases.Select(a => a.Key + " = " + a.Value))}] }}");

    internal EntityResolverOptions Checked()
    {
        Check(SameScore, nameof(SameScore));
        Check(AmbiguousScore, nameof(AmbiguousScore));
        Check(Margin, nameof(Margin));
        Check(ListedScore, nameof(ListedScore));
        Preconditions.CheckArgument(AmbiguousScore <= SameScore, nameof(AmbiguousScore), "AmbiguousScore must not exceed SameScore.");
        Preconditions.CheckArgument(MaxListed >= 1, nameof(MaxListed), "MaxListed must be at least 1.");
        Preconditions.CheckArgument(NearbyKilometres >= 0 && NearbyKilometres <= NearMissKilometres && NearMissKilometres <= FarKilometres,
            nameof(NearbyKilometres), "The distances must satisfy 0 <= NearbyKilometres <= NearMissKilometres <= FarKilometres.");
        Preconditions.CheckNotNull(Overrides);
        Preconditions.CheckNotNull(ActorNameRules);
        Preconditions.CheckArgument(!ActorNameRules.Contains(null!), nameof(ActorNameRules), "ActorNameRules must not hold null.");
        Preconditions.CheckNotNull(CountryAliases);
        Preconditions.CheckArgument(CountryAliases.Values.All(v => !string.IsNullOrWhiteSpace(v)), nameof(CountryAliases),
            "CountryAliases must map each name to a name that is not blank.");
        return this;
    }

    private static void Check(double value, string name) =>
        Preconditions.CheckArgument(value is >= 0 and <= 1, name, FormattableString.Invariant($"{name} must be in [0-1]; it is {value}."));
}
