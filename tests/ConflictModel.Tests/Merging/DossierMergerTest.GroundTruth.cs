using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictModel.Interop;
using ConflictModel.Merging;

namespace ConflictModel.Tests.Merging;

public partial class DossierMergerTest
{
    private const string AcledSyriaIraq = "acled-2017-10-11-syria-iraq.csv";
    private const string GedSyriaIraq = "ged-2017-10-11-syria-iraq.csv";
    private const string TruthSyriaIraq = "truth-2017-10-11-syria-iraq.csv";

    /// <summary>The pairs (ACLED event_id_cnty, GED id) of the ground-truth file: lines starting with '#' and the header aside.</summary>
    private static HashSet<(string Acled, string Ged)> ReadTruth(string name)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (string line in File.ReadLines(DataPath(name)).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            string[] cells = line.Split(',');
            cells.Should().HaveCount(2, "each line of {0} is one pair: {1}", name, line);
            pairs.Add((cells[0].Trim(), cells[1].Trim())).Should().BeTrue("{0} lists {1} once", name, line);
        }
        return pairs;
    }

    /// <summary>The pairs of input rows that the merge took as one event, named by their ACLED and GED ids.</summary>
    private static HashSet<(string Acled, string Ged)> MergedPairs(Dossier merged)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var e in merged.Events)
        {
            foreach (var acled in e.ExternalReferences.Where(r => r.Scheme == ExternalReference.Acled))
            {
                foreach (var ged in e.ExternalReferences.Where(r => r.Scheme == ExternalReference.UcdpGed))
                {
                    pairs.Add((acled.Value, ged.Value));
                }
            }
        }
        return pairs;
    }

    [Fact]
    public void Merge_HandMadeGroundTruth_HasPrecisionAndRecallOfAtLeast95Percent()
    {
        var acled = AcledCsv.Import(File.OpenRead(DataPath(AcledSyriaIraq)));
        var ged = UcdpGedCsv.Import(File.OpenRead(DataPath(GedSyriaIraq)));
        acled.Diagnostics.Should().BeEmpty();
        ged.Diagnostics.Should().BeEmpty();
        var truth = ReadTruth(TruthSyriaIraq);
        var acledIds = acled.Dossier.Events.SelectMany(e => e.ExternalReferences).Where(r => r.Scheme == ExternalReference.Acled).Select(r => r.Value).ToHashSet();
        var gedIds = ged.Dossier.Events.SelectMany(e => e.ExternalReferences).Where(r => r.Scheme == ExternalReference.UcdpGed).Select(r => r.Value).ToHashSet();
        truth.Should().OnlyContain(p => acledIds.Contains(p.Acled) && gedIds.Contains(p.Ged), "the truth names rows of the two files");

        var result = DossierMerger.Default.Merge(acled.Dossier, ged.Dossier);

        var found = MergedPairs(result.Dossier);
        int correct = found.Count(truth.Contains);
        double precision = found.Count == 0 ? 0 : (double)correct / found.Count;
        double recall = (double)correct / truth.Count;
        output.WriteLine($"merge ground truth (hand-made ACLED/GED, {truth.Count} true pairs): precision {precision:0.000}, recall {recall:0.000}");
        output.WriteLine($"  {acledIds.Count} ACLED rows, {gedIds.Count} GED rows, {found.Count} pairs merged, {correct} of them true");
        foreach (var (a, g) in found.Where(p => !truth.Contains(p)).OrderBy(p => p.Acled, StringComparer.Ordinal))
        {
            output.WriteLine($"  merged, not in the truth: {a} = {g}");
        }
        foreach (var (a, g) in truth.Where(p => !found.Contains(p)).OrderBy(p => p.Acled, StringComparer.Ordinal))
        {
            output.WriteLine($"  in the truth, not merged: {a} = {g}");
        }
        precision.Should().BeGreaterThanOrEqualTo(0.95);
        recall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Merge_HandMadeFiles_ActorsOfBothConventionsAreOneOrReportedAmbiguous()
    {
        var acled = AcledCsv.Import(File.OpenRead(DataPath(AcledSyriaIraq))).Dossier;
        var ged = UcdpGedCsv.Import(File.OpenRead(DataPath(GedSyriaIraq))).Dossier;

        var result = DossierMerger.Default.Merge(acled, ged);

        output.WriteLine($"actors: {acled.Actors.Count} ACLED + {ged.Actors.Count} GED = {acled.Actors.Count + ged.Actors.Count}; merged: {result.Dossier.Actors.Count}");
        foreach (var r in result.Steps[1].Actors)
        {
            output.WriteLine("  " + r);
        }
        string mergedName(string gedName) =>
            result.Dossier.Actors.Single(a => a.Id.Value == result.MergedId(1, ged.Actors.Single(g => g.Names.Primary.Text == gedName).Id)).Names.Primary.Text;
        mergedName("Government of Syria").Should().Be("Military Forces of Syria (2000-2024)");
        mergedName("Government of Iraq").Should().Be("Military Forces of Iraq (2014-)");
        mergedName("Government of United States of America").Should().Be("Military Forces of the United States (2017-2021)");
        mergedName("SDF").Should().Be("SDF: Syrian Democratic Forces");
        // GED's IS fights in Syria and Iraq: both of ACLED's qualified Islamic States fit, so a person decides.
        result.Ambiguities.Should().ContainSingle(a => a.EntityKind == "actor" && a.InputId == ged.Actors.Single(g => g.Names.Primary.Text == "IS").Id.Value)
            .Which.Candidates.Should().BeEquivalentTo(["acled-actor-islamic-state-iraq", "acled-actor-islamic-state-syria"]);
        // 28 actors in; 26 merged before the naming rules (only the two groups of the same name were one), 22 with them.
        result.Dossier.Actors.Should().HaveCount(22);
    }
}
