using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Samples;

/// <summary>What every coded report's checklist asks of its dossier, whatever the report.</summary>
internal static class CodedReportChecks
{
    /// <summary>The claim exists, with its source, mode, words, the report that carries it and the last relay of its chain.</summary>
    internal static void StatementIsCoded(Dossier dossier, string claim, string source, string mode, string words, ReportId carrier, SourceId lastRelay)
    {
        var found = dossier.Find(new ClaimId(claim));

        found.Should().NotBeNull(claim);
        found!.Attribution.Source.Should().Be(new SourceId(source));
        found.Attribution.Mode.Should().Be(new AttributionMode(mode));
        found.Quote!.Text.Should().Contain(words);
        found.Report.Should().Be(carrier);
        found.Attribution.Relays[^1].Source.Should().Be(lastRelay);
    }

    /// <summary>The dossier holds exactly the claims of the checklist: none coded that the list does not name.</summary>
    internal static void EveryClaimIsListed(Dossier dossier, TheoryData<string, string, string, string> statements) =>
        dossier.Claims.Select(c => c.Id.Value).Should().BeEquivalentTo(statements.Select(row => row.Data.Item1));

    /// <summary>The dossier reads back equal from its JSON, and writes the same text again.</summary>
    internal static void JsonRoundTrips(Dossier dossier)
    {
        var json = DossierJson.Write(dossier);
        var read = DossierJson.Read(json);

        read.Should().Be(dossier);
        DossierJson.Write(read).Should().Be(json);
    }

    /// <summary>The dossier reads back equal from its NDJSON, and writes the same bytes again.</summary>
    internal static async Task NdjsonRoundTripsByteForByte(Dossier dossier)
    {
        using var first = new MemoryStream();
        await DossierNdjson.WriteAsync(dossier, first);
        first.Position = 0;
        var read = await DossierNdjson.ReadAsync(first);
        using var second = new MemoryStream();
        await DossierNdjson.WriteAsync(read, second);

        read.Should().Be(dossier);
        second.ToArray().Should().Equal(first.ToArray());
    }
}
