using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>
/// Finds, for each incoming actor or place, the known one it is: from names and aliases in every
/// language and script, codes, countries, kinds and distance, with the evidence for each
/// candidate, and with ambiguity reported, never resolved silently.
/// </summary>
/// <remarks>
/// <para>Candidates are found through indexes of the known entities' name keys, consonant
/// skeletons, translated word sets, key prefixes and codes, so the work grows with the number of
/// entities, not with its square. Each candidate is scored as <see cref="EntityResolverOptions"/>
/// describes, and the person's <see cref="ResolutionOverrides"/> come before any score.</para>
/// <para>Known entities with the same id as an earlier one are passed over. An incoming entity is
/// never matched with itself by id: two entities with the same id in two inputs are compared like
/// any others, so that a shared id is not taken as proof.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class EntityResolver
{
    // Prefix blocks larger than this are passed over: a prefix shared by that many names says little.
    private const int MaxPrefixBlock = 256;
    private const int PrefixLength = 4;

    private const double SameInstitutionWeight = 0.9;
    private const double AcronymWeight = 0.75;
    private const double QualifierFitsWeight = 0.05;
    // A cap that lists a candidate as "new" however alike the words: a different institution, country or qualifier.
    private const double DifferentActorCap = 0.3;

    private readonly EntityResolverOptions options;
    private readonly ActorNameConventions conventions;

    /// <summary>Initializes a resolver.</summary>
    /// <param name="options">The options, or null for <see cref="EntityResolverOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    /// <exception cref="ArgumentNullException">A list of the options is null or holds null.</exception>
    public EntityResolver(EntityResolverOptions? options = null)
    {
        this.options = (options ?? EntityResolverOptions.Default).Checked();
        conventions = new ActorNameConventions(this.options.ActorNameRules, this.options.CountryAliases);
    }

    /// <summary>Gets the resolver with the default options.</summary>
    public static EntityResolver Default { get; } = new();

    /// <summary>Resolves incoming actors against known ones.</summary>
    /// <param name="incoming">The actors to resolve, such as those of a new report or dataset.</param>
    /// <param name="known">The actors already known, such as those of the dossier merged so far.</param>
    /// <returns>One resolution for each incoming actor, in order.</returns>
    /// <exception cref="ArgumentNullException">A sequence or one of its items is null.</exception>
    /// <remarks>Without the actors' events, a country qualifier ("Islamic State (Syria)") cannot be checked against
    /// where the other actor fights; <see cref="ResolveActors(Dossier, Dossier)"/> checks it.</remarks>
    public IReadOnlyList<Resolution<ActorId>> ResolveActors(IEnumerable<Actor> incoming, IEnumerable<Actor> known)
    {
        Preconditions.CheckNotNull(incoming);
        Preconditions.CheckNotNull(known);
        return ResolveActors(incoming, known, ActorCountries.None, ActorCountries.None);
    }

    /// <summary>
    /// Resolves the actors of one dossier against those of another, knowing the countries each actor's events take
    /// place in (through the events' places and their parents up to a country).
    /// </summary>
    /// <param name="incoming">The dossier whose actors are resolved, such as a new dataset.</param>
    /// <param name="known">The dossier whose actors are already known.</param>
    /// <returns>One resolution for each actor of <paramref name="incoming"/>, in order.</returns>
    /// <remarks>A country qualifier of one actor's name ("Islamic State (Syria)") that is not among the countries of the
    /// other actor's events rules the pair out (<see cref="MatchEvidenceKind.QualifierDoesNotFit"/>); one that is among
    /// them supports it (<see cref="MatchEvidenceKind.QualifierFits"/>). An unqualified actor whose events span the
    /// countries of two qualified ones ("IS" in Syria and Iraq) fits both, and is ambiguous.</remarks>
    /// <exception cref="ArgumentNullException">A dossier is null.</exception>
    public IReadOnlyList<Resolution<ActorId>> ResolveActors(Dossier incoming, Dossier known)
    {
        Preconditions.CheckNotNull(incoming);
        Preconditions.CheckNotNull(known);
        return ResolveActors(incoming.Actors, known.Actors, ActorCountries.Of(incoming.Events, incoming.Places, conventions),
            ActorCountries.Of(known.Events, known.Places, conventions));
    }

    internal ActorCountries CountriesOf(IEnumerable<ConflictEvent> events, IEnumerable<Place> places) => ActorCountries.Of(events, places, conventions);

    internal ActorCountries.Builder CountriesBuilder(IEnumerable<Place> places) => new(places, conventions);

    internal IReadOnlyList<Resolution<ActorId>> ResolveActors(IEnumerable<Actor> incoming, IEnumerable<Actor> known, ActorCountries incomingCountries,
        ActorCountries knownCountries)
    {
        // Each actor's compared names are worked out once, not again for every candidate pair it is scored in.
        var compared = new Dictionary<Actor, NameSet>(ReferenceEqualityComparer.Instance);
        NameSet ComparedNamesOf(Actor actor)
        {
            if (!compared.TryGetValue(actor, out var names))
            {
                compared.Add(actor, names = ActorNameConventions.ComparedNames(actor.Names));
            }
            return names;
        }
        var index = new Index<Actor, ActorId>(known, a => a.Id, ComparedNamesOf, _ => [], conventions.Keys);
        return incoming.Select(a => Resolve(Preconditions.CheckNotNull(a, nameof(incoming)), a.Id, ComparedNamesOf(a), [], index,
            (x, y, evidence, score) => ActorEvidence(x, ComparedNamesOf(x), y, ComparedNamesOf(y), evidence, score, incomingCountries, knownCountries)))
            .ToList().AsReadOnly();
    }

    /// <summary>Resolves incoming places against known ones.</summary>
    /// <param name="incoming">The places to resolve.</param>
    /// <param name="known">The places already known.</param>
    /// <returns>One resolution for each incoming place, in order.</returns>
    /// <exception cref="ArgumentNullException">A sequence or one of its items is null.</exception>
    public IReadOnlyList<Resolution<PlaceId>> ResolvePlaces(IEnumerable<Place> incoming, IEnumerable<Place> known)
    {
        Preconditions.CheckNotNull(incoming);
        Preconditions.CheckNotNull(known);
        var index = new Index<Place, PlaceId>(known, p => p.Id, p => ComparedNames(p.Names), PlaceCodesOf, _ => []);
        return incoming.Select(p => Resolve(Preconditions.CheckNotNull(p, nameof(incoming)), p.Id, ComparedNames(p.Names), PlaceCodesOf(p), index, PlaceEvidence)).ToList().AsReadOnly();
    }

    /// <summary>
    /// A place's names, and each of them without a trailing word that only tells the kind of place: GED writes "Abu Kamal
    /// town" and "Anbar province" where ACLED writes "Abu Kamal" and "Al Anbar". The kinds themselves are compared apart.
    /// </summary>
    private static NameSet ComparedNames(NameSet names)
    {
        var compared = names;
        foreach (var name in names.All)
        {
            if (NameForms.WithoutKindWord(name.Text) is { } bare && !compared.All.Any(n => n.Text == bare))
            {
                compared = compared.WithAlias(bare, name.Language);
            }
        }
        return compared;
    }

    private static string[] PlaceCodesOf(Place place)
    {
        var codes = new List<string>(3);
        if (place.Codes.Iso3166 is { Length: > 0 } iso)
        {
            codes.Add("iso3166:" + iso.ToUpperInvariant());
        }
        if (place.Codes.GeoNamesId is { } geoNames)
        {
            codes.Add("geonames:" + geoNames.ToString(CultureInfo.InvariantCulture));
        }
        if (place.Codes.PCode is { Length: > 0 } pCode)
        {
            codes.Add("pcode:" + pCode.ToUpperInvariant());
        }
        return [.. codes];
    }

    private Resolution<TId> Resolve<TEntity, TId>(TEntity entity, TId id, NameSet names, string[] codes, Index<TEntity, TId> index,
        Func<TEntity, TEntity, List<MatchEvidence>, double, double> extra)
        where TEntity : class
        where TId : struct, IEntityId, IEquatable<TId>
    {
        var forms = names.All.Select(n => NameForms.Of(n.Text)).ToList();
        string kind = id.IsDefault ? string.Empty : id.EntityKind;
        string? forced = id.IsDefault ? null : options.Overrides.SameTarget(kind, id.Value);

        var scored = new List<ResolutionCandidate<TId>>();
        foreach (int k in index.Candidates(forms, codes, forced))
        {
            var (known, knownId, knownForms, knownCodes) = index.Entries[k];
            var evidence = new List<MatchEvidence>(4);
            double score = NameScore(forms, knownForms, evidence);
            score = CodeScore(codes, knownCodes, evidence, score);
            score = extra(entity, known, evidence, score);
            if (forced == knownId.Value)
            {
                evidence.Add(new MatchEvidence(MatchEvidenceKind.UserSame, 1, "the mapping says " + id.Value + " is " + knownId.Value));
                score = 1;
            }
            else if (!id.IsDefault && options.Overrides.IsNever(kind, id.Value, knownId.Value))
            {
                evidence.Add(new MatchEvidence(MatchEvidenceKind.UserNeverSame, 0, "the mapping says " + id.Value + " is never " + knownId.Value));
                scored.Add(new ResolutionCandidate<TId>(knownId, 0, evidence));
                continue;
            }
            score = Math.Clamp(score, 0, 1);
            if (score >= options.ListedScore)
            {
                scored.Add(new ResolutionCandidate<TId>(knownId, score, evidence));
            }
        }
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Target.Value, b.Target.Value));

        ResolutionDecision decision;
        TId? target = null;
        var best = scored.Count > 0 ? scored[0] : null;
        double second = scored.Count > 1 ? scored[1].Score : 0;
        if (best is not null && forced is not null && best.Target.Value == forced)
        {
            decision = ResolutionDecision.Same;
            target = best.Target;
        }
        else if (best is not null && best.Score >= options.SameScore && best.Score - second >= options.Margin)
        {
            decision = ResolutionDecision.Same;
            target = best.Target;
        }
        else if (best is not null && best.Score >= options.AmbiguousScore)
        {
            decision = ResolutionDecision.Ambiguous;
        }
        else
        {
            decision = ResolutionDecision.New;
        }
        var listed = scored.Where(c => c.Score >= options.ListedScore || c.Evidence.Any(e => e.Kind == MatchEvidenceKind.UserNeverSame))
            .Take(options.MaxListed);
        return new Resolution<TId>(id, decision, target, listed);
    }

    private static double NameScore(List<NameForms> incoming, List<NameForms> known, List<MatchEvidence> evidence)
    {
        double best = 0;
        MatchEvidence? bestEvidence = null;
        foreach (var a in incoming)
        {
            foreach (var b in known)
            {
                var found = Compare(a, b);
                if (found is not null && found.Weight > best)
                {
                    best = found.Weight;
                    bestEvidence = found;
                }
            }
        }
        if (bestEvidence is not null)
        {
            evidence.Add(bestEvidence);
        }
        return best;
    }

    private static MatchEvidence? Compare(NameForms a, NameForms b)
    {
        string pair = "'" + a.Text + "' ~ '" + b.Text + "'";
        if (a.Folded.Length > 0 && a.Folded == b.Folded)
        {
            return new MatchEvidence(MatchEvidenceKind.SameName, 1.0, pair);
        }
        if (a.Key.Length > 0 && a.Key == b.Key)
        {
            return new MatchEvidence(MatchEvidenceKind.SameKey, 0.9, pair + ": both read " + a.Key);
        }
        if (a.WordSet.Length > 0 && a.WordSet == b.WordSet)
        {
            return new MatchEvidence(MatchEvidenceKind.SameWords, 0.85, pair + ": the same words {" + string.Join(", ", a.Words) + "}");
        }
        if (a.Skeleton.Length > 0 && a.Skeleton == b.Skeleton)
        {
            double weight = a.Skeleton.Length >= 4 ? 0.8 : 0.7;
            return new MatchEvidence(MatchEvidenceKind.SameSkeleton, weight, pair + ": the same consonants " + a.Skeleton);
        }
        double similarity = NameForms.Similarity(a.Key, b.Key);
        if (similarity >= 0.8)
        {
            return new MatchEvidence(MatchEvidenceKind.SimilarName, Math.Round(0.75 * similarity, 2),
                pair + string.Format(CultureInfo.InvariantCulture, ": {0} and {1} are {2:0%} alike", a.Key, b.Key, similarity));
        }
        return null;
    }

    private static double CodeScore(string[] incoming, string[] known, List<MatchEvidence> evidence, double score)
    {
        foreach (string a in incoming)
        {
            string scheme = a[..a.IndexOf(':', StringComparison.Ordinal)];
            foreach (string b in known)
            {
                if (a == b)
                {
                    evidence.Add(new MatchEvidence(MatchEvidenceKind.SameCode, 0.95, "both have " + a));
                    return Math.Max(score, 0.95);
                }
                if (b.StartsWith(scheme + ":", StringComparison.Ordinal))
                {
                    evidence.Add(new MatchEvidence(MatchEvidenceKind.DifferentCode, 0.3, a + " against " + b));
                    return Math.Min(score, 0.3);
                }
            }
        }
        return score;
    }

    private double ActorEvidence(Actor incoming, NameSet incomingCompared, Actor known, NameSet knownCompared, List<MatchEvidence> evidence, double score,
        ActorCountries incomingCountries, ActorCountries knownCountries)
    {
        var incomingNames = incomingCompared.All.Select(n => n.Text).ToList();
        var knownNames = knownCompared.All.Select(n => n.Text).ToList();
        score = InstitutionEvidence(incomingNames, knownNames, evidence, score);
        score = AcronymEvidence(incomingNames, knownNames, evidence, score);
        if (score > 0)
        {
            score = QualifierEvidence(incoming, incomingNames, known, knownNames, evidence, score, incomingCountries, knownCountries);
        }
        if (incoming.Country is { } c1 && known.Country is { } c2)
        {
            if (string.Equals(c1, c2, StringComparison.OrdinalIgnoreCase))
            {
                evidence.Add(new MatchEvidence(MatchEvidenceKind.SameCountry, 0.05, "both of " + c1));
                score += 0.05;
            }
            else
            {
                evidence.Add(new MatchEvidence(MatchEvidenceKind.DifferentCountry, 0.3, c1 + " against " + c2));
                score = Math.Min(score, 0.3);
            }
        }
        // Kinds are compared through ACLED's categories, which every dataset can be mapped to: a jihadist group and a
        // rebel group are one category; a kind without a category (a host's own, "unspecified") says nothing.
        if (incoming.Kind != known.Kind && AcledActorCategory.CodeOf(incoming.Kind) is { } c1Code && AcledActorCategory.CodeOf(known.Kind) is { } c2Code
            && c1Code != c2Code)
        {
            evidence.Add(new MatchEvidence(MatchEvidenceKind.DifferentKind, -0.1, incoming.Kind + " against " + known.Kind));
            score -= 0.1;
        }
        return score;
    }

    /// <summary>
    /// Two names that the <see cref="ActorNameRule"/>s read as the same institution of the same country are one actor
    /// ("Government of Syria", "Military Forces of Syria (2000-2024)"); two that they read as institutions of different
    /// countries, or different institutions of one country, are not, however alike their words.
    /// </summary>
    private double InstitutionEvidence(List<string> incoming, List<string> known, List<MatchEvidence> evidence, double score)
    {
        var a = incoming.Select(n => (Name: n, Institution: conventions.InstitutionOf(n))).Where(x => x.Institution is not null).ToList();
        if (a.Count == 0)
        {
            return score;
        }
        var b = known.Select(n => (Name: n, Institution: conventions.InstitutionOf(n))).Where(x => x.Institution is not null).ToList();
        if (b.Count == 0)
        {
            return score;
        }
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x.Institution!.Value.Key == y.Institution!.Value.Key)
                {
                    evidence.Add(new MatchEvidence(MatchEvidenceKind.SameInstitution, SameInstitutionWeight,
                        "'" + x.Name + "' ~ '" + y.Name + "': both name the " + x.Institution.Value));
                    return Math.Max(score, SameInstitutionWeight);
                }
            }
        }
        var first = a[0].Institution!.Value;
        var other = b[0].Institution!.Value;
        string detail = "'" + a[0].Name + "' against '" + b[0].Name + "': the " + first + " against the " + other;
        evidence.Add(new MatchEvidence(first.CountryKey == other.CountryKey ? MatchEvidenceKind.DifferentKind : MatchEvidenceKind.DifferentCountry,
            DifferentActorCap, detail));
        return Math.Min(score, DifferentActorCap);
    }

    /// <summary>A name in capitals that is the initials of the other name without its qualifier ("IS", "Islamic State (Syria)").</summary>
    private static double AcronymEvidence(List<string> incoming, List<string> known, List<MatchEvidence> evidence, double score)
    {
        if (score >= AcronymWeight)
        {
            return score;
        }
        var a = incoming.Select(NameForms.Of).ToList();
        var b = known.Select(NameForms.Of).ToList();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var (shortForm, longForm) = x.Acronym.Length > 0 && y.Acronym.Length == 0 ? (x, y) : (y, x);
                if (shortForm.Acronym.Length > 0 && longForm.Acronym.Length == 0 && shortForm.Acronym == longForm.Initials)
                {
                    evidence.Add(new MatchEvidence(MatchEvidenceKind.Acronym, AcronymWeight,
                        "'" + x.Text + "' ~ '" + y.Text + "': " + shortForm.Text.Trim() + " is the initials of " + longForm.Text));
                    return AcronymWeight;
                }
            }
        }
        return score;
    }

    /// <summary>
    /// A country qualifier ("Islamic State (Syria)") must fit the other actor: its own qualifier, or the countries its events
    /// take place in when it has none.
    /// </summary>
    private double QualifierEvidence(Actor incoming, List<string> incomingNames, Actor known, List<string> knownNames, List<MatchEvidence> evidence,
        double score, ActorCountries incomingCountries, ActorCountries knownCountries)
    {
        var a = Qualifiers(incomingNames);
        var b = Qualifiers(knownNames);
        if (a.Count > 0 && b.Count > 0)
        {
            if (a.Keys.Any(b.ContainsKey))
            {
                return score;
            }
            evidence.Add(new MatchEvidence(MatchEvidenceKind.QualifierDoesNotFit, DifferentActorCap,
                "(" + a.Values.First() + ") against (" + b.Values.First() + ")"));
            return Math.Min(score, DifferentActorCap);
        }
        if (a.Count == 0 && b.Count == 0)
        {
            return score;
        }
        var (qualified, qualifiers, other, countries) = a.Count > 0
            ? (incoming, a, known, knownCountries.Of(known.Id))
            : (known, b, incoming, incomingCountries.Of(incoming.Id));
        if (countries is null)
        {
            return score;
        }
        string where = string.Join(", ", countries.Values.Order(StringComparer.Ordinal));
        foreach (var (key, shown) in qualifiers)
        {
            if (countries.ContainsKey(key))
            {
                evidence.Add(new MatchEvidence(MatchEvidenceKind.QualifierFits, QualifierFitsWeight,
                    shown + " of '" + qualified.Names.Primary.Text + "' is among the countries of " + other.Id.Value + "'s events (" + where + ")"));
                return score + QualifierFitsWeight;
            }
        }
        evidence.Add(new MatchEvidence(MatchEvidenceKind.QualifierDoesNotFit, DifferentActorCap,
            qualifiers.Values.First() + " of '" + qualified.Names.Primary.Text + "' is not among the countries of " + other.Id.Value + "'s events (" + where + ")"));
        return Math.Min(score, DifferentActorCap);
    }

    private Dictionary<string, string> Qualifiers(List<string> names)
    {
        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            if (ActorNameConventions.QualifierOf(name) is { } qualifier && conventions.CountryKey(qualifier) is { Length: > 0 } key)
            {
                qualifiers.TryAdd(key, qualifier);
            }
        }
        return qualifiers;
    }

    private double PlaceEvidence(Place incoming, Place known, List<MatchEvidence> evidence, double score)
    {
        score = PlaceKindEvidence(incoming.Kind, known.Kind, evidence, score);
        if (incoming.Location is not { IsWellFormed: true } p1 || known.Location is not { IsWellFormed: true } p2)
        {
            return score;
        }
        double? slack1 = GreatCircle.ImprecisionKilometres(incoming.Precision);
        double? slack2 = GreatCircle.ImprecisionKilometres(known.Precision);
        if (slack1 is null || slack2 is null)
        {
            return score;
        }
        double km = GreatCircle.Kilometres(p1, p2);
        double effective = Math.Max(0, km - slack1.Value - slack2.Value);
        string detail = string.Format(CultureInfo.InvariantCulture, "{0:0.0} km apart", km);
        if (slack1 + slack2 > 0)
        {
            detail += string.Format(CultureInfo.InvariantCulture, " ({0:0.0} km beyond the points' imprecision)", effective);
        }
        if (effective <= options.NearbyKilometres)
        {
            evidence.Add(new MatchEvidence(MatchEvidenceKind.Nearby, 0.1, detail));
            return score + 0.1;
        }
        if (effective > options.FarKilometres)
        {
            evidence.Add(new MatchEvidence(MatchEvidenceKind.FarApart, 0.3, detail));
            return Math.Min(score, 0.3);
        }
        if (effective > options.NearMissKilometres)
        {
            evidence.Add(new MatchEvidence(MatchEvidenceKind.FarApart, 0.7, detail));
            return Math.Min(score, 0.7);
        }
        return score;
    }

    private static readonly HashSet<PlaceKind> Settlements = [PlaceKind.City, PlaceKind.Town, PlaceKind.Village];
    private static readonly HashSet<PlaceKind> AdministrativeUnits = [PlaceKind.Country, PlaceKind.Governorate, PlaceKind.District, PlaceKind.Subdistrict];

    /// <summary>
    /// Datasets disagree on whether a settlement is a city, a town or a village, which says nothing; but an administrative
    /// unit and another unit or a settlement of the same name (Damascus the governorate, the district and the city) are
    /// different places, which a name cannot tell apart: ambiguous at best.
    /// </summary>
    private static double PlaceKindEvidence(PlaceKind incoming, PlaceKind known, List<MatchEvidence> evidence, double score)
    {
        if (incoming == known || (Settlements.Contains(incoming) && Settlements.Contains(known)))
        {
            return score;
        }
        string detail = incoming + " against " + known;
        if (AdministrativeUnits.Contains(incoming) || AdministrativeUnits.Contains(known))
        {
            evidence.Add(new MatchEvidence(MatchEvidenceKind.DifferentKind, 0.7, detail + ": another level of the hierarchy"));
            return Math.Min(score, 0.7);
        }
        evidence.Add(new MatchEvidence(MatchEvidenceKind.DifferentKind, -0.1, detail));
        return score - 0.1;
    }

    /// <summary>The known entities with the forms of their names, and the indexes that find candidates.</summary>
    private sealed class Index<TEntity, TId>
        where TEntity : class
        where TId : struct, IEntityId, IEquatable<TId>
    {
        private readonly Dictionary<string, List<int>> byForm = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> byPrefix = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);

        private readonly Func<List<NameForms>, IEnumerable<string>> extraKeys;

        internal Index(IEnumerable<TEntity> known, Func<TEntity, TId> id, Func<TEntity, NameSet> names, Func<TEntity, string[]> codes,
            Func<List<NameForms>, IEnumerable<string>> extraKeys)
        {
            this.extraKeys = extraKeys;
            foreach (TEntity entity in known)
            {
                Preconditions.CheckNotNull(entity, nameof(known));
                TId entityId = id(entity);
                if (entityId.IsDefault || !byId.TryAdd(entityId.Value, Entries.Count))
                {
                    continue;
                }
                int k = Entries.Count;
                var forms = names(entity).All.Select(n => NameForms.Of(n.Text)).ToList();
                string[] entityCodes = codes(entity);
                Entries.Add((entity, entityId, forms, entityCodes));
                foreach (string key in Keys(forms, entityCodes).Concat(extraKeys(forms)))
                {
                    Add(byForm, key, k);
                }
                foreach (var form in forms)
                {
                    if (form.Key.Length >= PrefixLength)
                    {
                        Add(byPrefix, form.Key[..PrefixLength], k);
                    }
                }
            }
        }

        internal List<(TEntity Entity, TId Id, List<NameForms> Forms, string[] Codes)> Entries { get; } = [];

        internal IEnumerable<int> Candidates(List<NameForms> forms, string[] codes, string? forced)
        {
            var seen = new HashSet<int>();
            if (forced is not null && byId.TryGetValue(forced, out int target) && seen.Add(target))
            {
                yield return target;
            }
            foreach (string key in Keys(forms, codes).Concat(extraKeys(forms)))
            {
                if (byForm.TryGetValue(key, out var list))
                {
                    foreach (int k in list)
                    {
                        if (seen.Add(k))
                        {
                            yield return k;
                        }
                    }
                }
            }
            foreach (var form in forms)
            {
                if (form.Key.Length >= PrefixLength && byPrefix.TryGetValue(form.Key[..PrefixLength], out var list) && list.Count <= MaxPrefixBlock)
                {
                    foreach (int k in list)
                    {
                        if (seen.Add(k))
                        {
                            yield return k;
                        }
                    }
                }
            }
        }

        private static IEnumerable<string> Keys(List<NameForms> forms, string[] codes)
        {
            foreach (var form in forms)
            {
                if (form.Folded.Length > 0)
                {
                    yield return "n:" + form.Folded;
                }
                if (form.Key.Length > 0)
                {
                    yield return "k:" + form.Key;
                }
                if (form.Skeleton.Length > 0)
                {
                    yield return "s:" + form.Skeleton;
                }
                if (form.WordSet.Length > 0)
                {
                    yield return "w:" + form.WordSet;
                }
            }
            foreach (string code in codes)
            {
                yield return "c:" + code;
            }
        }

        private static void Add(Dictionary<string, List<int>> map, string key, int k)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }
            if (list.Count == 0 || list[^1] != k)
            {
                list.Add(k);
            }
        }
    }
}
