using System.IO;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Tests.Dossiers;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

/// <summary>Claims added to a stream with the events that cite them (NDJSON version 2).</summary>
public partial class DossierStreamValidatorTest
{
    private static readonly string[] StreamWideCodes = ["CM1001", "CM1002", "CM1003", "CM6002"];

    private static List<Diagnostic> ValidateRecords(DossierValidator validator, Dossier header, IEnumerable<NdjsonRecord> records)
    {
        var stream = validator.StartStream(header);
        var found = new List<Diagnostic>(stream.HeaderDiagnostics);
        foreach (var record in records)
        {
            found.AddRange(record.Event is { } e ? stream.Add(e) : stream.Add(record.Claim!));
        }
        found.AddRange(stream.Complete());
        return found;
    }

    private static Dossier Whole(Dossier header, IEnumerable<NdjsonRecord> records)
    {
        var list = records.ToList();
        return new Dossier(header.Actors, header.Alliances, header.Relations, header.Places, header.Sources, header.Reports,
            [.. header.Claims, .. list.Where(r => r.Claim is not null).Select(r => r.Claim!)],
            list.Where(r => r.Event is not null).Select(r => r.Event!), header.Extensions);
    }

    private static Claim ClaimAbout(EventId e, string id, ReportId? report = null) =>
        new(new ClaimId(id), new EventAssertion(e), new Attribution(new SourceId("source-000"), AttributionMode.Stated), report);

    [Fact]
    public async Task Add_BoukamalRecords_FindWhatValidateFindsOnTheWholeDossier()
    {
        var dossier = BoukamalFixture.Build();
        using var ndjson = new MemoryStream();
        await DossierNdjson.WriteAsync(dossier, ndjson, cancellationToken: TestContext.Current.CancellationToken);
        ndjson.Position = 0;
        await using var reader = await DossierNdjson.OpenAsync(ndjson, cancellationToken: TestContext.Current.CancellationToken);
        var records = new List<NdjsonRecord>();
        await foreach (var record in reader.ReadRecordsAsync(TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        var streamed = ValidateRecords(DossierValidator.Default, reader.Header, records);
        var expected = DossierValidator.Default.Validate(dossier).Diagnostics.Where(d => !StreamWideCodes.Contains(d.Code));

        streamed.Select(d => (d.Code, d.Path, d.Message)).Should().BeEquivalentTo(expected.Select(d => (d.Code, d.Path, d.Message)));
        streamed.Should().Contain(d => d.Path.StartsWith("$.claims[", StringComparison.Ordinal), "Boukamal has doubtful claims");
    }

    [Fact]
    public void Add_GeneratedRecordsOverSeveralWindows_FindWhatValidateFindsOnTheWholeDossier()
    {
        var generator = new SyntheticDossier(2 * DossierStreamValidator.WindowSize + 100, seed: 5);
        var header = generator.BuildHeader();
        var records = generator.StreamRecords().ToList();
        // A claim in the third window that names a report no header has.
        int bad = records.FindLastIndex(r => r.Claim is not null);
        var old = records[bad].Claim!;
        records[bad] = new NdjsonRecord(new Claim(old.Id, old.Assertion, old.Attribution, new ReportId("no-such-report"), old.Quote, old.Wording, old.Credibility));
        var whole = Whole(header, records);

        var streamed = ValidateRecords(DossierValidator.Default, header, records);
        var expected = DossierValidator.Default.Validate(whole).Diagnostics.Where(d => !StreamWideCodes.Contains(d.Code)).ToList();

        streamed.Select(d => (d.Code, d.Path, d.Message)).Should().BeEquivalentTo(expected.Select(d => (d.Code, d.Path, d.Message)));
        streamed.Should().ContainSingle(d => d.Code == "CM2001").Which.Path.Should().Be($"$.claims[{whole.Claims.Count - 1}].report");
    }

    [Fact]
    public void Add_EventListingAClaimOfAnEarlierWindow_IsNeitherUnresolvedNorWithoutClaim()
    {
        var (header, events) = Stream(DossierStreamValidator.WindowSize + 10);
        var records = new List<NdjsonRecord> { new(ClaimAbout(events[0].Id, "early")) };
        records.AddRange(events.Select(e => new NdjsonRecord(e)));
        int late = DossierStreamValidator.WindowSize + 5;
        records[late + 1] = new NdjsonRecord(events[late].WithClaim(new ClaimId("early")));

        var found = ValidateRecords(DossierValidator.Default, header, records);

        found.Should().NotContain(d => d.Path.StartsWith($"$.events[{late}]", StringComparison.Ordinal) && (d.Code == "CM2001" || d.Code == "CM5001"));
        found.Should().Contain(d => d.Code == "CM5001" && d.Path == $"$.events[{late + 1}].claims", "its neighbour lists no claim");
    }

    [Fact]
    public void Add_EventListingAClaimNeverSeen_InALaterWindow_IsReported()
    {
        var (header, events) = Stream(DossierStreamValidator.WindowSize + 10);
        int late = DossierStreamValidator.WindowSize + 5;
        events[late] = events[late].WithClaim(new ClaimId("never-seen"));

        var found = ValidateRecords(DossierValidator.Default, header, events.Select(e => new NdjsonRecord(e)));

        found.Should().ContainSingle(d => d.Code == "CM2001").Which.Path.Should().Be($"$.events[{late}].claims[0]");
    }

    [Fact]
    public void Add_ClaimAboutAnEventNeverSeen_IsReportedWhenTheStreamCompletes()
    {
        var (header, events) = Stream(20);
        var records = events.Select(e => new NdjsonRecord(e)).Append(new NdjsonRecord(ClaimAbout(new EventId("no-such-event"), "orphan")));

        var found = ValidateRecords(DossierValidator.Default, header, records);

        found.Should().ContainSingle(d => d.Code == "CM2001").Which.Path.Should().StartWith("$.claims[0].assertion");
    }

    [Fact]
    public void Add_ClaimAboutAnEventOfAnEarlierWindow_IsNotReported()
    {
        var (header, events) = Stream(DossierStreamValidator.WindowSize + 10);
        var records = events.Select(e => new NdjsonRecord(e)).Append(new NdjsonRecord(ClaimAbout(events[1].Id, "late-claim")));

        var found = ValidateRecords(DossierValidator.Default, header, records);

        found.Should().NotContain(d => d.Code == "CM2001" || d.Code == "CM2002");
    }

    [Fact]
    public void Complete_HeaderNamingAClaimOfTheStream_IsResolved_NamingNone_IsReported()
    {
        var (header, events) = Stream(20);
        var relation = header.Relations[0];
        var withClaims = new ActorRelation(relation.Id, relation.Subject, relation.Kind, relation.Target, claims: [new ClaimId("streamed"), new ClaimId("missing")]);
        var broken = new Dossier(header.Actors, header.Alliances, [withClaims, .. header.Relations.Skip(1)], header.Places, header.Sources,
            header.Reports, null, null, header.Extensions);
        var records = new List<NdjsonRecord> { new(ClaimAbout(events[0].Id, "streamed")) };
        records.AddRange(events.Select(e => new NdjsonRecord(e)));

        var stream = DossierValidator.Default.StartStream(broken);
        var atStart = stream.HeaderDiagnostics.ToList();
        var later = new List<Diagnostic>();
        foreach (var record in records)
        {
            later.AddRange(record.Event is { } e ? stream.Add(e) : stream.Add(record.Claim!));
        }
        later.AddRange(stream.Complete());

        atStart.Should().NotContain(d => d.Code == "CM2001", "the claims may still come");
        later.Should().ContainSingle(d => d.Code == "CM2001").Which.Path.Should().Be("$.relations[0].claims[1]");
        stream.ClaimCount.Should().Be(1);
    }
}
