using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

public class PlausibilityRuleTest
{
    private static readonly SourceId Un = new("un");
    private static readonly SourceId Osdh = new("osdh");
    private static readonly PlaceId Iraq = new("iq");

    [Fact]
    public void Valid_HasNoPlausibilityDiagnostic()
    {
        Validate(Valid()).Diagnostics.Should().NotContain(d => d.Code.StartsWith("CM7", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedNumeral_DispatchsDisplacedFigure_GivesTheParsersReasonAndCandidates()
    {
        var b = WithSources();
        b.AddClaim("un-displaced", Figure(FigureKind.Displaced, new ApproximateCount(120_000), "quelque 120.00 personnes"),
            new Attribution(Un, AttributionMode.Reported, [new Relay(Afp, Dispatch)]), Dispatch);

        var result = Validate(b);

        var found = result.WithCode(ConflictModelDiagnostics.MalformedNumeral.Code).Should().ContainSingle().Subject;
        found.Path.Should().Be("$.claims[1].assertion.figure.text");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("\"120.00\"").And.Contain("ambiguous in French style")
            .And.Contain("has 2 digits where 3 are expected")
            .And.Contain("It may be 120000 or 12000 or 120");
        found.EntityIds.Should().Equal("un-displaced");
        found.AttemptedValue.Should().Be("120.00");
        result.WithCode(ConflictModelDiagnostics.FigureDiffersFromWords.Code).Should().BeEmpty("a malformed numeral is not compared with the value");
    }

    [Fact]
    public void MalformedNumeral_EventFigure_PointsAtTheEventsFigureText()
    {
        var b = Valid().Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new ExactCount(1_200), text: "1.20 morts")));

        var found = Diagnostics(b, ConflictModelDiagnostics.MalformedNumeral).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[0].figures[0].text");
        found.EntityIds.Should().Equal("capture");
    }

    [Fact]
    public void MalformedNumeral_WellFormedNumerals_AreNotReported()
    {
        var b = WithSources();
        b.AddClaim("osdh-dead", Figure(FigureKind.Killed, new AtLeastCount(330_000), "plus de 330.000 morts"),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);
        b.AddClaim("un-displaced", Figure(FigureKind.Displaced, new ApproximateCount(1_500_000), "quelque 1,5 million de déplacés."),
            new Attribution(Un, AttributionMode.Stated), Dispatch);
        b.AddClaim("un-refugees", Figure(FigureKind.Refugees, new ApproximateCount(120_000), "quelque 120\u00A0000 réfugiés"),
            new Attribution(Un, AttributionMode.Stated), Dispatch);
        b.AddClaim("un-vague", Figure(FigureKind.Injured, new AtLeastCount(1_000_000), "des millions de blessés"),
            new Attribution(Un, AttributionMode.Stated), Dispatch);

        var result = Validate(b);

        result.WithCode(ConflictModelDiagnostics.MalformedNumeral.Code).Should().BeEmpty();
        result.WithCode(ConflictModelDiagnostics.FigureDiffersFromWords.Code).Should().BeEmpty();
    }

    [Fact]
    public void MalformedNumeral_EnglishReport_ReadsEnglishGrouping()
    {
        var b = WithSources();
        var english = new ReportId("afp-english");
        b.Add(new Report(english, Afp, Published, LanguageTag.English, "IS loses Boukamal"));
        b.AddClaim("un-displaced", Figure(FigureKind.Displaced, new ApproximateCount(120_000), "some 120,000 people"),
            new Attribution(Un, AttributionMode.Reported), english);
        b.AddClaim("un-displaced-fr", Figure(FigureKind.Refugees, new ApproximateCount(120_000), "quelque 120,000 personnes"),
            new Attribution(Un, AttributionMode.Reported), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.MalformedNumeral);

        found.Should().ContainSingle().Which.Path.Should().Be("$.claims[2].assertion.figure.text", "only the French report reads \"120,000\" as ambiguous");
    }

    [Fact]
    public void FigureDiffersFromWords_ZeroDropped_IsReportedWithTheFactor()
    {
        var b = WithSources();
        b.AddClaim("osdh-dead", Figure(FigureKind.Killed, new ExactCount(33_000), "plus de 330.000 morts"),
            new Attribution(Osdh, AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.FigureDiffersFromWords).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.claims[1].assertion.figure.value");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("states 33000").And.Contain("give 330000").And.Contain("factor of 10");
        found.EntityIds.Should().Equal("osdh-dead");
        found.AttemptedValue.Should().Be("33,000");
    }

    [Fact]
    public void FigureDiffersFromWords_EventFigureWithAnotherNumber_IsReported()
    {
        var b = Valid().Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new ApproximateCount(125), text: "quelque 120 morts")));

        Diagnostics(b, ConflictModelDiagnostics.FigureDiffersFromWords).Should().ContainSingle()
            .Which.Path.Should().Be("$.events[0].figures[0].value");
    }

    [Fact]
    public void FigureDiffersFromWords_RangeAndEstimateWords_MatchTheirStatedNumbers()
    {
        var b = Valid()
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new CountRange(30, 40), text: "entre 30 et 40 morts")))
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Injured, new CountEstimate(10, 12, 15), text: "au moins 10 blessés")))
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Displaced, new ExactCount(1_500_000), text: "1,5 million")))
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Fighters, new AtMostCount(500), text: "jusqu'à 500 combattants")))
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Detained, new ExactCount(12), text: "une douzaine")));

        Diagnostics(b, ConflictModelDiagnostics.FigureDiffersFromWords).Should().BeEmpty();
    }

    [Fact]
    public void FractionalCount_HalfAPerson_IsReportedAtTheValue()
    {
        var b = Valid().Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new ExactCount(12.5m))));

        var found = Diagnostics(b, ConflictModelDiagnostics.FractionalCount).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.events[0].figures[0].value");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("holds 12.5, which is not a whole number");
        found.AttemptedValue.Should().Be("12.5");
    }

    [Fact]
    public void FractionalCount_InAClaimsEstimate_IsReported()
    {
        var b = WithSources();
        b.AddClaim("un-estimate", Figure(FigureKind.Killed, new CountEstimate(10, 11.25m, 15)), new Attribution(Un, AttributionMode.Estimated), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.FractionalCount).Should().ContainSingle()
            .Which.Path.Should().Be("$.claims[1].assertion.figure.value");
    }

    [Fact]
    public void FractionalCount_DerivedNumbersOnly_AreNotReported()
    {
        // A range of 1 to 2 has a midpoint of 1.5; an approximate 125 allows 112.5 to 137.5.
        var b = Valid()
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new CountRange(1, 2))))
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Injured, new ApproximateCount(125))))
            .Update(Capture, e => e.WithFigure(new Figure(FigureKind.Displaced, new ExactCount(1_500_000.0m))));

        Diagnostics(b, ConflictModelDiagnostics.FractionalCount).Should().BeEmpty();
    }

    [Fact]
    public void PointFarFromCountry_SwappedCoordinates_AreReportedWithAHint()
    {
        var b = WithIraq();
        b.AddPlace("rawa", "Rawa", PlaceKind.Town, Iraq, new GeoPoint(41.9167, 34.4667), SpatialPrecision.Exact);

        var found = Diagnostics(b, ConflictModelDiagnostics.PointFarFromCountry).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.places[3]");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("outside Iraq (IQ)").And.Contain("look swapped");
        found.EntityIds.Should().Equal("rawa", "iq");
    }

    [Fact]
    public void PointFarFromCountry_CountryPointAndSubdivisionCode_AreChecked()
    {
        var b = Valid();
        b.Add(new Place(new PlaceId("ua"), new NameSet("Ukraine"), PlaceKind.Country, location: new GeoPoint(49.0, -32.0),
            precision: SpatialPrecision.CountryCentroid, codes: new PlaceCodes("ua-71")));

        var found = Diagnostics(b, ConflictModelDiagnostics.PointFarFromCountry).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.places[2]");
        found.Message.Should().Contain("itself a country").And.Contain("A sign looks wrong");
        found.EntityIds.Should().Equal("ua");
    }

    [Fact]
    public void PointFarFromCountry_RussiaAcrossTheAntimeridian_IsInsideItsBox()
    {
        var b = Valid();
        var russia = b.Add(new Place(new PlaceId("ru"), new NameSet("Russia"), PlaceKind.Country, codes: new PlaceCodes("RU")));
        b.AddPlace("anadyr", "Anadyr", PlaceKind.City, russia, new GeoPoint(64.73, 177.51), SpatialPrecision.Exact);
        b.AddPlace("uelen", "Uelen", PlaceKind.Village, russia, new GeoPoint(66.16, -169.81), SpatialPrecision.Exact);
        b.AddPlace("kaliningrad", "Kaliningrad", PlaceKind.City, russia, new GeoPoint(54.71, 20.51), SpatialPrecision.Exact);
        b.AddPlace("winnipeg", "Winnipeg", PlaceKind.City, russia, new GeoPoint(49.9, -97.1), SpatialPrecision.Exact);

        Diagnostics(b, ConflictModelDiagnostics.PointFarFromCountry).Should().ContainSingle()
            .Which.EntityIds.Should().Equal("winnipeg", "ru");
    }

    [Fact]
    public void PointFarFromCountry_PointsInsideOrWithinTheMargin_OrWithoutAKnownCountry_AreNotReported()
    {
        var b = WithIraq();
        b.AddPlace("rawa", "Rawa", PlaceKind.Town, Iraq, new GeoPoint(34.4667, 41.9167), SpatialPrecision.Exact);
        // Just beyond the box but within half a degree.
        b.AddPlace("al-qaim-edge", "al-Qaïm", PlaceKind.BorderCrossing, Iraq, new GeoPoint(34.4, 38.5), SpatialPrecision.Near);
        // The kit's Syria has no ISO code; a country missing from the table is not checked.
        b.AddPlace("far", "far", PlaceKind.Town, Syria, new GeoPoint(-30, 150), SpatialPrecision.Exact);
        b.Add(new Place(new PlaceId("fr"), new NameSet("France"), PlaceKind.Country, location: new GeoPoint(10, 10),
            precision: SpatialPrecision.CountryCentroid, codes: new PlaceCodes("FR")));

        Diagnostics(b, ConflictModelDiagnostics.PointFarFromCountry).Should().BeEmpty();
    }

    [Fact]
    public void PointAtZero_MissingValueWrittenAsZero_IsReportedOnce()
    {
        var b = WithIraq();
        b.AddPlace("village", "village", PlaceKind.Village, Iraq, new GeoPoint(0, 0), SpatialPrecision.Exact);

        var result = Validate(b);

        var found = result.WithCode(ConflictModelDiagnostics.PointAtZero.Code).Should().ContainSingle().Subject;
        found.Path.Should().Be("$.places[3]");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("latitude 0, longitude 0").And.Contain("missing value");
        found.EntityIds.Should().Equal("village");
        result.WithCode(ConflictModelDiagnostics.PointFarFromCountry.Code).Should().BeEmpty("the zero point is reported once, as CM7005");
    }

    [Fact]
    public void PointAtZero_OneCoordinateZero_IsNotReported()
    {
        var b = Valid();
        b.AddPlace("equator", "on the equator", PlaceKind.Village, location: new GeoPoint(0, 32.5), precision: SpatialPrecision.Exact);
        b.AddPlace("meridian", "on the meridian", PlaceKind.Village, location: new GeoPoint(5.6, 0), precision: SpatialPrecision.Exact);

        Diagnostics(b, ConflictModelDiagnostics.PointAtZero).Should().BeEmpty();
    }

    [Fact]
    public void ConfirmedWithoutIndependentSource_BackedOnlyByItsOwnDirector_IsReported()
    {
        var b = WithSources();
        b.AddSource("osdh-director", "Rami Abdel Rahmane", SourceKind.NamedOfficial, Reliability.B, organization: Osdh);
        var held = new ControlAssertion(new PlaceId("boukamal"), IslamicState, FuzzyDate.OnDay(Day.PlusDays(-1)));
        b.AddClaim("osdh-held", held, new Attribution(Osdh, AttributionMode.Stated), Dispatch, credibility: Credibility.Confirmed);
        b.AddClaim("director-held", held, new Attribution(new SourceId("osdh-director"), AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.ConfirmedWithoutIndependentSource).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.claims[1].credibility");
        found.Severity.Should().Be(Severity.Warning);
        found.Message.Should().Contain("graded Confirmed (1)").And.Contain("same origin (OSDH)");
        found.EntityIds.Should().Equal("osdh-held", "osdh");
    }

    [Fact]
    public void ConfirmedWithoutIndependentSource_CorroboratedByTheAgency_IsNotReported()
    {
        var b = WithSources();
        b.AddClaim("osdh-capture", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Stated), Dispatch,
            credibility: Credibility.Confirmed);
        // A forecast graded Confirmed is not a claim of fact and is left to other rules.
        b.AddClaim("osdh-forecast", new EventAssertion(new EventId("victory")), new Attribution(Osdh, AttributionMode.Estimated), Dispatch,
            credibility: Credibility.Confirmed, modality: Modality.Future);

        Diagnostics(b, ConflictModelDiagnostics.ConfirmedWithoutIndependentSource).Should().BeEmpty();
    }

    [Fact]
    public void PartyGradedCompletelyReliable_ArmyGradedA_IsReportedAsInfo()
    {
        var b = Valid();
        b.AddSource("army-command", "armée syrienne", SourceKind.PartyStatement, Reliability.A, isPartyToConflict: true, speaksFor: Army);

        var found = Diagnostics(b, ConflictModelDiagnostics.PartyGradedCompletelyReliable).Should().ContainSingle().Subject;

        found.Path.Should().Be("$.sources[1].reliability");
        found.Severity.Should().Be(Severity.Info);
        found.Message.Should().Contain("party to the conflict but graded A");
        found.AttemptedValue.Should().Be("A");
    }

    [Fact]
    public void PartyGradedCompletelyReliable_PartyGradedBOrIndependentGradedA_IsNotReported()
    {
        var b = Valid();
        b.AddSource("army-command", "armée syrienne", SourceKind.PartyStatement, Reliability.B, isPartyToConflict: true);
        b.AddSource("icrc", "CICR", SourceKind.IntergovernmentalOrganization, Reliability.A);

        Diagnostics(b, ConflictModelDiagnostics.PartyGradedCompletelyReliable).Should().BeEmpty();
    }

    [Fact]
    public void PlausibilityRules_OnBrokenDossier_DoNotThrow()
    {
        var result = Validate(ConsistencyRuleTest.Broken());

        result.WithCode(DossierValidator.RuleFailed.Code).Should().BeEmpty();
        result.WithCode(ConflictModelDiagnostics.PointAtZero.Code).Should().ContainSingle();
    }

    private static DossierBuilder WithSources()
    {
        var b = Valid();
        b.AddSource(Un.Value, "ONU", SourceKind.IntergovernmentalOrganization, Reliability.B);
        b.AddSource(Osdh.Value, "OSDH", SourceKind.NgoMonitor, Reliability.B);
        return b;
    }

    private static DossierBuilder WithIraq()
    {
        var b = Valid();
        b.Add(new Place(Iraq, new NameSet("Irak"), PlaceKind.Country, codes: new PlaceCodes("IQ")));
        return b;
    }

    private static FigureAssertion Figure(FigureKind kind, FigureValue value, string? text = null) =>
        new(new Figure(kind, value, text: text), Capture);
}
