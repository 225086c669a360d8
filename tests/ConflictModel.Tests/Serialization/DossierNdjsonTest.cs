using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Tests.Dossiers;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

// Not run beside other tests: the memory tests in DossierNdjsonTest.Memory.cs measure the heap.
[Collection(nameof(DossierNdjsonTest))]
[CollectionDefinition(nameof(DossierNdjsonTest), DisableParallelization = true)]
public partial class DossierNdjsonTest
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_Then_ReadAsync_Boukamal_IsEqual()
    {
        var dossier = BoukamalFixture.Build();

        var back = await DossierNdjson.ReadAsync(new MemoryStream(await WriteAsync(dossier)), cancellationToken: Ct);

        back.Should().Be(dossier);
    }

    [Fact]
    public async Task WriteAsync_Then_ReadAsync_UnknownMembers_AreKept()
    {
        var dossier = DossierJson.Read("""
            {"format":"conflictmodel","version":1,"future":{"a":[1,2]},
             "actors":[{"id":"a","names":[{"text":"A"}],"kind":"rebel-group","acme:editor":"jd"}],
             "events":[{"id":"e","type":"battles","date":"2017","acme:rank":3,
               "figures":[{"kind":"killed","value":{"shape":"acme:percent","p":3}}]}]}
            """);

        var back = await DossierNdjson.ReadAsync(new MemoryStream(await WriteAsync(dossier)), cancellationToken: Ct);

        back.Should().Be(dossier);
        back.Extensions.Keys.Should().Equal("future");
        back.Events[0].Extensions.Keys.Should().Equal("acme:rank");
    }

    [Fact]
    public async Task WriteAsync_EachLine_IsOneJsonValueAsTheDocumentWritesIt()
    {
        var dossier = BoukamalFixture.Build();
        using var whole = JsonDocument.Parse(DossierJson.WriteToUtf8Bytes(dossier));

        var text = Encoding.UTF8.GetString(await WriteAsync(dossier, new DossierJsonOptions { WriteIndented = true }));
        var lines = text.Split('\n');

        lines.Should().HaveCount(dossier.Events.Count + dossier.Claims.Count + 2, "a header, one line per claim and per event, and nothing after the last line break");
        lines[^1].Should().BeEmpty();
        lines.Should().NotContain(l => l.Contains('\r') || l.StartsWith(' '));
        using var header = JsonDocument.Parse(lines[0]);
        header.RootElement.EnumerateObject().Select(p => p.Name).Should()
            .Equal("format", "version", "actors", "alliances", "relations", "places", "sources", "reports");
        header.RootElement.GetProperty("format").GetString().Should().Be("conflictmodel-ndjson");
        header.RootElement.GetProperty("version").GetInt32().Should().Be(2);
        foreach (var name in new[] { "actors", "alliances", "relations", "places", "sources", "reports" })
        {
            JsonElement.DeepEquals(header.RootElement.GetProperty(name), whole.RootElement.GetProperty(name)).Should().BeTrue(name);
        }
        var events = whole.RootElement.GetProperty("events").EnumerateArray().ToList();
        var claims = whole.RootElement.GetProperty("claims").EnumerateArray().ToList();
        int e = 0, c = 0;
        for (int i = 1; i < lines.Length - 1; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            if (line.RootElement.TryGetProperty("claim", out var claim))
            {
                line.RootElement.EnumerateObject().Should().HaveCount(1, $"line {i + 1} is a claim line");
                JsonElement.DeepEquals(claim, claims[c]).Should().BeTrue($"line {i + 1} is claim {c}");
                c++;
            }
            else
            {
                JsonElement.DeepEquals(line.RootElement, events[e]).Should().BeTrue($"line {i + 1} is event {e}");
                e++;
            }
        }
        (e, c).Should().Be((events.Count, claims.Count));
    }

    [Fact]
    public async Task WriteAsync_SameDossier_GivesSameBytes()
    {
        var first = await WriteAsync(BoukamalFixture.Build());

        var second = await WriteAsync(await DossierNdjson.ReadAsync(new MemoryStream(first), cancellationToken: Ct));

        second.Should().Equal(first);
    }

    [Fact]
    public async Task WriteAsync_HeaderAndAsyncEvents_ReadBackLineByLine()
    {
        var header = BoukamalFixture.Build();
        using var stream = new MemoryStream();

        await DossierNdjson.WriteAsync(header, Generate(1_000, Ct), stream, cancellationToken: Ct);
        stream.Position = 0;
        await using var reader = await DossierNdjson.OpenAsync(stream, cancellationToken: Ct);
        var events = new List<ConflictEvent>();
        await foreach (var e in reader.ReadEventsAsync(Ct))
        {
            events.Add(e);
        }

        reader.Header.Should().Be(WithoutEvents(header), "the header's own events are not written");
        events.Should().Equal(await ToListAsync(Generate(1_000, Ct)));
        reader.LineNumber.Should().Be(1_001);
    }

    [Fact]
    public async Task WriteAsync_NullEventInSequence_Throws()
    {
        static async IAsyncEnumerable<ConflictEvent> WithNull()
        {
            await Task.Yield();
            yield return SmallEvent(0);
            yield return null!;
        }

        var write = () => DossierNdjson.WriteAsync(Dossier.Empty, WithNull(), new MemoryStream(), cancellationToken: Ct);

        (await write.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("events");
    }

    [Fact]
    public async Task WriteAsync_NullArguments_Throw()
    {
        var stream = new MemoryStream();

        await FluentActions.Awaiting(() => DossierNdjson.WriteAsync(null!, stream, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => DossierNdjson.WriteAsync(Dossier.Empty, (Stream)null!, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => DossierNdjson.WriteAsync(Dossier.Empty, (IAsyncEnumerable<ConflictEvent>)null!, stream, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => DossierNdjson.OpenAsync(null!, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(null!, cancellationToken: Ct)).Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task ReadAsync_CrlfLineEndingsAndEmptyLines_AreAccepted()
    {
        var dossier = BoukamalFixture.Build();
        var lines = Encoding.UTF8.GetString(await WriteAsync(dossier)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var crlf = "\r\n" + string.Join("\r\n\r\n", lines) + "\r\n  \r\n\r\n";

        var back = await DossierNdjson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(crlf)), cancellationToken: Ct);

        back.Should().Be(dossier);
    }

    [Fact]
    public async Task ReadAsync_NoFinalLineBreak_ReadsTheLastLine()
    {
        var dossier = BoukamalFixture.Build();
        var bytes = await WriteAsync(dossier);

        var back = await DossierNdjson.ReadAsync(new MemoryStream(bytes, 0, bytes.Length - 1), cancellationToken: Ct);

        back.Should().Be(dossier);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarkBeforeHeader_IsAccepted()
    {
        var dossier = BoukamalFixture.Build();
        var bytes = "\uFEFF"u8.ToArray().Concat(await WriteAsync(dossier)).ToArray();

        var back = await DossierNdjson.ReadAsync(new MemoryStream(bytes), cancellationToken: Ct);

        back.Should().Be(dossier);
    }

    [Fact]
    public async Task ReadAsync_TruncatedLastLine_ThrowsNamingTheLine()
    {
        var bytes = await WriteAsync(BoukamalFixture.Build());
        int lines = bytes.Count(b => b == (byte)'\n');

        var read = () => DossierNdjson.ReadAsync(new MemoryStream(bytes, 0, bytes.Length - 20), cancellationToken: Ct);

        var ex = (await read.Should().ThrowAsync<DossierFormatException>()).Which;
        ex.LineNumber.Should().Be(lines);
        ex.Message.Should().Contain($"line {lines},");
    }

    [Fact]
    public async Task ReadEventsAsync_BadEventOnLine5_NamesTheLineAndThePathWithin()
    {
        var lines = Encoding.UTF8.GetString(await WriteAsync(BoukamalFixture.Builder().Build(), Generate(5, Ct))).Split('\n');
        var fifth = JsonNode.Parse(lines[4])!;
        fifth["participants"]![1]!["role"] = 42;
        lines[4] = fifth.ToJsonString();
        await using var reader = await DossierNdjson.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))), cancellationToken: Ct);
        var seen = new List<ConflictEvent>();

        var read = async () =>
        {
            await foreach (var e in reader.ReadEventsAsync(Ct))
            {
                seen.Add(e);
            }
        };

        var ex = (await read.Should().ThrowAsync<DossierFormatException>()).Which;
        seen.Should().HaveCount(3, "lines 2 to 4 are read before line 5");
        ex.LineNumber.Should().Be(5);
        ex.Path.Should().Be("$.participants[1].role");
        ex.BytePositionInLine.Should().Be(lines[4].IndexOf("\"role\":42", StringComparison.Ordinal) + "\"role\":".Length + 1);
        ex.Message.Should().StartWith("$.participants[1].role (line 5, column ").And.Contain("expected a string");
    }

    [Fact]
    public async Task ReadEventsAsync_MalformedJsonOnALine_NamesTheLine()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(BoukamalFixture.Build()));
        int line = text.Split('\n').ToList().FindIndex(l => l.Contains("\"type\":\"displacement\"", StringComparison.Ordinal)) + 1;
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\"type\":\"displacement\"", "\"type\" \"displacement\""));

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(new MemoryStream(bytes), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        line.Should().BeGreaterThan(1);
        ex.LineNumber.Should().Be(line);
        ex.InnerException.Should().BeAssignableTo<JsonException>();
    }

    [Fact]
    public async Task ReadEventsAsync_TwoEventsOnOneLine_Throws()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(BoukamalFixture.Build())).TrimEnd('\n');
        int last = text.LastIndexOf('\n');
        int lines = text.Count(c => c == '\n') + 1;
        text = text[..last] + text[(last + 1)..];

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(lines - 1, "the last two lines are one now");
        ex.Message.Should().StartWith($"$ (line {lines - 1}, column ").And.Contain("after a single JSON value").And.NotContain("LineNumber: 0");
    }

    [Fact]
    public async Task OpenAsync_WholeDocumentMarker_ThrowsOnLine1()
    {
        var text = "\n" + Encoding.UTF8.GetString(await WriteAsync(BoukamalFixture.Build())).Replace("conflictmodel-ndjson", "conflictmodel");

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(2, "the empty first line is skipped but counted");
        ex.Path.Should().Be("$.format");
        ex.Message.Should().Contain("\"conflictmodel-ndjson\"");
    }

    [Fact]
    public async Task OpenAsync_WholeDocument_Throws()
    {
        var bytes = DossierJson.WriteToUtf8Bytes(BoukamalFixture.Build());

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.OpenAsync(new MemoryStream(bytes), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(1);
    }

    [Fact]
    public async Task OpenAsync_HeaderWithEvents_Throws()
    {
        const string text = """{"format":"conflictmodel-ndjson","version":1,"events":[]}""";

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.Path.Should().Be("$.events");
        ex.Message.Should().Contain("each event is a line of its own");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    public async Task OpenAsync_NoHeader_Throws(string text)
    {
        var ex = (await FluentActions.Awaiting(() => DossierNdjson.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellationToken: Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.Message.Should().Contain("the stream is empty");
    }

    [Fact]
    public async Task ReadEventsAsync_LineLongerThanTheLimit_ThrowsNamingTheLine()
    {
        var options = new DossierJsonOptions { MaxNdjsonLineBytes = 4096 };
        var big = new ConflictEvent(new EventId("big"), EventType.Battles, FuzzyDate.InYear(2017), description: new string('x', 10_000));
        var bytes = await WriteAsync(Dossier.Empty, ToAsync([SmallEvent(1), big, SmallEvent(2)]));

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(new MemoryStream(bytes), options, Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(3);
        ex.Message.Should().Contain("MaxNdjsonLineBytes");
    }

    [Fact]
    public async Task ReadEventsAsync_LineLongerThanTheLimit_StopsBeforeItsEnd()
    {
        var options = new DossierJsonOptions { MaxNdjsonLineBytes = 100_000 };
        var big = new ConflictEvent(new EventId("big"), EventType.Battles, FuzzyDate.InYear(2017), description: new string('x', 4_000_000));
        var stream = new CountingReadStream(new MemoryStream(await WriteAsync(Dossier.Empty, ToAsync([SmallEvent(1), big]))));

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(stream, options, Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(3);
        ex.BytePositionInLine.Should().Be(100_001);
        stream.BytesRead.Should().BeLessThan(1_000_000, "a line over the limit is not read to its end");
    }

    [Fact]
    public async Task ReadEventsAsync_LongLineUnderTheLimit_IsRead()
    {
        var big = new ConflictEvent(new EventId("big"), EventType.Battles, FuzzyDate.InYear(2017), description: new string('x', 1_000_000));
        var bytes = await WriteAsync(Dossier.Empty, ToAsync([SmallEvent(1), big, SmallEvent(2)]));

        var back = await DossierNdjson.ReadAsync(new MemoryStream(bytes), cancellationToken: Ct);

        back.Events.Should().Equal(SmallEvent(1), big, SmallEvent(2));
    }

    [Fact]
    public async Task ReadAsync_MoreEventsThanMaxArrayLength_Throws()
    {
        var bytes = await WriteAsync(Dossier.Empty, Generate(3, Ct));

        var ex = (await FluentActions.Awaiting(() => DossierNdjson.ReadAsync(new MemoryStream(bytes), new DossierJsonOptions { MaxArrayLength = 2 }, Ct))
            .Should().ThrowAsync<DossierFormatException>()).Which;

        ex.LineNumber.Should().Be(4);
    }

    [Fact]
    public async Task ReadEventsAsync_ReadsTheStreamIncrementally()
    {
        var bytes = await WriteAsync(BoukamalFixture.Build(), Generate(20_000, Ct));
        var stream = new CountingReadStream(new MemoryStream(bytes));

        await using var reader = await DossierNdjson.OpenAsync(stream, cancellationToken: Ct);
        var first = new List<ConflictEvent>();
        await foreach (var e in reader.ReadEventsAsync(Ct))
        {
            first.Add(e);
            if (first.Count == 3)
            {
                break;
            }
        }

        first.Should().Equal(await ToListAsync(Generate(3, Ct)));
        bytes.Length.Should().BeGreaterThan(2_000_000);
        stream.BytesRead.Should().BeLessThan(bytes.Length / 10, "a reader that has given 3 events has read a buffer or two, not the stream");
    }

    [Fact]
    public async Task ReadEventsAsync_AskedTwice_Throws()
    {
        await using var reader = await DossierNdjson.OpenAsync(new MemoryStream(await WriteAsync(BoukamalFixture.Build())), cancellationToken: Ct);
        _ = reader.ReadEventsAsync(Ct);

        FluentActions.Invoking(() => reader.ReadEventsAsync(Ct)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task ReadEventsAsync_AfterDispose_Throws()
    {
        var reader = await DossierNdjson.OpenAsync(new MemoryStream(await WriteAsync(BoukamalFixture.Build())), cancellationToken: Ct);
        await reader.DisposeAsync();

        FluentActions.Invoking(() => reader.ReadEventsAsync(Ct)).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public async Task Dispose_LeavesTheStreamOpen()
    {
        var stream = new MemoryStream(await WriteAsync(BoukamalFixture.Build()));

        await (await DossierNdjson.OpenAsync(stream, cancellationToken: Ct)).DisposeAsync();

        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public async Task ReadEventsAsync_Cancelled_StopsWithOperationCanceled()
    {
        var bytes = await WriteAsync(Dossier.Empty, Generate(100, Ct));
        await using var reader = await DossierNdjson.OpenAsync(new MemoryStream(bytes), cancellationToken: Ct);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        int read = 0;

        var all = async () =>
        {
            await foreach (var e in reader.ReadEventsAsync(cts.Token))
            {
                if (++read == 10)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await all.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(10);
    }

    [Fact]
    public async Task OpenAsync_Cancelled_Throws()
    {
        var bytes = await WriteAsync(BoukamalFixture.Build());

        await FluentActions.Awaiting(() => DossierNdjson.OpenAsync(new MemoryStream(bytes), cancellationToken: new CancellationToken(true)))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WriteAsync_Cancelled_StopsTheSequence()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var sink = new CountingSinkStream();
        int yielded = 0;

        async IAsyncEnumerable<ConflictEvent> Events([EnumeratorCancellation] CancellationToken ct = default)
        {
            for (int i = 0; i < 1_000_000; i++)
            {
                ct.ThrowIfCancellationRequested();
                if (++yielded == 500)
                {
                    await cts.CancelAsync();
                }
                yield return SmallEvent(i);
            }
        }

        await FluentActions.Awaiting(() => DossierNdjson.WriteAsync(Dossier.Empty, Events(), sink, cancellationToken: cts.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        yielded.Should().Be(500, "the token reaches the sequence and the loop");
    }

    [Fact]
    public async Task WriteAsync_DossierCancelled_Throws()
    {
        await FluentActions.Awaiting(() => DossierNdjson.WriteAsync(BoukamalFixture.Build(), new MemoryStream(), cancellationToken: new CancellationToken(true)))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void MaxNdjsonLineBytes_DefaultAndRange()
    {
        DossierJsonOptions.Default.MaxNdjsonLineBytes.Should().Be(64 * 1024 * 1024);
        FluentActions.Invoking(() => new DossierJsonOptions { MaxNdjsonLineBytes = 1023 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DossierJsonOptions.Default.MaxNdjsonLineBytes = 2048).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task MaxNdjsonLineBytes_AfterUse_IsFrozen()
    {
        var options = new DossierJsonOptions { MaxNdjsonLineBytes = 2048 };

        await DossierNdjson.WriteAsync(Dossier.Empty, new MemoryStream(), options, Ct);

        FluentActions.Invoking(() => options.MaxNdjsonLineBytes = 4096).Should().Throw<InvalidOperationException>();
    }

    internal static ConflictEvent SmallEvent(int i) =>
        new(new EventId("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), EventType.Battles,
            FuzzyDate.OnDay(new LocalDate(2017, 11, 9)), BoukamalFixture.Boukamal, SubEventType.ArmedClash,
            [new Participant(BoukamalFixture.SyrianArmy, ParticipantRole.SideA), new Participant(BoukamalFixture.IslamicState, ParticipantRole.SideB)]);

    internal static async IAsyncEnumerable<ConflictEvent> Generate(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (int i = 0; i < count; i++)
        {
            if (i % 1000 == 0)
            {
                // A real source (a database, a socket) completes some reads later than others.
                await Task.Yield();
            }
            ct.ThrowIfCancellationRequested();
            yield return SmallEvent(i);
        }
    }

    private static async IAsyncEnumerable<ConflictEvent> ToAsync(IEnumerable<ConflictEvent> events)
    {
        await Task.CompletedTask;
        foreach (var e in events)
        {
            yield return e;
        }
    }

    private static async Task<List<ConflictEvent>> ToListAsync(IAsyncEnumerable<ConflictEvent> events)
    {
        var list = new List<ConflictEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }
        return list;
    }

    private static Dossier WithoutEvents(Dossier d) =>
        new(d.Actors, d.Alliances, d.Relations, d.Places, d.Sources, d.Reports, d.Claims, null, d.Extensions);

    private static async Task<byte[]> WriteAsync(Dossier dossier, DossierJsonOptions? options = null)
    {
        using var stream = new MemoryStream();
        await DossierNdjson.WriteAsync(dossier, stream, options, Ct);
        return stream.ToArray();
    }

    private static async Task<byte[]> WriteAsync(Dossier header, IAsyncEnumerable<ConflictEvent> events)
    {
        using var stream = new MemoryStream();
        await DossierNdjson.WriteAsync(header, events, stream, cancellationToken: Ct);
        return stream.ToArray();
    }
}
