namespace ConflictModel.Merging;

/// <summary>The stages of merging one input into what the earlier inputs made, in the order they run.</summary>
public enum DossierMergeStage
{
    /// <summary>The input's actors are resolved against the merged ones.</summary>
    ResolvingActors,

    /// <summary>The input's places are resolved against the merged ones.</summary>
    ResolvingPlaces,

    /// <summary>The merged events are matched with the input's; the longest stage on large inputs.</summary>
    MatchingEvents,

    /// <summary>The input's entities, claims and events are added under their merged ids.</summary>
    Adding,
}

/// <summary>How far a merge has got, as <see cref="DossierMerger.Merge(System.Collections.Generic.IEnumerable{Dossier}, System.IProgress{DossierMergeProgress}?, System.Threading.CancellationToken)"/> reports it.</summary>
/// <remarks>
/// Each stage of each input is reported when it starts (<see cref="Done"/> 0) and when it ends
/// (<see cref="Done"/> = <see cref="Total"/>); <see cref="DossierMergeStage.MatchingEvents"/> is
/// reported along the way too. The first input has nothing to be matched against: its stages
/// are reported all the same.
/// </remarks>
public readonly record struct DossierMergeProgress
{
    /// <summary>Initializes a report of progress.</summary>
    /// <param name="input">The input being merged, from 0 in the order given.</param>
    /// <param name="stage">The stage.</param>
    /// <param name="done">The items of the stage done.</param>
    /// <param name="total">The items of the stage.</param>
    public DossierMergeProgress(int input, DossierMergeStage stage, int done, int total)
    {
        Input = input;
        Stage = stage;
        Done = done;
        Total = total;
    }

    /// <summary>Gets the input being merged, from 0 in the order given.</summary>
    public int Input { get; }

    /// <summary>Gets the stage.</summary>
    public DossierMergeStage Stage { get; }

    /// <summary>
    /// Gets the items of the stage done: actors, places, merged events compared, or entities added; for an NDJSON input read
    /// in parts (<see cref="DossierMerger.MergeAsync"/>), events read while matching and events added while adding.
    /// </summary>
    public int Done { get; }

    /// <summary>Gets the items of the stage.</summary>
    public int Total { get; }
}
