// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Places;

public class PlaceTest
{
    private static readonly PlaceId BoukamalId = new("boukamal");
    private static readonly PlaceId DeirEzzor = new("deir-ezzor");
    private static readonly GeoPoint Point = new(34.4535, 40.9357);

    private static NameSet Names() => new NameSet("Boukamal", LanguageTag.French)
        .WithLabel("Abu Kamal", LanguageTag.English)
        .WithLabel("البوكمال", LanguageTag.Arabic);

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var codes = new PlaceCodes("SY-DY", 170017, "SY090400");

        var place = new Place(BoukamalId, Names(), PlaceKind.Town, DeirEzzor, Point, SpatialPrecision.Exact, codes);

        place.Id.Should().Be(BoukamalId);
        place.Names.Should().Be(Names());
        place.Kind.Should().Be(PlaceKind.Town);
        place.Parent.Should().Be(DeirEzzor);
        place.Location.Should().Be(Point);
        place.Precision.Should().Be(SpatialPrecision.Exact);
        place.Codes.Should().Be(codes);
    }

    [Fact]
    public void Constructor_RequiredOnly_NoPointNoPrecisionNoCodes()
    {
        var place = new Place(BoukamalId, Names(), PlaceKind.Town);

        place.Parent.Should().BeNull();
        place.Location.Should().BeNull();
        place.Precision.Should().BeNull();
        place.Codes.Should().Be(PlaceCodes.None);
    }

    [Fact]
    public void Constructor_PointWithoutPrecision_ThrowsArgument()
    {
        Action act = () => _ = new Place(BoukamalId, Names(), PlaceKind.Town, location: Point);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("precision");
    }

    [Fact]
    public void Constructor_PrecisionWithoutPoint_ThrowsArgument()
    {
        Action act = () => _ = new Place(BoukamalId, Names(), PlaceKind.Town, precision: SpatialPrecision.Near);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("precision");
    }

    [Fact]
    public void Constructor_UndefinedPrecision_ThrowsArgumentOutOfRange()
    {
        Action act = () => _ = new Place(BoukamalId, Names(), PlaceKind.Town, location: Point, precision: (SpatialPrecision)8);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("precision");
    }

    [Fact]
    public void Constructor_PointOutOfRange_KeptForValidation()
    {
        var place = new Place(BoukamalId, Names(), PlaceKind.Town, location: new GeoPoint(95, 40), precision: SpatialPrecision.Near);

        place.Location!.Value.IsWellFormed.Should().BeFalse();
    }

    [Fact]
    public void Constructor_DefaultIdKindOrParent_ThrowsArgument()
    {
        Action noId = () => _ = new Place(default, Names(), PlaceKind.Town);
        Action noKind = () => _ = new Place(BoukamalId, Names(), default);
        Action noParent = () => _ = new Place(BoukamalId, Names(), PlaceKind.Town, default(PlaceId));

        noId.Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        noKind.Should().ThrowExactly<ArgumentException>().WithParameterName("kind");
        noParent.Should().ThrowExactly<ArgumentException>().WithParameterName("parent");
    }

    [Fact]
    public void Constructor_NullNames_ThrowsArgumentNull()
    {
        Action act = () => _ = new Place(BoukamalId, null!, PlaceKind.Town);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("names");
    }

    [Fact]
    public void Constructor_ArabicName_KeptExactly()
    {
        new Place(BoukamalId, Names(), PlaceKind.Town).Names.In(LanguageTag.Arabic).Text.Should().Be("البوكمال");
    }

    [Fact]
    public void Equals_SeparatelyBuiltEqualContent_EqualWithSameHashCode()
    {
        var a = new Place(BoukamalId, Names(), PlaceKind.Town, DeirEzzor, Point, SpatialPrecision.Exact, new PlaceCodes("SY-DY"));
        var b = new Place(new PlaceId("boukamal"), Names(), PlaceKind.Town, DeirEzzor, new GeoPoint(34.4535, 40.9357), SpatialPrecision.Exact, new PlaceCodes("SY-DY"));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentPrecision_NotEqual()
    {
        new Place(BoukamalId, Names(), PlaceKind.Town, location: Point, precision: SpatialPrecision.Exact)
            .Should().NotBe(new Place(BoukamalId, Names(), PlaceKind.Town, location: Point, precision: SpatialPrecision.Near));
    }

    [Fact]
    public void WithLocation_PointAndPrecision_ReturnsNewPlaceAndLeavesOriginal()
    {
        var original = new Place(BoukamalId, Names(), PlaceKind.Town);

        var changed = original.WithLocation(Point, SpatialPrecision.DistrictCentroid);

        changed.Location.Should().Be(Point);
        changed.Precision.Should().Be(SpatialPrecision.DistrictCentroid);
        original.Location.Should().BeNull();
        original.Precision.Should().BeNull();
    }

    [Fact]
    public void WithLocation_NullAndNull_RemovesPoint()
    {
        var original = new Place(BoukamalId, Names(), PlaceKind.Town, location: Point, precision: SpatialPrecision.Exact);

        var changed = original.WithLocation(null, null);

        changed.Location.Should().BeNull();
        changed.Precision.Should().BeNull();
        original.Location.Should().Be(Point);
    }

    [Fact]
    public void WithLocation_PointWithoutPrecision_ThrowsArgument()
    {
        Action act = () => new Place(BoukamalId, Names(), PlaceKind.Town).WithLocation(Point, null);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("precision");
    }

    [Fact]
    public void WithLocation_PrecisionWithoutPoint_ThrowsArgument()
    {
        Action act = () => new Place(BoukamalId, Names(), PlaceKind.Town).WithLocation(null, SpatialPrecision.Exact);

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void WithNamesParentCodes_ReturnNewPlacesAndLeaveOriginal()
    {
        var original = new Place(BoukamalId, Names(), PlaceKind.Town);
        var otherNames = new NameSet("Al-Bukamal");
        var codes = new PlaceCodes("SY-DY");

        original.WithNames(otherNames).Names.Should().Be(otherNames);
        original.WithParent(DeirEzzor).Parent.Should().Be(DeirEzzor);
        original.WithCodes(codes).Codes.Should().Be(codes);
        original.Names.Should().Be(Names());
        original.Parent.Should().BeNull();
        original.Codes.Should().Be(PlaceCodes.None);
    }

    [Fact]
    public void WithNamesOrCodes_Null_ThrowsArgumentNull()
    {
        var place = new Place(BoukamalId, Names(), PlaceKind.Town);

        ((Action)(() => place.WithNames(null!))).Should().ThrowExactly<ArgumentNullException>();
        ((Action)(() => place.WithCodes(null!))).Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void WithParent_DefaultId_ThrowsArgument()
    {
        Action act = () => new Place(BoukamalId, Names(), PlaceKind.Town).WithParent(default(PlaceId));

        act.Should().ThrowExactly<ArgumentException>();
    }

    [Fact]
    public void ToString_ReturnsIdAndPrimaryName()
    {
        new Place(BoukamalId, Names(), PlaceKind.Town).ToString().Should().Be("boukamal (Boukamal)");
    }
}
