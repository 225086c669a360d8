using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Tests.Dossiers;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Validation;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Serialization;

/// <summary>Format version 2: claims on lines of their own, each before the first event that lists it.</summary>
public partial class DossierNdjsonTest
{
    // Written by hand, as a file of version 1 looks: every claim in the header.
    private const string Version1 =
        """
        {"format":"conflictmodel-ndjson","version":1,"actors":[],"alliances":[],"relations":[],"places":[],"sources":[{"id":"afp","names":[{"text":"AFP"}],"kind":"news-agency"}],"reports":[],"claims":[{"id":"c1","assertion":{"type":"event","event":"e1"},"attribution":{"source":"afp","mode":"stated"}}]}
        {"id":"e1","type":"battles","date":"2017-11-09","claims":["c1"]}

        """;

    private const string Header2 = """{"format":"conflictmodel-ndjson","version":2,"actors":[],"alliances":[],"relations":[],"places":[],"sources":[{"id":"afp","names":[{"text":"AFP"}],"kind":"news-agency"}],"reports":[]}""";

    private static string ClaimLine(string id, string eventId) =>
        "{\"claim\":{\"id\":\"" + id + "\",\"assertion\":{\"type\":\"event\",\"event\":\"" + eventId + "\"},\"attribution\":{\"source\":\"afp\",\"mode\":\"stated\"}}}";

    private static string EventLine(string id, params string[] claims) =>
        $$"""{"id":"{{id}}","type":"battles","date":"2017-11-09","claims":[{{string.Join(",", claims.Select(c => "\"" + c + "\""))}}]}""";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<List<NdjsonRecord>> RecordsAsync(byte[] ndjson)
    {
        await using var reader = await DossierNdjson.OpenAsync(new MemoryStream(ndjson), cancellationToken: Ct);
        var records = new List<NdjsonRecord>();
        await foreach (var record in reader.ReadRecordsAsync(Ct))
        {
            records.Add(record);
        }
        return records;
    }

    [Fact]
    public void ReadAsync_OfWriteAsync_Property_GivesTheSameDossier()
    {
        var options = DossierGen.HostOptions(indented: false);
        Generated.ForAll(DossierGen.Dossier(hostAssertions: true), dossier =>
        {
            using var stream = new MemoryStream();
            DossierNdjson.WriteAsync(dossier, stream, options, Ct).GetAwaiter().GetResult();
            stream.Position = 0;

            var back = DossierNdjson.ReadAsync(stream, options, Ct).GetAwaiter().GetResult();

            back.Should().Be(dossier);
        });
    }

    [Fact]
    public async Task WriteAsync_GeneratedDossier_EachEventsClaimsAreOnTheLinesJustBeforeIt()
    {
        var dossier = SyntheticDossier.Generate(300, 7);

        var records = await RecordsAsync(await WriteAsync(dossier));

        records.Should().HaveCount(dossier.Claims.Count + dossier.Events.Count);
        int i = 0;
        foreach (var e in dossier.Events)
        {
            records.Skip(i).Take(e.Claims.Count).Select(r => r.Claim?.Id).Should().Equal(e.Claims.Select(c => (ClaimId?)c), $"the claims of {e.Id}");
            records[i + e.Claims.Count].Event.Should().Be(e);
            records[i + e.Claims.Count].LineNumber.Should().Be(i + e.Claims.Count + 2, "the header is line 1");
            i += e.Claims.Count + 1;
        }
        (await DossierNdjson.ReadAsync(new MemoryStream(await WriteAsync(dossier)), cancellationToken: Ct)).Should().Be(dossier);
    }

    [Fact]
    public async Task WriteAsync_ClaimsNoEventLists_ComeAfterTheLastEvent()
    {
        var boukamal = BoukamalFixture.Build();
        var orphan = boukamal.Claims[0];
        var dossier = new Dossier(boukamal.Actors, boukamal.Alliances, boukamal.Relations, boukamal.Places, boukamal.Sources, boukamal.Reports,
            [.. boukamal.Claims, new Claim(new ClaimId("orphan"), orphan.Assertion, orphan.Attribution)], boukamal.Events, boukamal.Extensions);

        var records = await RecordsAsync(await WriteAsync(dossier));

        records[^1].Claim!.Id.Should().Be(new ClaimId("orphan"));
        records.FindLastIndex(r => r.Event is not null).Should().BeLessThan(records.Count - 1);
        (await DossierNdjson.ReadAsync(new MemoryStream(await WriteAsync(dossier)), cancellationToken: Ct)).Should().Be(dossier);
    }

    [Fact]
    public async Task WriteAsync_ClaimListedByTwoEvents_IsWrittenOnceBeforeTheFirst()
    {
        var text = Header2 + "\n" + ClaimLine("c1", "e1") + "\n" + EventLine("e1", "c1") + "\n" + EventLine("e2", "c1") + "\n";
        var dossier = await DossierNdjson.ReadAsync(Utf8(text), cancellationToken: Ct);

        var written = Encoding.UTF8.GetString(await WriteAsync(dossier)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        written.Should().HaveCount(4);
        written.Count(l => l.StartsWith("{\"claim\":", StringComparison.Ordinal)).Should().Be(1);
        written[1].Should().StartWith("{\"claim\":{\"id\":\"c1\"");
        written[2].Should().StartWith("{\"id\":\"e1\"");
        written[3].Should().StartWith("{\"id\":\"e2\"");
    }

    [Fact]
    public async Task ReadAsync_Version1WrittenByHand_IsRead()
    {
        await using var reader = await DossierNdjson.OpenAsync(Utf8(Version1), cancellationToken: Ct);
        reader.Version.Should().Be(1);

        var dossier = await DossierNdjson.ReadAsync(Utf8(Version1), cancellationToken: Ct);

        dossier.Claims.Select(c => c.Id.Value).Should().Equal("c1");
        dossier.Events.Select(e => e.Id.Value).Should().Equal("e1");
        DossierValidator.Default.Validate(dossier).Diagnostics.Should().NotContain(d => d.Code == "CM2001");
    }

    [Fact]
    public async Task ReadAsync_Version1_ClaimLineIsNotAnEvent()
    {
        var text = Version1 + ClaimLine("c2", "e1") + "\n";

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(Utf8(text), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(3, "version 1 has no claim lines, so this is an event without an id");
    }

    [Fact]
    public async Task ReadAsync_HeaderClaimsAndClaimLines_MakeOneListInStreamOrder()
    {
        var header = Header2[..^1] + ",\"claims\":[" + ClaimLine("c0", "e1")["{\"claim\":".Length..^1] + "]}";
        var text = header + "\n" + ClaimLine("c1", "e1") + "\n" + EventLine("e1", "c0", "c1") + "\n" + ClaimLine("c2", "e1") + "\n";

        var dossier = await DossierNdjson.ReadAsync(Utf8(text), cancellationToken: Ct);

        dossier.Claims.Select(c => c.Id.Value).Should().Equal("c0", "c1", "c2");
        dossier.Events.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadRecordsAsync_GivesClaimsAndEventsWithTheirLines_ReadEventsAsyncSkipsClaims()
    {
        var text = Header2 + "\n\n" + ClaimLine("c1", "e1") + "\n" + EventLine("e1", "c1") + "\n";

        var records = await RecordsAsync(Encoding.UTF8.GetBytes(text));
        await using var reader = await DossierNdjson.OpenAsync(Utf8(text), cancellationToken: Ct);
        var events = new List<ConflictEvent>();
        await foreach (var e in reader.ReadEventsAsync(Ct))
        {
            events.Add(e);
        }

        records.Select(r => (r.Claim?.Id.Value, r.Event?.Id.Value, r.LineNumber)).Should().Equal(("c1", null, 3L), (null, "e1", 4L));
        events.Select(e => e.Id.Value).Should().Equal("e1");
        reader.Version.Should().Be(2);
        reader.Invoking(r => r.ReadRecordsAsync(Ct)).Should().Throw<InvalidOperationException>("the lines were asked for once");
    }

    [Theory]
    [InlineData("{\"claim\":null}", "$.claim")]
    [InlineData("{\"claim\":[1]}", "$.claim")]
    [InlineData("{\"claim\":{\"id\":\"c9\",\"attribution\":{\"source\":\"afp\",\"mode\":\"stated\"}}}", "$.claim")]
    [InlineData("{\"claim\":{\"id\":\"c9\",\"assertion\":{\"type\":\"event\",\"event\":7},\"attribution\":{\"source\":\"afp\",\"mode\":\"stated\"}}}", "$.claim.assertion.event")]
    [InlineData("{\"claim\":{\"id\":\"c1\",\"assertion\":{\"type\":\"event\",\"event\":\"e1\"},\"attribution\":{\"source\":\"afp\",\"mode\":\"stated\"}},\"id\":\"e2\"}", "$.id")]
    public async Task ReadAsync_BadClaimLine_NamesTheLineAndThePath(string line, string path)
    {
        var text = Header2 + "\n" + EventLine("e0") + "\n" + line + "\n";

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(Utf8(text), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(3);
        ex.Path.Should().Be(path);
    }

    [Fact]
    public async Task ReadAsync_ClaimWithOtherMembers_SaysAClaimLineHoldsOnlyTheClaim()
    {
        var text = Header2 + "\n" + ClaimLine("c1", "e1")[..^1] + ",\"note\":1}\n";

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(Utf8(text), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(2);
        ex.Message.Should().Contain("\"note\" besides \"claim\"");
    }

    [Fact]
    public async Task ReadAsync_EventWithAClaimMemberAfterItsId_IsAnEvent()
    {
        var text = Header2 + "\n" + EventLine("e1")[..^1] + ",\"claim\":{\"note\":1}}\n";

        var dossier = await DossierNdjson.ReadAsync(Utf8(text), cancellationToken: Ct);

        dossier.Events.Should().ContainSingle().Which.Extensions.Keys.Should().Equal("claim");
    }

    [Fact]
    public async Task OpenAsync_Version3_IsRefused()
    {
        var ex = (await FluentActions.Awaiting(() => DossierNdjson.OpenAsync(Utf8(Header2.Replace("\"version\":2", "\"version\":3", StringComparison.Ordinal)), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.Path.Should().Be("$.version");
        ex.Message.Should().Contain("versions 1 to 2");
    }

    [Fact]
    public async Task ReadAsync_SameClaimIdOnTwoLines_GivesTwoClaimsThatValidationReports()
    {
        var text = Header2 + "\n" + ClaimLine("c1", "e1") + "\n" + EventLine("e1", "c1") + "\n" + ClaimLine("c1", "e1") + "\n";

        var dossier = await DossierNdjson.ReadAsync(Utf8(text), cancellationToken: Ct);

        dossier.Claims.Should().HaveCount(2);
        DossierValidator.Default.Validate(dossier).Diagnostics.Should().Contain(d => d.Code == "CM1001");
    }

    [Fact]
    public async Task WriteAsync_Records_ReadBackInTheSameOrder()
    {
        var generator = new SyntheticDossier(500, 3);
        var records = generator.StreamRecords().ToList();
        using var stream = new MemoryStream();

        await DossierNdjson.WriteAsync(generator.BuildHeader(), ToAsyncRecords(records), stream, cancellationToken: Ct);
        var back = await RecordsAsync(stream.ToArray());

        back.Select(r => (object?)r.Event ?? r.Claim).Should().Equal(records.Select(r => (object?)r.Event ?? r.Claim));
        (await DossierNdjson.ReadAsync(new MemoryStream(stream.ToArray()), cancellationToken: Ct)).Should().Be(generator.Build());
    }

    [Fact]
    public async Task WriteAsync_NullRecordInSequence_Throws()
    {
        static async IAsyncEnumerable<NdjsonRecord> WithNull()
        {
            await Task.Yield();
            yield return new NdjsonRecord(SmallEvent(0));
            yield return null!;
        }

        var write = () => DossierNdjson.WriteAsync(Dossier.Empty, WithNull(), new MemoryStream(), cancellationToken: Ct);

        (await write.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("records");
    }

    [Fact]
    public async Task WriteFileAsync_Records_WritesTheFile()
    {
        var generator = new SyntheticDossier(50, 2);
        string path = Path.Combine(Path.GetTempPath(), $"ndjson-records-{Guid.NewGuid():N}.ndjson");
        try
        {
            await DossierNdjson.WriteFileAsync(generator.BuildHeader(), ToAsyncRecords(generator.StreamRecords()), path, cancellationToken: Ct);

            await using var file = File.OpenRead(path);
            (await DossierNdjson.ReadAsync(file, cancellationToken: Ct)).Should().Be(generator.Build());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void NdjsonRecord_HoldsOneEntity()
    {
        var e = SmallEvent(1);
        var claim = BoukamalFixture.Build().Claims[0];

        new NdjsonRecord(e, 5).Should().Match<NdjsonRecord>(r => r.Event == e && r.Claim == null && r.LineNumber == 5);
        new NdjsonRecord(claim).Should().Match<NdjsonRecord>(r => r.Claim == claim && r.Event == null && r.LineNumber == 0);
        new NdjsonRecord(e, 5).Should().Be(new NdjsonRecord(e, 5));
        FluentActions.Invoking(() => new NdjsonRecord((Claim)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new NdjsonRecord(e, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task ReadRecordsAsync_ManyEventsWithClaims_MemoryDoesNotGrow()
    {
        var pair = Encoding.UTF8.GetBytes(ClaimLine("c1", "e1") + "\n" + EventLine("e1", "c1") + "\n");
        var stream = new RepeatingNdjsonStream(Encoding.UTF8.GetBytes(Header2 + "\n"), pair, ManyEvents);
        long early = 0, count = 0;

        await using var reader = await DossierNdjson.OpenAsync(stream, cancellationToken: Ct);
        await foreach (var record in reader.ReadRecordsAsync(Ct))
        {
            if (++count == 20_000)
            {
                early = GC.GetTotalMemory(forceFullCollection: true);
            }
        }
        long late = GC.GetTotalMemory(forceFullCollection: true);

        count.Should().Be(2L * ManyEvents);
        (late - early).Should().BeLessThan(AllowedGrowth);
    }

    private static async IAsyncEnumerable<NdjsonRecord> ToAsyncRecords(IEnumerable<NdjsonRecord> records, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.Yield();
        foreach (var record in records)
        {
            ct.ThrowIfCancellationRequested();
            yield return record;
        }
    }
}
