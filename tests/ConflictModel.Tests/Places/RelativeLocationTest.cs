using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Places;

/// <summary>Places as reports give them: "15 km south-west of Aleppo", "near the Turkish border".</summary>
public class RelativeLocationTest
{
    private static readonly PlaceId Aleppo = new("aleppo");

    [Fact]
    public void Constructor_DistanceDirectionFromAPlace_KeptAndPrinted()
    {
        var location = new RelativeLocation(Aleppo, distanceKilometres: 15, direction: CompassPoint.SouthWest, isApproximate: true);

        location.Of.Should().Be(Aleppo);
        location.Feature.Should().BeNull();
        location.IsNear.Should().BeFalse();
        location.ToString().Should().Be("about 15 km south-west of aleppo");
        new RelativeLocation(feature: "the Turkish border").ToString().Should().Be("near \"the Turkish border\"");
        new RelativeLocation(new PlaceId("hama"), direction: CompassPoint.South).ToString().Should().Be("south of hama");
        new RelativeLocation(feature: "the border", distanceKilometres: 20).ToString().Should().Be("20 km from \"the border\"");
    }

    [Fact]
    public void Constructor_BadArguments_ThrowNamingTheParameter()
    {
        FluentActions.Invoking(() => new RelativeLocation()).Should().Throw<ArgumentException>().WithParameterName("of");
        FluentActions.Invoking(() => new RelativeLocation(feature: " ")).Should().Throw<ArgumentException>().WithParameterName("feature");
        FluentActions.Invoking(() => new RelativeLocation(Aleppo, distanceKilometres: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("distanceKilometres");
        FluentActions.Invoking(() => new RelativeLocation(Aleppo, distanceKilometres: double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new RelativeLocation(Aleppo, distanceKilometres: 25_000)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new RelativeLocation(Aleppo, direction: (CompassPoint)0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new RelativeLocation(Aleppo, isApproximate: true)).Should().Throw<ArgumentException>().WithParameterName("isApproximate");
    }

    [Theory]
    [InlineData(CompassPoint.North, 36.3370, 37.1343)]
    [InlineData(CompassPoint.East, 36.2018, 37.3015)]
    [InlineData(CompassPoint.SouthWest, 36.1067, 37.0162)]
    public void Estimate_DistanceAndDirection_LandsWhereTheWordsSay(CompassPoint direction, double latitude, double longitude)
    {
        // Aleppo's citadel, 15 km away: one degree of latitude is 111.195 km on the mean sphere, one
        // degree of longitude that times the cosine of the latitude (a flat-earth check, good to 0.001°
        // at this distance; going east along a great circle drifts slightly south).
        var anchor = new GeoPoint(36.2021, 37.1343);

        var point = new RelativeLocation(Aleppo, distanceKilometres: 15, direction: direction).Estimate(anchor);

        point.Latitude.Should().BeApproximately(latitude, 0.001);
        point.Longitude.Should().BeApproximately(longitude, 0.001);
    }

    [Fact]
    public void Estimate_NearOrNoDirection_IsTheAnchor()
    {
        var anchor = new GeoPoint(36.2021, 37.1343);

        new RelativeLocation(Aleppo).Estimate(anchor).Should().Be(anchor);
        new RelativeLocation(Aleppo, distanceKilometres: 15).Estimate(anchor).Should().Be(anchor);
    }

    [Fact]
    public void Place_RelativeTo_KeptBesideThePointAndChecked()
    {
        var relative = new RelativeLocation(new PlaceId("no-such-town"), distanceKilometres: 15, direction: CompassPoint.SouthWest);
        var place = new Place(new PlaceId("khan-tuman"), new NameSet("Khan Tuman", LanguageTag.English), PlaceKind.Village,
            location: new GeoPoint(36.09, 37.05), precision: SpatialPrecision.Near, relativeTo: relative);
        place.RelativeTo.Should().Be(relative);
        place.WithRelativeLocation(null).RelativeTo.Should().BeNull();
        place.WithRelativeLocation(null).Location.Should().Be(place.Location);

        var b = Valid();
        b.Add(place);
        b.AddClaim("threat", new StatementAssertion("The army says it will retake the area.", places: [new PlaceId("khan-tuman"), new PlaceId("nowhere")]),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.UnresolvedReference).Select(d => d.Path)
            .Should().BeEquivalentTo(["$.places[2].relativeTo.of", "$.claims[1].assertion.places[1]"]);
    }
}
