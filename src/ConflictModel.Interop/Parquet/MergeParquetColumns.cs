using System.Collections.Generic;

namespace ConflictModel.Interop;

/// <summary>
/// The column names of the two Parquet tables that <see cref="MergeParquet"/> writes: the merged events (the columns of
/// <see cref="ParquetColumns"/>, then <see cref="EventsAdded"/>) and the provenance (<see cref="Provenance"/>).
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class MergeParquetColumns
{
    /// <summary>The number of distinct inputs that brought an event merged into this one (int, never null).</summary>
    public const string MergedInputs = "merged_inputs";

    /// <summary>The input events merged into this one, as <c>input:id</c> (input from 0) in input order, joined by <c>"; "</c> (string).</summary>
    public const string InputEvents = "input_events";

    /// <summary>The lowest score of the matches that merged an input's event into this one; null when none did (double).</summary>
    public const string MatchScore = "match_score";

    /// <summary>The input's position in the list given to the merger, from 0 (int, never null).</summary>
    public const string Input = "input";

    /// <summary>The kind of entity: <c>actor</c>, <c>alliance</c>, <c>relation</c>, <c>place</c>, <c>source</c>, <c>report</c>, <c>claim</c> or <c>event</c> (string, never null).</summary>
    public const string EntityKind = "entity_kind";

    /// <summary>The entity's id in its input (string, never null).</summary>
    public const string InputId = "input_id";

    /// <summary>The entity's id in the merged dossier (string, never null).</summary>
    public const string MergedId = "merged_id";

    /// <summary>The columns the merged events table has after those of <see cref="ParquetColumns.All"/>, in file order.</summary>
    public static IReadOnlyList<string> EventsAdded { get; } = [MergedInputs, InputEvents, MatchScore];

    /// <summary>The columns of the provenance table, in file order: one row per entity of every input.</summary>
    public static IReadOnlyList<string> Provenance { get; } = [Input, EntityKind, InputId, MergedId];
}
