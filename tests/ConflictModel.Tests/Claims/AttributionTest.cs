// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Claims;

public class AttributionTest
{
    private static readonly SourceId Osdh = new("osdh");
    private static readonly SourceId Afp = new("afp");
    private static readonly SourceId France24 = new("france24");
    private static readonly ReportId Dispatch = new("afp-2017-11-09");

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var statedOn = FuzzyDate.OnDay(new LocalDate(2017, 11, 9));

        var attribution = new Attribution(Osdh, AttributionMode.Reported, [new Relay(Afp, Dispatch), new Relay(France24)], statedOn);

        attribution.Source.Should().Be(Osdh);
        attribution.Mode.Should().Be(AttributionMode.Reported);
        attribution.Relays.Should().Equal(new Relay(Afp, Dispatch), new Relay(France24));
        attribution.StatedOn.Should().Be(statedOn);
        attribution.IsRelayed.Should().BeTrue();
    }

    [Fact]
    public void Constructor_NoRelays_NotRelayed()
    {
        var attribution = new Attribution(Afp, AttributionMode.Observed);

        attribution.Relays.Should().BeEmpty();
        attribution.IsRelayed.Should().BeFalse();
        attribution.StatedOn.Should().BeNull();
    }

    [Fact]
    public void Constructor_DefaultSourceOrMode_ThrowsArgument()
    {
        ((Action)(() => _ = new Attribution(default, AttributionMode.Stated))).Should().ThrowExactly<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Attribution(Osdh, default))).Should().ThrowExactly<ArgumentException>().WithParameterName("mode").WithMessage("*AttributionMode*");
    }

    [Fact]
    public void Constructor_NullRelay_ThrowsArgumentNamingIndex()
    {
        Action act = () => _ = new Attribution(Osdh, AttributionMode.Stated, [null!]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("relays").WithMessage("*[0]*");
    }

    [Fact]
    public void Equals_SeparateButEqualRelayLists_EqualWithSameHashCode()
    {
        var a = new Attribution(Osdh, AttributionMode.Stated, [new Relay(Afp, Dispatch)]);
        var b = new Attribution(Osdh, AttributionMode.Stated, [new Relay(new SourceId("afp"), new ReportId("afp-2017-11-09"))]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_RelaysInOtherOrder_NotEqual()
    {
        new Attribution(Osdh, AttributionMode.Stated, [new Relay(Afp), new Relay(France24)])
            .Should().NotBe(new Attribution(Osdh, AttributionMode.Stated, [new Relay(France24), new Relay(Afp)]));
    }

    [Fact]
    public void ToString_ShowsChainNearestSourceFirst()
    {
        new Attribution(Osdh, AttributionMode.Stated, [new Relay(Afp), new Relay(France24)])
            .ToString().Should().Be("osdh (stated) via afp via france24");
    }

    [Fact]
    public void AttributionMode_WellKnownTerms_HaveTheirText()
    {
        AttributionMode.WellKnown.Should().Equal(
            new AttributionMode("stated"), new AttributionMode("observed"), new AttributionMode("estimated"),
            new AttributionMode("denied"), new AttributionMode("reported"), new AttributionMode("claimed"));
    }
}
