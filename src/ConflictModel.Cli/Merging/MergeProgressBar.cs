using System;
using System.Globalization;
using System.IO;
using ConflictModel.Cli.Files;
using ConflictModel.Merging;

namespace ConflictModel.Cli.Merging;

/// <summary>
/// Draws how far a merge has got on standard error: one bar per stage of each input after the first
/// ("merging 2/3 (ged.csv): matching events [####------]  40%"), erased when the stage ends.
/// Used only where the tool may draw progress (see <see cref="CliConsole.ShouldShowProgress"/>). An NDJSON input merged as
/// it is read has a bar for each pass over the file instead (<see cref="NdjsonMergeInput"/>): its matching and adding
/// stages are not drawn here, so that two bars never share the line.
/// </summary>
internal sealed class MergeProgressBar(TextWriter error, string[] inputs, bool[] streamed) : IProgress<DossierMergeProgress>
{
    private ProgressReporter? bar;
    private (int Input, DossierMergeStage Stage) shown = (-1, DossierMergeStage.ResolvingActors);

    /// <inheritdoc/>
    public void Report(DossierMergeProgress value)
    {
        if (value.Input == 0)
        {
            // The first input is taken as it is: there is nothing to resolve or match it against.
            return;
        }
        if (value.Input < streamed.Length && streamed[value.Input] && value.Stage is DossierMergeStage.MatchingEvents or DossierMergeStage.Adding)
        {
            // The bar of the pass over the file shows these.
            bar?.Complete();
            bar = null;
            shown = (-1, DossierMergeStage.ResolvingActors);
            return;
        }
        if (shown != (value.Input, value.Stage))
        {
            bar?.Complete();
            shown = (value.Input, value.Stage);
            string label = string.Format(CultureInfo.InvariantCulture, "merging {0}/{1} ({2}): {3}",
                value.Input + 1, inputs.Length, Output.TerminalText.Escape(Path.GetFileName(inputs[value.Input])), StageName(value.Stage));
            bar = new ProgressReporter(error, label, value.Total);
        }
        bar!.Report(value.Done);
    }

    /// <summary>Erases the last bar.</summary>
    public void Complete() => bar?.Complete();

    private static string StageName(DossierMergeStage stage) => stage switch
    {
        DossierMergeStage.ResolvingActors => "resolving actors",
        DossierMergeStage.ResolvingPlaces => "resolving places",
        DossierMergeStage.MatchingEvents => "matching events",
        _ => "adding",
    };
}
