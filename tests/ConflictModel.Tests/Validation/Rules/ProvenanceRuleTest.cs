using System.Globalization;
using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation.Rules;

public class ProvenanceRuleTest
{
    private const string DispatchText = "Le groupe jihadiste a perdu jeudi Boukamal, a annoncé l'armée syrienne.";

    private static readonly SourceId Osdh = new("osdh");
    private static readonly SourceId Reuters = new("reuters");
    private static readonly ReportId ReutersDispatch = new("reuters-dispatch");
    private static readonly ReportId FullText = new("afp-full-text");

    [Fact]
    public void EventWithoutClaim_EventNoClaimSpeaksOf_PointsAtItsClaims()
    {
        var b = Valid();
        b.Add(new ConflictEvent(new EventId("shelling"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(Day), Town));

        var found = Diagnostics(b, ConflictModelDiagnostics.EventWithoutClaim);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.events[1].claims");
        found[0].Severity.Should().Be(Severity.Warning);
        found[0].Message.Should().Contain("\"shelling\"").And.Contain("no claim lists it or refers to it");
        found[0].EntityIds.Should().Equal("shelling");
    }

    [Fact]
    public void EventWithoutClaim_OnlyADenialListedAndReferring_IsReportedWithTheDenialCountedOnce()
    {
        var b = Valid();
        var shelling = b.Add(new ConflictEvent(new EventId("shelling"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(Day), Town));
        b.AddClaim("denial", new EventAssertion(shelling), new Attribution(Afp, AttributionMode.Denied), Dispatch);
        b.Support(shelling, new ClaimId("denial"));

        var found = Diagnostics(b, ConflictModelDiagnostics.EventWithoutClaim);

        found.Should().ContainSingle().Which.Message.Should().Contain("the only claim about it denies it");
    }

    [Fact]
    public void EventWithoutClaim_SupportedByAParticipationOrAListedClaim_IsNotReported()
    {
        var b = Valid();
        var shelling = b.Add(new ConflictEvent(new EventId("shelling"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(Day), Town));
        b.AddClaim("participation", new ParticipationAssertion(shelling, Army, ParticipantRole.SideA), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        var strike = b.Add(new ConflictEvent(new EventId("strike"), EventType.ExplosionsRemoteViolence, FuzzyDate.OnDay(Day), Town));
        b.AddClaim("statement", new StatementAssertion("Air strikes hit Boukamal"), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.Support(strike, new ClaimId("statement"));

        Diagnostics(b, ConflictModelDiagnostics.EventWithoutClaim).Should().BeEmpty();
    }

    [Fact]
    public void RelayChainLoops_OriginalSourceAmongRelays_PointsAtTheRepeatedRelay()
    {
        var b = WithOsdh();
        b.AddClaim("looped", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Reported, [new Relay(Afp, Dispatch), new Relay(Osdh)]), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.RelayChainLoops);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].attribution.relays[1].source");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("original source");
        found[0].EntityIds.Should().Equal("looped", "osdh");
    }

    [Fact]
    public void RelayChainLoops_RelayTwice_NamesTheFirstRelay()
    {
        var b = WithOsdh();
        b.AddClaim("twice", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Reported, [new Relay(Afp), new Relay(Afp, Dispatch)]), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.RelayChainLoops);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].attribution.relays[1].source");
        found[0].Message.Should().Contain("$.claims[1].attribution.relays[0]");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void RelayChainLoops_ShortOrLongChain_ReportsTheSameRelays(int others)
    {
        // Short chains are compared in pairs, long ones through a table: both give these diagnostics.
        var b = WithOsdh();
        var relays = new List<Relay> { new(Afp) };
        for (int k = 0; k < others; k++)
        {
            relays.Add(new Relay(b.AddSource("relay-" + k.ToString(CultureInfo.InvariantCulture), "Relay " + k.ToString(CultureInfo.InvariantCulture), SourceKind.NewsAgency)));
        }
        relays.Add(new Relay(Osdh));
        relays.Add(new Relay(Afp, Dispatch));
        b.AddClaim("looped", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Reported, relays), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.RelayChainLoops);

        found.Select(d => d.Path).Should().Equal(
            "$.claims[1].attribution.relays[" + (others + 1).ToString(CultureInfo.InvariantCulture) + "].source",
            "$.claims[1].attribution.relays[" + (others + 2).ToString(CultureInfo.InvariantCulture) + "].source");
        found[0].Message.Should().Contain("original source");
        found[1].Message.Should().Contain("$.claims[1].attribution.relays[0]");
    }

    [Fact]
    public void RelayChainLoops_DistinctSourcesOfOneOrganisation_AreNotReported()
    {
        var b = WithOsdh();
        b.AddSource("afp-correspondent", "AFP correspondent", SourceKind.Correspondent, organization: Afp);
        b.AddClaim("chain", new EventAssertion(Capture),
            new Attribution(Osdh, AttributionMode.Reported, [new Relay(new SourceId("afp-correspondent")), new Relay(Afp, Dispatch)]), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.RelayChainLoops).Should().BeEmpty();
    }

    [Fact]
    public void PublisherNotInChain_CommuniqueInAnAfpDispatchWithoutRelay_PointsAtTheReport()
    {
        var b = Valid();
        b.AddSource("army-command", "General command of the army", SourceKind.PartyStatement, isPartyToConflict: true, speaksFor: Army);
        b.AddClaim("communique", new EventAssertion(Capture), new Attribution(new SourceId("army-command"), AttributionMode.Stated), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.PublisherNotInChain);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].report");
        found[0].Severity.Should().Be(Severity.Warning);
        found[0].Message.Should().Contain("published by \"afp\"").And.Contain("relay");
        found[0].EntityIds.Should().Equal("communique", "afp-dispatch", "afp");
    }

    [Fact]
    public void PublisherNotInChain_PublisherAsRelayOrOfTheSameOrganisation_IsNotReported()
    {
        var b = Valid();
        b.AddSource("army-command", "General command of the army", SourceKind.PartyStatement, isPartyToConflict: true, speaksFor: Army);
        b.AddSource("afp-correspondent", "AFP correspondent", SourceKind.Correspondent, organization: Afp);
        b.AddClaim("relayed", new EventAssertion(Capture), new Attribution(new SourceId("army-command"), AttributionMode.Stated, [new Relay(Afp, Dispatch)]), Dispatch);
        b.AddClaim("observed", new EventAssertion(Capture), new Attribution(new SourceId("afp-correspondent"), AttributionMode.Observed), Dispatch);
        b.AddClaim("via-correspondent", new EventAssertion(Capture),
            new Attribution(new SourceId("army-command"), AttributionMode.Stated, [new Relay(new SourceId("afp-correspondent"))]), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.PublisherNotInChain).Should().BeEmpty();
    }

    [Fact]
    public void RelayReportPublishedByAnother_AfpRelayInAReutersReport_PointsAtTheRelaysReport()
    {
        var b = WithOsdh();
        b.AddSource(Reuters.Value, "Reuters", SourceKind.NewsAgency, Reliability.B);
        b.Add(new Report(ReutersDispatch, Reuters, Published, LanguageTag.English, "IS loses Boukamal"));
        b.AddClaim("osdh-claim", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Reported, [new Relay(Afp, ReutersDispatch)]), Dispatch);

        var found = Diagnostics(b, ConflictModelDiagnostics.RelayReportPublishedByAnother);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].attribution.relays[0].report");
        found[0].Severity.Should().Be(Severity.Warning);
        found[0].Message.Should().Contain("published by \"reuters\"").And.Contain("not by \"afp\"");
        found[0].EntityIds.Should().Equal("osdh-claim", "afp", "reuters-dispatch", "reuters");
    }

    [Fact]
    public void RelayReportPublishedByAnother_OwnReportReportOfItsOrganisationOrMissingReport_IsNotReported()
    {
        var b = WithOsdh();
        b.AddSource("afp-correspondent", "AFP correspondent", SourceKind.Correspondent, organization: Afp);
        b.AddClaim("own", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Reported, [new Relay(Afp, Dispatch)]), Dispatch);
        b.AddClaim("colleague", new EventAssertion(Capture),
            new Attribution(Osdh, AttributionMode.Reported, [new Relay(new SourceId("afp-correspondent"), Dispatch)]), Dispatch);
        b.AddClaim("missing", new EventAssertion(Capture), new Attribution(Osdh, AttributionMode.Reported, [new Relay(Afp, new ReportId("gone"))]), Dispatch);

        Diagnostics(b, ConflictModelDiagnostics.RelayReportPublishedByAnother).Should().BeEmpty();
    }

    [Fact]
    public void QuoteOutsideReportText_SpanPastTheEnd_PointsAtTheSpan()
    {
        var b = WithFullText();
        b.AddClaim("quoted", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), FullText,
            new Quote("Boukamal", LanguageTag.French, new TextSpan(DispatchText.Length - 4, 8)));

        var found = Diagnostics(b, ConflictModelDiagnostics.QuoteOutsideReportText);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].quote.span");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain($"only {DispatchText.Length} characters");
        found[0].EntityIds.Should().Equal("quoted", "afp-full-text");
        Diagnostics(b, ConflictModelDiagnostics.QuoteDoesNotMatchReportText).Should().BeEmpty();
    }

    [Fact]
    public void QuoteOutsideReportText_SpanEndingAtTheLastCharacter_IsNotReported()
    {
        var b = WithFullText();
        b.AddClaim("quoted", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), FullText,
            Quote.Locate(DispatchText, "l'armée syrienne.", LanguageTag.French));

        Validate(b).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void QuoteDoesNotMatchReportText_SpanOnOtherWords_ShowsWhatTheTextSays()
    {
        var b = WithFullText();
        int start = DispatchText.IndexOf("perdu", StringComparison.Ordinal);
        b.AddClaim("quoted", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), FullText,
            new Quote("repris", LanguageTag.French, new TextSpan(start, 6)));

        var found = Diagnostics(b, ConflictModelDiagnostics.QuoteDoesNotMatchReportText);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].quote.span");
        found[0].Severity.Should().Be(Severity.Error);
        found[0].Message.Should().Contain("\"repris\"").And.Contain("says \"perdu \"");
        found[0].AttemptedValue.Should().Be("perdu ");
    }

    [Fact]
    public void QuoteDoesNotMatchReportText_DifferentCase_IsReportedAndLongTextIsShortened()
    {
        var text = new string('x', 200) + "Boukamal" + new string('y', 200);
        var b = Valid();
        b.Add(new Report(FullText, Afp, Published, LanguageTag.French, "Texte", text: text));
        b.AddClaim("case", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), FullText,
            new Quote("boukamal", LanguageTag.French, new TextSpan(200, 8)));
        b.AddClaim("long", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), FullText,
            new Quote("a long quote", LanguageTag.French, new TextSpan(0, 300)));

        var found = Diagnostics(b, ConflictModelDiagnostics.QuoteDoesNotMatchReportText);

        found.Should().HaveCount(2);
        found[0].Message.Should().Contain("says \"Boukamal\"");
        found[1].Message.Should().Contain("…").And.NotContain(new string('x', 41));
    }

    [Fact]
    public void QuoteDoesNotMatchReportText_ExactWordsAtTheSpan_AreNotReported()
    {
        var b = WithFullText();
        b.AddClaim("quoted", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), FullText,
            Quote.Locate(DispatchText, "a perdu jeudi Boukamal", LanguageTag.French));

        Diagnostics(b, ConflictModelDiagnostics.QuoteDoesNotMatchReportText).Should().BeEmpty();
    }

    [Fact]
    public void QuoteCannotBeLocated_ReportWithoutText_IsInfoAtTheSpan()
    {
        var b = Valid();
        b.AddClaim("quoted", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), Dispatch,
            new Quote("a perdu jeudi Boukamal", LanguageTag.French, new TextSpan(19, 22)));

        var found = Diagnostics(b, ConflictModelDiagnostics.QuoteCannotBeLocated);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.claims[1].quote.span");
        found[0].Severity.Should().Be(Severity.Info);
        found[0].Message.Should().Contain("\"afp-dispatch\" has no text");
        found[0].EntityIds.Should().Equal("quoted", "afp-dispatch");
    }

    [Fact]
    public void QuoteCannotBeLocated_ClaimWithoutReport_SaysSo()
    {
        var b = Valid();
        b.AddClaim("quoted", new StatementAssertion("Boukamal fell"), new Attribution(Afp, AttributionMode.Stated),
            quote: new Quote("a perdu jeudi Boukamal", LanguageTag.French, new TextSpan(19, 22)));

        Diagnostics(b, ConflictModelDiagnostics.QuoteCannotBeLocated).Should().ContainSingle()
            .Which.Message.Should().Contain("names no report");
    }

    [Fact]
    public void QuoteCannotBeLocated_NoSpanOrMissingReportOrReportWithText_IsNotReported()
    {
        var b = WithFullText();
        b.AddClaim("words-only", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), Dispatch,
            new Quote("a perdu jeudi Boukamal", LanguageTag.French));
        b.AddClaim("missing-report", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), new ReportId("gone"),
            new Quote("a perdu jeudi Boukamal", LanguageTag.French, new TextSpan(19, 22)));
        b.AddClaim("located", new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), FullText,
            Quote.Locate(DispatchText, "a perdu jeudi Boukamal", LanguageTag.French));

        Diagnostics(b, ConflictModelDiagnostics.QuoteCannotBeLocated).Should().BeEmpty();
    }

    [Fact]
    public void ListedClaimNotAboutEvent_FigureOfAnotherEvent_PointsAtTheListEntry()
    {
        var b = Valid();
        var exodus = b.Add(new ConflictEvent(new EventId("exodus"), EventType.StrategicDevelopments, FuzzyDate.OnDay(Day), Town));
        b.AddClaim("displaced", new FigureAssertion(new Figure(FigureKind.Displaced, new ExactCount(120_000)), exodus),
            new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.Support(Capture, AfpClaim).Support(Capture, new ClaimId("displaced"));

        var found = Diagnostics(b, ConflictModelDiagnostics.ListedClaimNotAboutEvent);

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.events[0].claims[1]");
        found[0].Severity.Should().Be(Severity.Warning);
        found[0].Message.Should().Contain("\"displaced\"").And.Contain("does not refer to \"capture\"");
        found[0].EntityIds.Should().Equal("capture", "displaced");
    }

    [Fact]
    public void ListedClaimNotAboutEvent_ClaimsAboutTheEventOrMissing_AreNotReported()
    {
        var b = Valid();
        b.AddClaim("participation", new ParticipationAssertion(Capture, Army, ParticipantRole.SideA), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        b.Support(Capture, AfpClaim).Support(Capture, new ClaimId("participation")).Support(Capture, new ClaimId("missing"));

        Diagnostics(b, ConflictModelDiagnostics.ListedClaimNotAboutEvent).Should().BeEmpty();
    }

    [Fact]
    public void ProvenanceRules_HostAssertionEmptyTextAndCycles_DoNotThrow()
    {
        var b = Valid();
        b.AddSource("a", "A", SourceKind.NewsOutlet, organization: new SourceId("b"));
        b.AddSource("b", "B", SourceKind.NewsOutlet, organization: new SourceId("a"));
        b.Add(new Report(new ReportId("b-report"), new SourceId("b"), Published, LanguageTag.French, "B", text: ""));
        b.AddClaim("host", new NoReferences(), new Attribution(new SourceId("a"), AttributionMode.Stated, [new Relay(new SourceId("c"), new ReportId("b-report"))]),
            new ReportId("b-report"), new Quote("x", LanguageTag.French, new TextSpan(0, 1)));
        b.Support(Capture, new ClaimId("host"));

        var result = Validate(b);

        result.WithCode(DossierValidator.RuleFailed.Code).Should().BeEmpty();
        result.WithCode("CM5008").Should().ContainSingle();
        result.WithCode("CM5005").Should().ContainSingle();
    }

    private static DossierBuilder WithOsdh()
    {
        var b = Valid();
        b.AddSource(Osdh.Value, "OSDH", SourceKind.NgoMonitor, Reliability.C);
        return b;
    }

    private static DossierBuilder WithFullText()
    {
        var b = Valid();
        b.Add(new Report(FullText, Afp, Published, LanguageTag.French, "L'EI perd Boukamal", text: DispatchText));
        return b;
    }

    /// <summary>A host assertion that refers to no entity.</summary>
    private sealed record NoReferences : ClaimAssertion
    {
        public override string ToString() => "something was said";
    }
}
