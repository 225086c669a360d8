using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConflictModel.Merging;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Merging;

public partial class DossierMergerTest
{
    /// <summary>Keeps what it is told, on the caller's thread (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class Recorder : IProgress<DossierMergeProgress>
    {
        internal List<DossierMergeProgress> Reports { get; } = [];

        internal Action<DossierMergeProgress>? OnReport { get; init; }

        public void Report(DossierMergeProgress value)
        {
            Reports.Add(value);
            OnReport?.Invoke(value);
        }
    }

    [Fact]
    public void Merge_WithProgress_ReportsEveryStageOfEveryInputInOrderFromStartToEnd()
    {
        var acled = AcledNovember();
        var ged = GedNovember();
        var recorder = new Recorder();

        var result = DossierMerger.Default.Merge([acled, ged], recorder);

        result.Should().Be(DossierMerger.Default.Merge(acled, ged), "telling the progress changes nothing of the result");
        var stages = Enum.GetValues<DossierMergeStage>();
        for (int input = 0; input < 2; input++)
        {
            var mine = recorder.Reports.Where(r => r.Input == input).ToList();
            mine.Select(r => r.Stage).Distinct().Should().Equal(stages, "input {0} goes through each stage once, in order", input);
            foreach (var stage in stages)
            {
                var reports = mine.Where(r => r.Stage == stage).ToList();
                reports[0].Done.Should().Be(0);
                reports[^1].Done.Should().Be(reports[^1].Total);
                reports.Select(r => r.Done).Should().BeInAscendingOrder();
                reports.Select(r => r.Total).Distinct().Should().ContainSingle();
            }
        }
        recorder.Reports.Select(r => r.Input).Should().BeInAscendingOrder();
        var second = recorder.Reports.Where(r => r.Input == 1).ToList();
        second.Single(r => r.Stage == DossierMergeStage.ResolvingActors && r.Done == 0).Total.Should().Be(ged.Actors.Count);
        second.First(r => r.Stage == DossierMergeStage.MatchingEvents).Total.Should().Be(acled.Events.Count,
            "the second input's events are compared with the merged events the first brought");
    }

    [Fact]
    public void Merge_ManyEvents_ReportsTheMatchingAlongTheWay()
    {
        var left = SyntheticDossier.Generate(3_000);
        var right = SyntheticDossier.Generate(500, seed: 7);
        var recorder = new Recorder();

        DossierMerger.Default.Merge([left, right], recorder);

        var reports = recorder.Reports.Where(r => r.Input == 1 && r.Stage == DossierMergeStage.MatchingEvents).ToList();
        var matching = reports.Select(r => r.Done).ToList();
        matching.Should().HaveCountGreaterThan(2, "beside the start and the end, every thousand or so events compared");
        matching.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        matching[^1].Should().Be(reports[0].Total).And.BeGreaterThan(2_048);
    }

    [Fact]
    public void Merge_CancelledWhileMatching_StopsWithOperationCanceled()
    {
        var left = SyntheticDossier.Generate(3_000);
        var right = SyntheticDossier.Generate(500, seed: 7);
        using var cancel = new CancellationTokenSource();
        var recorder = new Recorder
        {
            OnReport = r =>
            {
                if (r.Stage == DossierMergeStage.MatchingEvents && r.Done > 0 && r.Done < r.Total)
                {
                    cancel.Cancel();
                }
            },
        };

        var merge = () => DossierMerger.Default.Merge([left, right], recorder, cancel.Token);

        merge.Should().Throw<OperationCanceledException>();
        recorder.Reports.Should().NotContain(r => r.Stage == DossierMergeStage.Adding && r.Input == 1, "the merge stopped while it matched");
    }

    [Fact]
    public void Merge_AlreadyCancelled_DoesNotStart()
    {
        var recorder = new Recorder();

        var merge = () => DossierMerger.Default.Merge([AcledNovember()], recorder, new CancellationToken(canceled: true));

        merge.Should().Throw<OperationCanceledException>();
        recorder.Reports.Should().BeEmpty();
    }
}
