// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;

namespace ConflictModel.Tests.Claims;

public class RelayAndWordingTest
{
    [Fact]
    public void Relay_Constructor_KeepsSourceAndReport()
    {
        var relay = new Relay(new SourceId("afp"), new ReportId("afp-2017-11-09"));

        relay.Source.Should().Be(new SourceId("afp"));
        relay.Report.Should().Be(new ReportId("afp-2017-11-09"));
        relay.ToString().Should().Be("afp in afp-2017-11-09");
        new Relay(new SourceId("afp")).ToString().Should().Be("afp");
    }

    [Fact]
    public void Relay_DefaultIds_ThrowArgument()
    {
        ((Action)(() => _ = new Relay(default))).Should().ThrowExactly<ArgumentException>().WithParameterName("source");
        ((Action)(() => _ = new Relay(new SourceId("afp"), default(ReportId)))).Should().ThrowExactly<ArgumentException>().WithParameterName("report");
    }

    [Fact]
    public void Wording_Constructor_KeepsBothTerms()
    {
        var wording = new Wording("libéré", "captured");

        wording.SourceTerm.Should().Be("libéré");
        wording.NeutralTerm.Should().Be("captured");
        wording.Should().Be(new Wording("libéré", "captured"));
        wording.Should().NotBe(new Wording("libéré", "took"));
        wording.ToString().Should().Be("\"libéré\" (neutral: captured)");
    }

    [Fact]
    public void Wording_NullOrBlankTerms_Throw()
    {
        ((Action)(() => _ = new Wording(null!, "captured"))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("sourceTerm");
        ((Action)(() => _ = new Wording("libéré", null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("neutralTerm");
        ((Action)(() => _ = new Wording(" ", "captured"))).Should().ThrowExactly<ArgumentException>().WithParameterName("sourceTerm");
        ((Action)(() => _ = new Wording("libéré", ""))).Should().ThrowExactly<ArgumentException>().WithParameterName("neutralTerm");
    }
}
