using System.IO;
using System.Text.Json;
using ConflictModel.Interop;
using ConflictModel.Tests.Dossiers;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NodaTime;

namespace ConflictModel.Tests.Interop;

/// <summary>
/// Reads the export back with NetTopologySuite's GeoJSON reader, which knows nothing of the
/// writer, so that a slip such as latitude first would show as a wrong X and Y.
/// </summary>
public sealed class DossierGeoJsonTest
{
    private static readonly PlaceId AlHari = new("al-hari");
    private static readonly EventId Strike = new("strike-on-al-hari");
    private static readonly EventId Unlocated = new("clash-somewhere");

    private static readonly JsonSerializerOptions Reader = new()
    {
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <summary>
    /// The Boukamal dossier plus a village coded without a point (so its strike is drawn at
    /// Boukamal, its parent) with two death tolls, and a clash with no place at all.
    /// </summary>
    private static Dossier Boukamal()
    {
        var b = BoukamalFixture.Builder();
        b.AddPlace(AlHari.Value, "Al-Hari", PlaceKind.Village, BoukamalFixture.Boukamal);
        b.Add(new ConflictEvent(Strike, EventType.ExplosionsRemoteViolence, FuzzyDate.InWeekOf(BoukamalFixture.Thursday), AlHari,
            SubEventType.AirOrDroneStrike, participants: [new Participant(BoukamalFixture.SyrianArmy, ParticipantRole.SideA)],
            figures:
            [
                new Figure(FigureKind.Killed, new ExactCount(12)),
                new Figure(FigureKind.Killed, new AtLeastCount(15)),
                new Figure(FigureKind.Injured, new ExactCount(40)),
            ],
            description: "Air strike on the village"));
        b.Add(new ConflictEvent(Unlocated, EventType.Battles, FuzzyDate.OnDay(BoukamalFixture.Thursday)));
        return b.Build();
    }

    // The properties are camelCase; the records below that read them back are PascalCase.
    private static readonly JsonSerializerOptions Properties = new(JsonSerializerDefaults.Web);

    private static FeatureCollection Read(string json) =>
        JsonSerializer.Deserialize<FeatureCollection>(json, Reader) ?? throw new InvalidDataException("No feature collection.");

    private static IFeature Feature(FeatureCollection collection, string id) =>
        collection.Single(f => Id(f) == id);

    private static T? Value<T>(IFeature feature, string name) =>
        ((IPartiallyDeserializedAttributesTable)feature.Attributes).TryGetJsonObjectPropertyValue(name, Properties, out T? value) ? value : throw new KeyNotFoundException(name);

    private static string? Id(IFeature feature) => ((IUnique)feature).Id?.ToString();

    private static string? Text(IFeature feature, string name) => Value<string>(feature, name);

    [Fact]
    public void Write_BoukamalDossier_WritesOneFeatureForEachPlacedEventAndEachPlaceWithAPoint()
    {
        string json = DossierGeoJson.Write(Boukamal(), out var result);

        var collection = Read(json);

        // Events: encirclement, capture (both at Boukamal) and the strike (drawn at Boukamal);
        // places: only Boukamal has a point.
        collection.Should().HaveCount(4);
        collection.Count(f => Text(f, "kind") == "event").Should().Be(3);
        collection.Count(f => Text(f, "kind") == "place").Should().Be(1);
        result.EventsWritten.Should().Be(3);
        result.PlacesWritten.Should().Be(1);
        result.FeaturesWritten.Should().Be(4);
    }

    [Fact]
    public void Write_EventsWithoutAPoint_AreSkippedAndReported()
    {
        string json = DossierGeoJson.Write(Boukamal(), out var result);

        var ids = Read(json).Select(f => Id(f)).ToList();

        // The displacement is in Deir Ezzor, whose parent Syria has no point either.
        ids.Should().NotContain([BoukamalFixture.Displacement.Value, Unlocated.Value]);
        result.SkippedEvents.Should().Equal(BoukamalFixture.Displacement, Unlocated);
        result.SkippedPlaces.Should().BeEmpty();
    }

    [Fact]
    public void Write_EventAtBoukamal_PointHasLongitudeAsXAndLatitudeAsY()
    {
        var capture = Feature(Read(DossierGeoJson.Write(Boukamal())), BoukamalFixture.Capture.Value);

        var point = capture.Geometry.Should().BeOfType<Point>().Subject;
        point.X.Should().Be(40.9189);
        point.Y.Should().Be(34.4506);
    }

    [Fact]
    public void Write_CaptureOfBoukamal_CountsIndependentSourcesByOrigin()
    {
        var capture = Feature(Read(DossierGeoJson.Write(Boukamal())), BoukamalFixture.Capture.Value);

        // About the capture: AFP's claim, the army's, OSDH's, its director's, the militia source's
        // and Amaq's denial. The denial does not support it; the director's origin is the OSDH. So
        // the origins are AFP, the army, the OSDH and the militia source.
        Value<int>(capture, "claims").Should().Be(6);
        Value<int>(capture, "independentSources").Should().Be(4);
        Value<decimal?>(capture, "fatalities").Should().BeNull();
        Text(capture, "date").Should().Be("2017-11-09");
        Text(capture, "datePrecision").Should().Be("day");
        Text(capture, "type").Should().Be(EventType.Battles.Value);
        Text(capture, "subType").Should().Be(SubEventType.GovernmentRegainsTerritory.Value);
        Text(capture, "locatedAt").Should().Be(BoukamalFixture.Boukamal.Value);
        Text(capture, "precision").Should().Be("exact");
    }

    [Fact]
    public void Write_StrikeInVillageWithoutPoint_IsDrawnAtParentWithHighestDeathToll()
    {
        var strike = Feature(Read(DossierGeoJson.Write(Boukamal())), Strike.Value);

        var point = strike.Geometry.Should().BeOfType<Point>().Subject;
        point.X.Should().Be(40.9189);
        point.Y.Should().Be(34.4506);
        Value<decimal?>(strike, "fatalities").Should().Be(15);
        Value<int>(strike, "independentSources").Should().Be(0);
        Text(strike, "datePrecision").Should().Be("week");
        Text(strike, "locatedAt").Should().Be(BoukamalFixture.Boukamal.Value);
        Text(strike, "description").Should().Be("Air strike on the village");
        Value<PlaceRef>(strike, "place").Should().Be(new PlaceRef(AlHari.Value, "Al-Hari"));
        Value<List<ActorRef>>(strike, "actors").Should().Equal(new ActorRef(BoukamalFixture.SyrianArmy.Value, "Armée syrienne", "side-a"));
        Value<List<FigureRef>>(strike, "figures").Should().HaveCount(3).And.Contain(new FigureRef("injured", "40", 40));
    }

    [Fact]
    public void Write_Place_WritesItsKindNameAndParent()
    {
        var boukamal = Feature(Read(DossierGeoJson.Write(Boukamal())), BoukamalFixture.Boukamal.Value);

        Text(boukamal, "kind").Should().Be("place");
        Text(boukamal, "placeKind").Should().Be("city");
        Text(boukamal, "name").Should().Be("Boukamal");
        Text(boukamal, "precision").Should().Be("exact");
        Text(boukamal, "parent").Should().Be(BoukamalFixture.DeirEzzor.Value);
        boukamal.Geometry.Coordinate.X.Should().Be(40.9189);
    }

    [Fact]
    public void Write_IncludePlacesFalse_WritesEventsOnly()
    {
        string json = DossierGeoJson.Write(Boukamal(), out var result, new GeoJsonExportOptions(includePlaces: false));

        Read(json).Should().HaveCount(3).And.OnlyContain(f => Text(f, "kind") == "event");
        result.PlacesWritten.Should().Be(0);
    }

    [Theory]
    [InlineData(double.NaN, 40.0)]
    [InlineData(34.0, double.NaN)]
    [InlineData(95.0, 40.0)]
    [InlineData(34.0, -181.0)]
    [InlineData(double.PositiveInfinity, 40.0)]
    public void Write_BadPoint_IsSkippedAndOutputStaysValid(double latitude, double longitude)
    {
        var bad = new Place(new PlaceId("bad"), new NameSet("Nowhere"), PlaceKind.Town, location: new GeoPoint(latitude, longitude),
            precision: SpatialPrecision.Exact);
        var good = new Place(new PlaceId("good"), new NameSet("Somewhere"), PlaceKind.Town, location: new GeoPoint(10, 20),
            precision: SpatialPrecision.Near);
        var inBad = new ConflictEvent(new EventId("in-bad"), EventType.Battles, FuzzyDate.OnDay(new LocalDate(2020, 1, 1)), bad.Id);
        var inGood = new ConflictEvent(new EventId("in-good"), EventType.Battles, FuzzyDate.OnDay(new LocalDate(2020, 1, 1)), good.Id);
        var dossier = new Dossier(places: [bad, good], events: [inBad, inGood]);

        using var stream = new MemoryStream();
        var result = DossierGeoJson.Write(dossier, stream);
        string json = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        using (var document = JsonDocument.Parse(json))
        {
            document.RootElement.GetProperty("type").GetString().Should().Be("FeatureCollection");
            document.RootElement.GetProperty("features").GetArrayLength().Should().Be(2);
        }
        Read(json).Select(f => Id(f)).Should().Equal("in-good", "good");
        result.SkippedEvents.Should().Equal(inBad.Id);
        result.SkippedPlaces.Should().Equal(bad.Id);
    }

    [Fact]
    public void Write_EmptyDossier_WritesEmptyFeatureCollection()
    {
        string json = DossierGeoJson.Write(Dossier.Empty);

        json.Should().Be("""{"type":"FeatureCollection","features":[]}""");
        Read(json).Should().BeEmpty();
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        FluentActions.Invoking(() => DossierGeoJson.Write(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DossierGeoJson.Write(Dossier.Empty, (Stream)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Write_ReadOnlyStream_ThrowsArgumentException()
    {
        using var stream = new MemoryStream([], writable: false);

        FluentActions.Invoking(() => DossierGeoJson.Write(Dossier.Empty, stream)).Should().Throw<ArgumentException>().WithParameterName("stream");
    }

    private sealed record PlaceRef(string Id, string? Name);

    private sealed record ActorRef(string Id, string? Name, string Role);

    private sealed record FigureRef(string Kind, string Value, decimal Best);
}
