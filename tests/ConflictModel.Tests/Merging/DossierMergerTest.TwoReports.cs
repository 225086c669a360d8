using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Merging;
using ConflictModel.Samples;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Merging;

/// <summary>
/// The fall of Boukamal as AFP told it in French and as Reuters told it in English, each coded on its
/// own, brought together and held against a ground truth decided from the two texts.
/// </summary>
public partial class DossierMergerTest
{
    private const string TruthTwoReports = "truth-boukamal-afp-reuters.csv";

    /// <summary>The (kind, AFP id, Reuters id) triples of the ground-truth file.</summary>
    private static HashSet<(string Kind, string Afp, string Reuters)> ReadKindedTruth(string name)
    {
        var triples = new HashSet<(string, string, string)>();
        foreach (string line in File.ReadLines(DataPath(name)).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            string[] cells = line.Split(',');
            cells.Should().HaveCount(3, "each line of {0} is one triple: {1}", name, line);
            triples.Add((cells[0], cells[1], cells[2])).Should().BeTrue("{0} lists {1} once", name, line);
        }
        return triples;
    }

    /// <summary>The pairs (kind, first input's id, second input's id) that the merge took as one.</summary>
    private static HashSet<(string Kind, string Afp, string Reuters)> MergedAcross(DossierMergeResult result)
    {
        var first = result.Provenance.Where(p => p.Input == 0).ToLookup(p => (p.EntityKind, p.MergedId), p => p.InputId);
        var found = new HashSet<(string, string, string)>();
        foreach (var p in result.Provenance.Where(p => p.Input == 1))
        {
            foreach (string afp in first[(p.EntityKind, p.MergedId)])
            {
                found.Add((p.EntityKind, afp, p.InputId));
            }
        }
        return found;
    }

    private static DossierMergeResult MergeTheTwoReports() => DossierMerger.Default.Merge(BoukamalDispatch.Build(), AlbuKamalCaptureReport.Build());

    [Fact]
    public void Merge_AfpDispatchAndReutersReport_FindsWhatTheGroundTruthSaysTheyShare()
    {
        var truth = ReadKindedTruth(TruthTwoReports);
        var afp = BoukamalDispatch.Build();
        var reuters = AlbuKamalCaptureReport.Build();
        truth.Should().OnlyContain(t => afp.Contains(EntityOf(t.Kind, t.Afp)) && reuters.Contains(EntityOf(t.Kind, t.Reuters)),
            "the truth names entities of the two reports");

        var result = DossierMerger.Default.Merge(afp, reuters);

        // Claims and reports are kept apart by construction; what is compared is what the merge resolves and matches.
        var found = MergedAcross(result).Where(f => f.Kind is not ("claim" or "report")).ToHashSet();
        int correct = found.Count(truth.Contains);
        double precision = found.Count == 0 ? 0 : (double)correct / found.Count;
        double recall = (double)correct / truth.Count;
        output.WriteLine($"merge ground truth (AFP dispatch in French and Reuters report in English, {truth.Count} true pairs): precision {precision:0.000}, recall {recall:0.000}");
        foreach (var kind in truth.Select(t => t.Kind).Distinct())
        {
            output.WriteLine($"  {kind}: {truth.Count(t => t.Kind == kind)} true, {found.Count(f => f.Kind == kind)} found, {found.Count(f => f.Kind == kind && truth.Contains(f))} of them true");
        }
        foreach (var miss in found.Where(f => !truth.Contains(f)))
        {
            output.WriteLine($"  merged, not in the truth: {miss}");
        }
        foreach (var miss in truth.Where(t => !found.Contains(t)))
        {
            output.WriteLine($"  in the truth, not merged: {miss}");
        }
        precision.Should().BeGreaterThanOrEqualTo(0.95);
        recall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    private static IEntityId EntityOf(string kind, string id) => kind switch
    {
        "actor" => new ActorId(id),
        "place" => new PlaceId(id),
        "source" => new SourceId(id),
        "event" => new EventId(id),
        _ => throw new ArgumentException($"No entity kind \"{kind}\" in the truth file.", nameof(kind)),
    };

    [Fact]
    public void Merge_AfpDispatchAndReutersReport_ValidatorReportsTheDaysOfTheCaptureAndTheDenial()
    {
        var result = MergeTheTwoReports();

        var diagnostics = DossierValidator.Default.Validate(result.Dossier).Diagnostics;

        // AFP puts the fall on Thursday, the commander on Wednesday, and the SOHR says it did not happen on Wednesday.
        var disagreements = diagnostics.Where(d => d.Code == "CM6004").ToList();
        disagreements.Should().HaveCount(2);
        disagreements.Should().ContainSingle(d => d.EntityIds.Contains("afp-is-lost-boukamal")).Which.EntityIds.Should()
            .Contain(["commander-captured-wednesday", "sohr-not-true-albu-kamal-taken"]);
        // The two capture events matched a day apart: each report's claims that it happened take their own event's day, so
        // the army's communiqué (through AFP, Thursday) stands against the commander and state television (Wednesday).
        disagreements.Should().ContainSingle(d => d.EntityIds.Contains("army-liberated-boukamal")).Which.EntityIds.Should()
            .Contain(["commander-free-of-daesh", "state-tv-albu-kamal-liberated"]);
        var merged = result.Dossier;
        ((EventAssertion)merged.Find(BoukamalDispatch.ArmyLiberated)!.Assertion).When.Should().Be(FuzzyDate.OnDay(new NodaTime.LocalDate(2017, 11, 9)));
        ((EventAssertion)merged.Find(new ClaimId("state-tv-albu-kamal-liberated"))!.Assertion).When.Should().Be(FuzzyDate.OnDay(new NodaTime.LocalDate(2017, 11, 8)));
        diagnostics.Should().NotContain(d => d.Code.StartsWith("CM2", StringComparison.Ordinal), "every reference of both reports is renamed");
    }

    [Fact]
    public void Merge_AfpDispatchAndReutersReport_KeepsEveryClaimWithItsSourceAndOneObservatory()
    {
        var afp = BoukamalDispatch.Build();
        var reuters = AlbuKamalCaptureReport.Build();

        var result = DossierMerger.Default.Merge(afp, reuters);

        var merged = result.Dossier;
        merged.Claims.Should().HaveCount(afp.Claims.Count + reuters.Claims.Count);
        var osdh = merged.Sources.Where(s => s.Names.All.Any(n => n.Text == "SOHR")).Should().ContainSingle().Subject;
        merged.Find(new ClaimId("sohr-not-true-albu-kamal-taken"))!.Attribution.Source.Should().Be(osdh.Id);
        merged.Find(new ClaimId("osdh-led-by-hezbollah"))!.Attribution.Source.Should().Be(osdh.Id);
        // The commander's figure counts Hezbollah's fighters: its subject is the merged Hezbollah.
        var hundreds = (FigureAssertion)merged.Find(new ClaimId("commander-hundreds-of-hezbollah-elite"))!.Assertion;
        hundreds.Figure.Subject!.Actor.Should().Be(BoukamalDispatch.Hezbollah);
        var capture = merged.Find(BoukamalDispatch.Capture)!;
        capture.Claims.Should().Contain(new ClaimId("state-tv-albu-kamal-liberated")).And.Contain(BoukamalDispatch.ArmyLiberated);
        capture.ActorsWithRole(ParticipantRole.Supporting).Should().Contain(BoukamalDispatch.Hachd, "Reuters' PMF helped capture the town");
    }
}
