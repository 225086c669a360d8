using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using ConflictModel.Serialization;
using ConflictModel.Tests.Dossiers;
using NodaTime;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    [Fact]
    public void Write_Then_Read_Boukamal_IsEqual()
    {
        var dossier = BoukamalFixture.Build();

        var back = DossierJson.Read(DossierJson.Write(dossier));

        back.Should().Be(dossier);
    }

    [Fact]
    public void Write_Read_Write_IsByteIdentical()
    {
        var first = DossierJson.WriteToUtf8Bytes(BoukamalFixture.Build());

        var second = DossierJson.WriteToUtf8Bytes(DossierJson.Read(first));

        second.Should().Equal(first);
    }

    [Fact]
    public void Write_StartsWithFormatAndVersion()
    {
        using var doc = JsonDocument.Parse(DossierJson.Write(BoukamalFixture.Build()));

        var root = doc.RootElement;
        root.GetProperty("format").GetString().Should().Be("conflictmodel");
        root.GetProperty("version").GetInt32().Should().Be(1);
        root.EnumerateObject().Select(p => p.Name).Should().StartWith(["format", "version", "actors", "alliances", "relations", "places", "sources", "reports", "claims", "events"]);
    }

    [Fact]
    public void Write_PlaceCarriesLatitudeAndLongitude()
    {
        using var doc = JsonDocument.Parse(DossierJson.Write(BoukamalFixture.Build()));

        var boukamal = doc.RootElement.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "boukamal");
        boukamal.GetProperty("latitude").GetDouble().Should().Be(34.4506);
        boukamal.GetProperty("longitude").GetDouble().Should().Be(40.9189);
        boukamal.GetProperty("precision").GetString().Should().Be("exact");
    }

    [Theory]
    [InlineData("2017-11-09")]
    [InlineData("2017-11-02/2017-11-09")]
    [InlineData("2017-11-09/2017-11-09")]
    [InlineData("2017-11-09/2017-11-02")]
    [InlineData("2017-W45")]
    [InlineData("2020-W53")]
    [InlineData("2017-11")]
    [InlineData("2017")]
    public void Dates_WithTheirPrecision_RoundTripExactly(string text)
    {
        FuzzyDateText.TryParse(text, out var date, out var error).Should().BeTrue(error);

        FuzzyDateText.Format(date).Should().Be(text);
    }

    [Fact]
    public void Dates_Week_IsMondayToSunday()
    {
        FuzzyDateText.TryParse("2017-W45", out var date, out _).Should().BeTrue();

        (date.Start, date.End, date.Precision).Should().Be((new LocalDate(2017, 11, 6), new LocalDate(2017, 11, 12), DatePrecision.Week));
    }

    [Fact]
    public void Report_ZoneAndOffset_RoundTrip()
    {
        var b = new DossierBuilder();
        var beirut = new LocalDateTime(2017, 11, 9, 19, 30, 15).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Beirut"]);
        var fixedOffset = new LocalDateTime(2017, 11, 9, 19, 30).InZoneStrictly(DateTimeZone.ForOffset(Offset.FromHours(3)));
        b.Add(new Report(new ReportId("a"), new SourceId("afp"), beirut, LanguageTag.French, "A"));
        b.Add(new Report(new ReportId("b"), new SourceId("afp"), fixedOffset, LanguageTag.Arabic, "B"));

        var json = DossierJson.Write(b.Build());
        var back = DossierJson.Read(json);

        json.Should().Contain("\"published\": \"2017-11-09T19:30:15+02:00\"").And.Contain("\"timeZone\": \"Asia/Beirut\"");
        back.Reports[0].Published.Should().Be(beirut);
        back.Reports[1].Published.Should().Be(fixedOffset);
    }

    [Fact]
    public void Write_NonLatinScripts_StayReadable()
    {
        var b = new DossierBuilder();
        b.AddPlace("boukamal", "Boukamal", PlaceKind.City, aliases: ["البوكمال"]);

        DossierJson.Write(b.Build()).Should().Contain("البوكمال").And.Contain("Boukamal");
    }

    [Fact]
    public void UnknownMembers_AreKeptAndWrittenBack()
    {
        const string json = """
            {"format":"conflictmodel","version":1,"future":{"a":[1,2]},
             "actors":[{"id":"a","names":[{"text":"A"}],"kind":"rebel-group","acme:editor":"jd","rank":3}],
             "claims":[{"id":"c","assertion":{"type":"acme:checkpoint","at":"x"},"attribution":{"source":"s","mode":"stated"},
               "credibility":6}],
             "events":[{"id":"e","type":"battles","date":"2017","figures":[{"kind":"killed","value":{"shape":"acme:percent","p":3}}]}]}
            """;

        var dossier = DossierJson.Read(json);
        var again = DossierJson.Read(DossierJson.Write(dossier));

        dossier.Extensions.Keys.Should().Equal("future");
        dossier.Actors[0].Extensions.Keys.Should().Equal("acme:editor", "rank");
        dossier.Claims[0].Assertion.Should().BeOfType<UnrecognizedAssertion>().Which.Type.Should().Be("acme:checkpoint");
        dossier.Events[0].Figures[0].Value.Should().BeOfType<UnrecognizedFigureValue>();
        again.Should().Be(dossier);
        DossierJson.Write(again).Should().Contain("\"acme:editor\": \"jd\"").And.Contain("\"p\": 3");
    }

    [Fact]
    public async Task Stream_Sync_And_Async_RoundTrip()
    {
        var dossier = BoukamalFixture.Build();
        using var stream = new MemoryStream();

        await DossierJson.WriteAsync(dossier, stream, cancellationToken: TestContext.Current.CancellationToken);
        stream.Position = 0;
        var back = await DossierJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        stream.Position = 0;
        var backSync = DossierJson.Read(stream);

        back.Should().Be(dossier);
        backSync.Should().Be(dossier);
    }

    [Fact]
    public void ConfigureForConflictModel_SerializesDossierInsideHostTypes()
    {
        var options = new JsonSerializerOptions().ConfigureForConflictModel();
        var dossier = BoukamalFixture.Build();

        var json = JsonSerializer.Serialize(new Dictionary<string, Dossier> { ["case"] = dossier }, options);
        var back = JsonSerializer.Deserialize<Dictionary<string, Dossier>>(json, options)!;

        back["case"].Should().Be(dossier);
    }

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(DossierJson.WriteToUtf8Bytes(BoukamalFixture.Build())).ToArray();

        DossierJson.Read(bytes).Should().Be(BoukamalFixture.Build());
    }
}
