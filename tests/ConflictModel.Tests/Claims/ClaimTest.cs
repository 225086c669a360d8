// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Claims;

public class ClaimTest
{
    private static readonly ClaimId Id = new("c1");
    private static readonly SourceId Army = new("army-command");
    private static readonly SourceId Afp = new("afp");
    private static readonly ReportId Report = new("afp-2017-11-09");
    private static readonly EventAssertion Capture = new(new EventId("capture-boukamal"));

    private static Attribution Stated() => new(Army, AttributionMode.Stated, [new Relay(Afp, Report)], FuzzyDate.OnDay(new LocalDate(2017, 11, 9)));

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var quote = new Quote("ont libéré Boukamal", LanguageTag.French, new TextSpan(120, 19));
        var wording = new Wording("libéré", "captured");

        var claim = new Claim(Id, Capture, Stated(), Report, quote, wording, Credibility.ProbablyTrue, Modality.Asserted);

        claim.Id.Should().Be(Id);
        claim.Assertion.Should().Be(Capture);
        claim.Attribution.Should().Be(Stated());
        claim.Report.Should().Be(Report);
        claim.Quote.Should().Be(quote);
        claim.Wording.Should().Be(wording);
        claim.Credibility.Should().Be(Credibility.ProbablyTrue);
        claim.Modality.Should().Be(Modality.Asserted);
        claim.Source.Should().Be(Army);
    }

    [Fact]
    public void Constructor_Defaults_CannotBeJudgedAndAsserted()
    {
        var claim = new Claim(Id, Capture, Stated());

        claim.Report.Should().BeNull();
        claim.Quote.Should().BeNull();
        claim.Wording.Should().BeNull();
        claim.Credibility.Should().Be(Credibility.CannotBeJudged);
        ((int)claim.Credibility).Should().Be(6);
        claim.Modality.Should().Be(Modality.Asserted);
    }

    [Fact]
    public void Constructor_NullAssertionOrAttribution_ThrowsArgumentNull()
    {
        ((Action)(() => _ = new Claim(Id, null!, Stated()))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("assertion");
        ((Action)(() => _ = new Claim(Id, Capture, null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("attribution");
    }

    [Fact]
    public void Constructor_DefaultIdOrReport_ThrowsArgument()
    {
        ((Action)(() => _ = new Claim(default, Capture, Stated()))).Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        ((Action)(() => _ = new Claim(Id, Capture, Stated(), default(ReportId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("report");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Constructor_UndefinedCredibility_ThrowsArgumentOutOfRange(int grade)
    {
        Action act = () => _ = new Claim(Id, Capture, Stated(), credibility: (Credibility)grade);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("credibility");
    }

    [Fact]
    public void Constructor_UndefinedModality_ThrowsArgumentOutOfRange()
    {
        Action act = () => _ = new Claim(Id, Capture, Stated(), modality: (Modality)4);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("modality").WithMessage("*Modality*Negated*");
    }

    [Theory]
    [InlineData(Modality.Asserted, "stated", false)]
    [InlineData(Modality.Negated, "stated", true)]
    [InlineData(Modality.Asserted, "denied", true)]
    [InlineData(Modality.Negated, "denied", true)]
    [InlineData(Modality.Future, "stated", false)]
    [InlineData(Modality.Hypothetical, "denied", true)]
    [InlineData(Modality.Asserted, "estimated", false)]
    public void IsNegative_ModalityAndMode_NegatedOrDenied(Modality modality, string mode, bool expected)
    {
        var claim = new Claim(Id, Capture, new Attribution(Army, new AttributionMode(mode)), modality: modality);

        claim.IsNegative.Should().Be(expected);
    }

    [Theory]
    [InlineData(Modality.Asserted, true)]
    [InlineData(Modality.Negated, true)]
    [InlineData(Modality.Future, false)]
    [InlineData(Modality.Hypothetical, false)]
    public void IsFactual_Modality_TrueOnlyForWhatIsOrWas(Modality modality, bool expected)
    {
        new Claim(Id, Capture, Stated(), modality: modality).IsFactual.Should().Be(expected);
    }

    [Fact]
    public void WithCredibility_ReturnsNewClaimAndLeavesOriginal()
    {
        var original = new Claim(Id, Capture, Stated());

        var changed = original.WithCredibility(Credibility.Confirmed);

        changed.Credibility.Should().Be(Credibility.Confirmed);
        changed.Assertion.Should().Be(Capture);
        original.Credibility.Should().Be(Credibility.CannotBeJudged);
        changed.Should().NotBe(original);
    }

    [Fact]
    public void WithCredibility_Undefined_ThrowsArgumentOutOfRange()
    {
        Action act = () => new Claim(Id, Capture, Stated()).WithCredibility((Credibility)0);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equals_SeparatelyBuiltEqualContent_EqualWithSameHashCode()
    {
        var a = new Claim(Id, new EventAssertion(new EventId("capture-boukamal")), Stated(), Report, new Quote("ont libéré", LanguageTag.French));
        var b = new Claim(new ClaimId("c1"), new EventAssertion(new EventId("capture-boukamal")), Stated(), Report, new Quote("ont libéré", LanguageTag.French));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentModality_NotEqual()
    {
        new Claim(Id, Capture, Stated()).Should().NotBe(new Claim(Id, Capture, Stated(), modality: Modality.Negated));
    }

    [Fact]
    public void ToString_NegativeClaim_SaysNot()
    {
        var claim = new Claim(Id, Capture, new Attribution(Army, AttributionMode.Denied));

        claim.ToString().Should().Be("c1: army-command (denied): NOT event capture-boukamal happened");
    }

    [Fact]
    public void Equality_RareMembersAndOptionalReport_CompareByValue()
    {
        var plain = new Claim(Id, Capture, Stated());
        var withWording = new Claim(Id, Capture, Stated(), wording: new Wording("libéré", "captured"));
        var withReport = new Claim(Id, Capture, Stated(), Report);
        var extensions = ExtensionData.Empty.With("acme:note", System.Text.Json.JsonDocument.Parse("1").RootElement);

        plain.Report.Should().BeNull();
        plain.Wording.Should().BeNull();
        plain.Extensions.Should().BeSameAs(ExtensionData.Empty);
        withReport.Report.Should().Be(Report);
        plain.Should().NotBe(withWording).And.NotBe(withReport);
        withWording.Should().Be(new Claim(Id, Capture, Stated(), wording: new Wording("libéré", "captured")));
        withWording.WithExtensions(extensions).Wording.Should().Be(withWording.Wording);
        withWording.WithExtensions(extensions).Should().NotBe(withWording);
        withWording.WithExtensions(extensions).WithExtensions(extensions.Without("acme:note")).Should().Be(withWording);
        plain.WithExtensions(extensions).WithExtensions(ExtensionData.Empty).Should().Be(plain);
    }
}
