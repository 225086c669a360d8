using System;
using System.Collections.Generic;

namespace ConflictModel.Merging;

/// <summary>
/// An incoming actor or place that may be one of the entities already merged, but not clearly
/// enough: it was kept separate, and a person should decide ("same as" or "never merge").
/// </summary>
/// <remarks>Equality compares the candidates by content. This type is immutable and thread-safe.</remarks>
public sealed record MergeAmbiguity
{
    /// <summary>Initializes an ambiguity.</summary>
    /// <param name="input">The input's position, from 0.</param>
    /// <param name="entityKind"><c>actor</c> or <c>place</c>.</param>
    /// <param name="inputId">The entity's id in its input.</param>
    /// <param name="mergedId">The id it was kept under, separate from the candidates.</param>
    /// <param name="candidates">The merged ids it may be, best first.</param>
    /// <param name="explanation">The resolver's scores and evidence, for a person to check.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is negative.</exception>
    public MergeAmbiguity(int input, string entityKind, string inputId, string mergedId, IEnumerable<string> candidates, string explanation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(input);
        Input = input;
        EntityKind = Preconditions.CheckNotNull(entityKind);
        InputId = Preconditions.CheckNotNull(inputId);
        MergedId = Preconditions.CheckNotNull(mergedId);
        Candidates = ValueList<string>.From(Preconditions.CheckNotNull(candidates), nameof(candidates));
        Explanation = Preconditions.CheckNotNull(explanation);
    }

    /// <summary>Gets the input's position, from 0.</summary>
    public int Input { get; }

    /// <summary>Gets <c>actor</c> or <c>place</c>.</summary>
    public string EntityKind { get; }

    /// <summary>Gets the entity's id in its input.</summary>
    public string InputId { get; }

    /// <summary>Gets the id it was kept under in the merged dossier.</summary>
    public string MergedId { get; }

    /// <summary>Gets the merged ids it may be, best first.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>Gets the resolver's scores and evidence: <c>village-b: Ambiguous [village-a 0.70 (…)]</c>.</summary>
    public string Explanation { get; }

    /// <summary>Describes the ambiguity.</summary>
    /// <returns>For example <c>input 1 place tall-x kept as tall-x:2; may be tell-x</c>.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"input {Input} {EntityKind} {InputId} kept as {MergedId}; may be {string.Join(", ", Candidates)}");
}
