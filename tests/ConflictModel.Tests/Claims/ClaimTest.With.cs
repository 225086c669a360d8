using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ConflictModel.Tests.Claims;

public class ClaimWithTest
{
    private static readonly ReportId Report = new("afp-2017-11-09");

    private static Claim Full()
    {
        var attribution = new Attribution(new SourceId("army-command"), AttributionMode.Stated, [new Relay(new SourceId("afp"), Report)]);
        return new Claim(new ClaimId("c1"), new EventAssertion(new EventId("capture-boukamal")), attribution, Report,
            new Quote("ont libéré Boukamal", LanguageTag.French), new Wording("libéré", "captured"), Credibility.ProbablyTrue, Modality.Asserted,
            ExtensionData.From([new KeyValuePair<string, JsonElement>("acme:desk", JsonDocument.Parse("\"levant\"").RootElement)]));
    }

    [Fact]
    public void WithAssertion_ChangesOnlyTheAssertion()
    {
        var claim = Full();
        var other = new EventAssertion(new EventId("siege-boukamal"));

        var changed = claim.WithAssertion(other);

        changed.Assertion.Should().Be(other);
        changed.Should().Be(new Claim(claim.Id, other, claim.Attribution, claim.Report, claim.Quote, claim.Wording, claim.Credibility, claim.Modality, claim.Extensions));
        claim.Assertion.Should().Be(new EventAssertion(new EventId("capture-boukamal")), "the original is unchanged");
    }

    [Fact]
    public void WithAttribution_DenialBySameSource_ChangesOnlyTheAttribution()
    {
        var claim = Full();
        var denied = new Attribution(new SourceId("army-command"), AttributionMode.Denied);

        var changed = claim.WithAttribution(denied);

        changed.Attribution.Should().Be(denied);
        changed.IsNegative.Should().BeTrue();
        changed.Quote.Should().Be(claim.Quote);
        changed.Wording.Should().Be(claim.Wording);
        (changed.Extensions == claim.Extensions).Should().BeTrue();
    }

    [Fact]
    public void WithReportAndQuoteAndWording_Null_RemovesThem()
    {
        var claim = Full().WithReport(null).WithQuote(null).WithWording(null);

        claim.Report.Should().BeNull();
        claim.Quote.Should().BeNull();
        claim.Wording.Should().BeNull();
        (claim.Extensions == Full().Extensions).Should().BeTrue("the extension data shares a field with the wording and must survive its removal");
        claim.Extensions.Keys.Should().Equal("acme:desk");
        claim.Should().Be(new Claim(claim.Id, claim.Assertion, claim.Attribution, credibility: Credibility.ProbablyTrue, extensions: Full().Extensions));
    }

    [Fact]
    public void WithReport_Another_IsKept()
    {
        Full().WithReport(new ReportId("reuters-1")).Report.Should().Be(new ReportId("reuters-1"));
    }

    [Fact]
    public void WithModality_Negated_MakesTheClaimNegative()
    {
        var claim = Full().WithModality(Modality.Negated);

        claim.Modality.Should().Be(Modality.Negated);
        claim.IsNegative.Should().BeTrue();
        claim.IsFactual.Should().BeTrue();
    }

    [Fact]
    public void WithMethods_InvalidArguments_Throw()
    {
        var claim = Full();

        ((Action)(() => claim.WithAssertion(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("assertion");
        ((Action)(() => claim.WithAttribution(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("attribution");
        ((Action)(() => claim.WithModality((Modality)42))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("modality");
        ((Action)(() => claim.WithReport(default(ReportId)))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("report");
    }
}
