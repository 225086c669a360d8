using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Merging;

/// <summary>
/// A merged dossier with what the merger decided: the resolutions and matches of each input, the
/// ambiguities it left for a person, and where every input entity went.
/// </summary>
/// <remarks>Equality compares every part by content. This type is immutable and thread-safe.</remarks>
public sealed record DossierMergeResult
{
    private readonly Dictionary<(int, string, string), string> lookup;

    internal DossierMergeResult(Dossier dossier, IEnumerable<DossierMergeStep> steps, IEnumerable<MergeAmbiguity> ambiguities,
        IEnumerable<MergeProvenance> provenance, IEnumerable<ClaimId> derivedClaims)
    {
        Dossier = dossier;
        Steps = ValueList<DossierMergeStep>.From(steps, nameof(steps));
        Ambiguities = ValueList<MergeAmbiguity>.From(ambiguities, nameof(ambiguities));
        Provenance = ValueList<MergeProvenance>.From(provenance, nameof(provenance));
        DerivedClaims = ValueList<ClaimId>.From(derivedClaims, nameof(derivedClaims));
        lookup = [];
        foreach (var entry in Provenance)
        {
            lookup.TryAdd((entry.Input, entry.EntityKind, entry.InputId), entry.MergedId);
        }
    }

    /// <summary>Gets the merged dossier.</summary>
    public Dossier Dossier { get; }

    /// <summary>Gets what was decided for each input, in input order.</summary>
    public IReadOnlyList<DossierMergeStep> Steps { get; }

    /// <summary>Gets every event match of every input, in input order.</summary>
    public IEnumerable<EventMatch> Matches => Steps.SelectMany(s => s.Events.Matches);

    /// <summary>Gets the actors and places that may be one of the merged entities but were kept separate, for a person to decide.</summary>
    public IReadOnlyList<MergeAmbiguity> Ambiguities { get; }

    /// <summary>Gets, for every entity of every input, its id in the merged dossier; in input order, then in the order of the kinds in a dossier.</summary>
    public IReadOnlyList<MergeProvenance> Provenance { get; }

    /// <summary>
    /// Gets the figure claims the merger made from matched events' figures where the inputs disagree, one for each claim
    /// that supports an event with the figure; they are in the merged dossier but come from no input claim.
    /// </summary>
    public IReadOnlyList<ClaimId> DerivedClaims { get; }

    /// <summary>Returns the merged id of an input entity.</summary>
    /// <typeparam name="TId">The kind of id.</typeparam>
    /// <param name="input">The input's position, from 0.</param>
    /// <param name="id">The entity's id in that input.</param>
    /// <returns>The merged id, or null when the input has no such entity.</returns>
    public string? MergedId<TId>(int input, TId id)
        where TId : struct, IEntityId =>
        id.IsDefault ? null : lookup.GetValueOrDefault((input, id.EntityKind, id.Value));

    /// <inheritdoc />
    public bool Equals(DossierMergeResult? other) =>
        other is not null && Dossier.Equals(other.Dossier) && Steps.Equals(other.Steps) && Ambiguities.Equals(other.Ambiguities)
        && Provenance.Equals(other.Provenance) && DerivedClaims.Equals(other.DerivedClaims);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dossier, Steps, Ambiguities, Provenance, DerivedClaims);

    /// <summary>Summarises the merge.</summary>
    /// <returns>For example <c>2 inputs: 40 events merged into 31 (9 matches), 1 ambiguity</c>.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "{0} input{1}: {2} events merged into {3} ({4} match{5}), {6} ambigu{7}",
        Steps.Count, Steps.Count == 1 ? "" : "s", Provenance.Count(p => p.EntityKind == "event"), Dossier.Events.Count,
        Matches.Count(), Matches.Count() == 1 ? "" : "es", Ambiguities.Count, Ambiguities.Count == 1 ? "ity" : "ities");
}
