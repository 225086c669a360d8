namespace ConflictModel.Merging;

/// <summary>How the <see cref="DossierMerger"/> resolves entities and matches events.</summary>
/// <remarks>
/// <para>A person's decisions ("same as", "never merge") go in <see cref="Resolver"/>'s
/// <see cref="EntityResolverOptions.Overrides"/>: the incoming id is the entity's id in its own
/// input, the target the merged id of an entity an earlier input brought (its id in that input,
/// unless it had to be renamed; see <see cref="DossierMerger"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record DossierMergeOptions
{
    /// <summary>The options used when none are given.</summary>
    public static readonly DossierMergeOptions Default = new();

    /// <summary>Gets how actors and places are resolved, with the person's overrides. Default <see cref="EntityResolverOptions.Default"/>.</summary>
    public EntityResolverOptions Resolver { get; init; } = EntityResolverOptions.Default;

    /// <summary>Gets how events are matched. Default <see cref="EventMatchOptions.Default"/>.</summary>
    public EventMatchOptions Matching { get; init; } = EventMatchOptions.Default;

    /// <summary>
    /// Gets how many events of an NDJSON input (<see cref="DossierMergeInput.FromNdjson"/>) are read before they are scored
    /// against the merged events, [1-1048576]. Default 4,096. Each part looks at the merged events of its days once, so
    /// fewer, larger parts may be faster and hold more events at a time; the result does not depend on it.
    /// </summary>
    public int EventsPerPart { get; init; } = 4096;
}
