using System;

namespace ConflictModel.Merging;

/// <summary>Where one entity of one input went in a merged dossier.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record MergeProvenance
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="input">The input's position in the list given to the merger, from 0.</param>
    /// <param name="entityKind">The kind of entity: <c>actor</c>, <c>alliance</c>, <c>relation</c>, <c>place</c>, <c>source</c>, <c>report</c>, <c>claim</c> or <c>event</c>.</param>
    /// <param name="inputId">The entity's id in its input.</param>
    /// <param name="mergedId">The entity's id in the merged dossier.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is negative.</exception>
    public MergeProvenance(int input, string entityKind, string inputId, string mergedId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(input);
        Input = input;
        EntityKind = Preconditions.CheckNotNull(entityKind);
        InputId = Preconditions.CheckNotNull(inputId);
        MergedId = Preconditions.CheckNotNull(mergedId);
    }

    /// <summary>Gets the input's position in the list given to the merger, from 0.</summary>
    public int Input { get; }

    /// <summary>Gets the kind of entity, as ids name it: <c>actor</c>, <c>place</c>, <c>claim</c>, <c>event</c>…</summary>
    public string EntityKind { get; }

    /// <summary>Gets the entity's id in its input.</summary>
    public string InputId { get; }

    /// <summary>Gets the entity's id in the merged dossier.</summary>
    public string MergedId { get; }

    /// <summary>Describes the entry.</summary>
    /// <returns>For example <c>input 1 event ged-7 → acled-SYR1</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"input {Input} {EntityKind} {InputId} → {MergedId}");
}
