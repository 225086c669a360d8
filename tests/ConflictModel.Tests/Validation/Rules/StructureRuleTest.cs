using ConflictModel.Validation;
using NodaTime;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

public class StructureRuleTest
{
    [Fact]
    public void IdsDifferOnlyByCase_TwoPlaces_ReportsTheLaterOne()
    {
        var b = Valid();
        b.AddPlace("Boukamal", "Abu Kamal", PlaceKind.City, Syria);

        var found = Diagnostics(b, ConflictModelDiagnostics.IdsDifferOnlyByCase);

        found.Should().ContainSingle().Which.Path.Should().Be("$.places[2].id");
        found[0].EntityIds.Should().Equal("boukamal", "Boukamal");
        found[0].Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void IdsDifferOnlyByCase_DistinctIds_NotReported()
    {
        var b = Valid();
        b.AddPlace("boukamal-2", "Abu Kamal", PlaceKind.City, Syria);

        Diagnostics(b, ConflictModelDiagnostics.IdsDifferOnlyByCase).Should().BeEmpty();
    }

    [Theory]
    [InlineData("\u202EHSIAD", "U+202E")]
    [InlineData("Daech ", "white space")]
    [InlineData("Da\u200Bech", "U+200B")]
    [InlineData("Da\u0007ech", "U+0007")]
    [InlineData("Armée syrienne\u200F libre", "U+200F")]
    public void HiddenCharacters_InAnActorName_Reported(string name, string expected)
    {
        var b = Valid();
        b.AddActor("hidden", name, ActorKind.JihadistGroup);

        var found = Diagnostics(b, ConflictModelDiagnostics.HiddenCharactersInName);

        found.Should().ContainSingle().Which.Path.Should().Be("$.actors[2].names.primary.text");
        found[0].Message.Should().Contain(expected);
    }

    [Fact]
    public void HiddenCharacters_InAnAliasAndAQuote_PointAtEach()
    {
        var b = Valid();
        b.AddActor("pmf", "Hachd al-Chaabi", ActorKind.PoliticalMilitia, aliases: ["PMF", "\u2067الحشد الشعبي\u2069"]);
        b.AddClaim("q", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), Dispatch,
            new Quote("\u202Bont libéré Boukamal", LanguageTag.French));

        var paths = Diagnostics(b, ConflictModelDiagnostics.HiddenCharactersInName).Select(d => d.Path);

        paths.Should().BeEquivalentTo("$.actors[2].names.others[1].text", "$.claims[1].quote.text");
    }

    [Fact]
    public void HiddenCharacters_ArabicAndPersianJoiners_NotReported()
    {
        var b = Valid();
        b.AddPlace("abu-kamal-ar", "البوكمال", PlaceKind.City, Syria, aliases: ["می\u200Cخواهم"]);

        Diagnostics(b, ConflictModelDiagnostics.HiddenCharactersInName).Should().BeEmpty();
    }

    [Theory]
    [InlineData(140.9, 40.9, "CM1005", "$.places[2].latitude")]
    [InlineData(-90.5, 40.9, "CM1005", "$.places[2].latitude")]
    [InlineData(34.4, 340.9, "CM1006", "$.places[2].longitude")]
    [InlineData(34.4, -180.01, "CM1006", "$.places[2].longitude")]
    [InlineData(double.NaN, 40.9, "CM1007", "$.places[2].latitude")]
    [InlineData(34.4, double.PositiveInfinity, "CM1007", "$.places[2].longitude")]
    public void Coordinates_OutOfRangeOrNotANumber_AreErrors(double latitude, double longitude, string code, string path)
    {
        var b = Valid();
        b.AddPlace("bad-point", "Bad point", PlaceKind.Town, Syria, new GeoPoint(latitude, longitude), SpatialPrecision.Exact);

        var found = Validate(b).WithCode(code).ToList();

        found.Should().ContainSingle().Which.Path.Should().Be(path);
        found[0].Severity.Should().Be(Severity.Error);
        found[0].EntityIds.Should().Equal("bad-point");
    }

    [Theory]
    [InlineData(90.0, 180.0)]
    [InlineData(-90.0, -180.0)]
    public void Coordinates_OnTheLimits_NotReported(double latitude, double longitude)
    {
        var b = Valid();
        b.AddPlace("edge", "Edge", PlaceKind.Region, location: new GeoPoint(latitude, longitude), precision: SpatialPrecision.Exact);

        Validate(b).Diagnostics.Where(d => d.Code is "CM1005" or "CM1006" or "CM1007").Should().BeEmpty();
    }

    [Theory]
    [InlineData("SYR", "CM1008")]
    [InlineData("sy", "CM1008")]
    [InlineData("S1", "CM1008")]
    [InlineData("UK", "CM1009")]
    [InlineData("ZZ", "CM1009")]
    public void CountryCode_OfAnActor_MalformedOrUnknown(string country, string code)
    {
        var b = Valid();
        b.AddActor("army-2", "Army", ActorKind.StateForces, country: country);

        var found = Validate(b).Diagnostics.Where(d => d.Code is "CM1008" or "CM1009").ToList();

        found.Should().ContainSingle().Which.Code.Should().Be(code);
        found[0].Path.Should().Be("$.actors[2].country");
        found[0].AttemptedValue.Should().Be(country);
    }

    [Fact]
    public void CountryCode_LowerCaseTwoLetters_SuggestsUpperCase()
    {
        var b = Valid();
        b.AddActor("army-2", "Army", ActorKind.StateForces, country: "iq");

        Diagnostics(b, ConflictModelDiagnostics.MalformedCountryCode).Should().ContainSingle().Which.Message.Should().Contain("\"IQ\"");
    }

    [Theory]
    [InlineData("SY")]
    [InlineData("IQ")]
    [InlineData("XK")]
    [InlineData("GB")]
    public void CountryCode_Assigned_NotReported(string country)
    {
        var b = Valid();
        b.AddActor("army-2", "Army", ActorKind.StateForces, country: country);
        b.Add(new Place(new PlaceId("country-2"), new NameSet("Country"), PlaceKind.Country, codes: new PlaceCodes(country)));

        Validate(b).Diagnostics.Where(d => d.Code is "CM1008" or "CM1009").Should().BeEmpty();
    }

    [Fact]
    public void CountryCode_OfACountryPlace_IsChecked()
    {
        var b = Valid();
        b.Add(new Place(new PlaceId("iraq"), new NameSet("Irak"), PlaceKind.Country, codes: new PlaceCodes("IRQ")));

        Diagnostics(b, ConflictModelDiagnostics.MalformedCountryCode).Should().ContainSingle().Which.Path.Should().Be("$.places[2].codes.iso3166");
    }

    [Theory]
    [InlineData("SY_DY")]
    [InlineData("DY")]
    [InlineData("SY-DYZZ")]
    [InlineData("sy-dy")]
    public void SubdivisionCode_Malformed_IsError(string code)
    {
        var b = Valid();
        b.Add(new Place(new PlaceId("deir-ezzor"), new NameSet("Deir Ezzor"), PlaceKind.Governorate, Syria, codes: new PlaceCodes(code)));

        var found = Diagnostics(b, ConflictModelDiagnostics.MalformedSubdivisionCode);

        found.Should().ContainSingle().Which.Path.Should().Be("$.places[2].codes.iso3166");
    }

    [Theory]
    [InlineData("SY-DY")]
    [InlineData("IQ-AN")]
    [InlineData("FR-75")]
    public void SubdivisionCode_WellFormed_NotReported(string code)
    {
        var b = Valid();
        b.Add(new Place(new PlaceId("division"), new NameSet("Division"), PlaceKind.Governorate, Syria, codes: new PlaceCodes(code)));

        Diagnostics(b, ConflictModelDiagnostics.MalformedSubdivisionCode).Should().BeEmpty();
    }

    [Theory]
    [InlineData("sy0904", true)]
    [InlineData("SY-0904", true)]
    [InlineData("SY09A", true)]
    [InlineData("SY0904", false)]
    [InlineData("IQG09Q01", false)]
    public void PCode_Shape(string pCode, bool reported)
    {
        var b = Valid();
        b.Add(new Place(new PlaceId("abu-kamal-district"), new NameSet("Abu Kamal"), PlaceKind.District, Syria, codes: new PlaceCodes(pCode: pCode)));

        Diagnostics(b, ConflictModelDiagnostics.MalformedPCode).Should().HaveCount(reported ? 1 : 0);
    }

    [Fact]
    public void ValidityInterval_Reversed_ReportedOnMembershipAndRelation()
    {
        var b = Valid();
        var reversed = new ValidityInterval(new LocalDate(2017, 11, 9), new LocalDate(2014, 6, 29));
        b.Add(new Alliance(new AllianceId("pro-regime"), new NameSet("Pro-regime forces"), [new Membership(Army, MembershipRole.Leader, reversed)]));
        b.Add(new ActorRelation(new RelationId("r1"), Army, RelationKind.Fights, IslamicState, reversed));

        var paths = Diagnostics(b, ConflictModelDiagnostics.ValidityIntervalReversed).Select(d => d.Path);

        paths.Should().BeEquivalentTo("$.alliances[0].memberships[0].validity", "$.relations[0].validity");
    }

    [Fact]
    public void ValidityInterval_OpenOrOrdered_NotReported()
    {
        var b = Valid();
        b.Add(new ActorRelation(new RelationId("r1"), Army, RelationKind.Fights, IslamicState, ValidityInterval.From(new LocalDate(2014, 6, 29))));
        b.Add(new ActorRelation(new RelationId("r2"), Army, RelationKind.Fights, IslamicState, new ValidityInterval(Day, Day)));

        Diagnostics(b, ConflictModelDiagnostics.ValidityIntervalReversed).Should().BeEmpty();
    }

    [Fact]
    public void DateRange_Reversed_ReportedWhereverDatesStand()
    {
        var reversed = FuzzyDate.Between(Day, Day.PlusDays(-7));
        var b = Valid().Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new ExactCount(3), reversed)));
        b.Add(new ConflictEvent(new EventId("late"), EventType.Battles, reversed, Town, claims: [AfpClaim]));
        b.AddClaim("rawa", new ControlAssertion(Town, Army, reversed), new Attribution(Afp, AttributionMode.Stated, statedOn: reversed));

        var paths = Diagnostics(b, ConflictModelDiagnostics.DateRangeReversed).Select(d => d.Path);

        paths.Should().BeEquivalentTo("$.events[0].figures[0].asOf", "$.events[1].date",
            "$.claims[1].attribution.statedOn", "$.claims[1].assertion.asOf");
    }

    [Fact]
    public void DateRange_Ordered_NotReported()
    {
        var b = Valid();
        b.AddClaim("rawa", new ControlAssertion(Town, Army, FuzzyDate.Between(Day.PlusDays(-7), Day)), new Attribution(Afp, AttributionMode.Stated));

        Diagnostics(b, ConflictModelDiagnostics.DateRangeReversed).Should().BeEmpty();
    }

    [Theory]
    [InlineData(12, 10, 15, true)]
    [InlineData(10, 16, 15, true)]
    [InlineData(10, 12, 15, false)]
    [InlineData(12, 12, 12, false)]
    public void FigureBounds_Estimate(int low, int best, int high, bool reported)
    {
        var b = Valid().Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new CountEstimate(low, best, high))));

        var found = Diagnostics(b, ConflictModelDiagnostics.FigureBoundsOutOfOrder);

        found.Should().HaveCount(reported ? 1 : 0);
        if (reported)
        {
            found[0].Path.Should().Be("$.events[0].figures[0].value");
        }
    }

    [Fact]
    public void FigureBounds_RangeInAnAssertion_Reported()
    {
        var b = Valid();
        b.AddClaim("range", new FigureAssertion(new Figure(FigureKind.Displaced, new CountRange(90_000, 20_000)), Capture),
            new Attribution(Afp, AttributionMode.Stated));

        Diagnostics(b, ConflictModelDiagnostics.FigureBoundsOutOfOrder).Should().ContainSingle()
            .Which.Path.Should().Be("$.claims[1].assertion.figure.value");
    }

    [Theory]
    [InlineData(-3, true)]
    [InlineData(0, false)]
    [InlineData(3, false)]
    public void NegativeCount_Exact(int value, bool reported)
    {
        var b = Valid().Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new ExactCount(value))));

        Diagnostics(b, ConflictModelDiagnostics.NegativeCount).Should().HaveCount(reported ? 1 : 0);
    }

    [Fact]
    public void NegativeCount_AtMostZeroIsAllowedButRangeBelowZeroIsNot()
    {
        var b = Valid()
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new AtMostCount(0))))
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Injured, new CountRange(-5, 10))));

        Diagnostics(b, ConflictModelDiagnostics.NegativeCount).Should().ContainSingle().Which.Path.Should().Be("$.events[0].figures[1].value");
    }

    [Fact]
    public void NegativeCount_EveryKindOfValue_ReportedWhenTheBestValueOrABoundIsBelowZero()
    {
        // Whatever the rule reads, the definition is the value's best and bounds: no number of a value may be below zero.
        decimal[] numbers = [-1_000_000m, -7m, -0.5m, -0.0000000000000000000000000001m, 0m, 0.0000000000000000000000000001m, 0m, 0.5m, 7m, 1_000_000m];
        var values = new List<FigureValue>
        {
            new ExactCount(decimal.MaxValue), new ApproximateCount(decimal.MaxValue), new ApproximateCount(decimal.MinValue), new AtMostCount(decimal.MinValue),
        };
        foreach (decimal a in numbers)
        {
            values.Add(new ExactCount(a));
            values.Add(new AtLeastCount(a));
            values.Add(new AtMostCount(a));
            values.Add(new ApproximateCount(a));
            foreach (decimal c in numbers)
            {
                values.Add(new CountRange(a, c));
                values.Add(new CountEstimate(a, 7m, c));
                values.Add(new CountEstimate(0m, a, c));
            }
        }
        var b = Valid();
        b.Update(Capture, e => values.Aggregate(e, (ev, v) => ev.WithFigure(new Figure(FigureKind.Killed, v))));
        var expected = values.Select((v, k) => (v, k)).Where(x => x.v.Best < 0 || x.v.Lower < 0 || x.v.Upper < 0)
            .Select(x => "$.events[0].figures[" + x.k.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].value");

        Diagnostics(b, ConflictModelDiagnostics.NegativeCount).Select(d => d.Path).Should().Equal(expected);
    }

    [Fact]
    public void HiddenCharacters_EveryCharacter_ReportedExactlyWhenHidden()
    {
        var wrong = new List<int>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                continue;
            }
            bool hidden = (c is < 0x20 or (>= 0x7F and <= 0x9F) && ch is not ('\n' or '\r' or '\t'))
                || c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200B or 0x200E or 0x200F or 0xFEFF;
            string? found = ConflictModel.Validation.Rules.HiddenCharactersRule.Describe("a" + ch + "b");
            if ((found is not null) != hidden || (hidden && !found!.Contains(c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            {
                wrong.Add(c);
            }
        }

        wrong.Should().BeEmpty();
    }
}
