// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using NodaTime;

namespace ConflictModel.Tests.Reports;

public class ReportTest
{
    private static readonly ReportId Id = new("afp-2017-11-09");
    private static readonly SourceId Afp = new("afp");
    private const string Title = "Syrie: l'EI perd Boukamal";

    // 2017-11-08T23:30Z is 2017-11-09T01:30 at UTC+2.
    private static readonly ZonedDateTime Published =
        Instant.FromUtc(2017, 11, 8, 23, 30).InZone(DateTimeZone.ForOffset(Offset.FromHours(2)));

    [Fact]
    public void Constructor_AllArguments_KeepsThem()
    {
        var url = new Uri("https://www.afp.com/fr/infos/boukamal");

        var report = new Report(Id, Afp, Published, LanguageTag.French, Title, url, "Le régime syrien a annoncé…");

        report.Id.Should().Be(Id);
        report.Publisher.Should().Be(Afp);
        report.Published.Should().Be(Published);
        report.Language.Should().Be(LanguageTag.French);
        report.Title.Should().Be(Title);
        report.Url.Should().Be(url);
        report.Text.Should().Be("Le régime syrien a annoncé…");
    }

    [Fact]
    public void Constructor_RequiredOnly_NoUrlNoText()
    {
        var report = new Report(Id, Afp, Published, LanguageTag.French, Title);

        report.Url.Should().BeNull();
        report.Text.Should().BeNull();
    }

    [Fact]
    public void PublishedDate_InstantBeforeMidnightUtc_IsDateInReportZone()
    {
        new Report(Id, Afp, Published, LanguageTag.French, Title).PublishedDate.Should().Be(new LocalDate(2017, 11, 9));
    }

    [Fact]
    public void Constructor_RelativeUri_ThrowsArgument()
    {
        Action act = () => _ = new Report(Id, Afp, Published, LanguageTag.French, Title, new Uri("/fr/infos/boukamal", UriKind.Relative));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("url").WithMessage("*absolute*");
    }

    [Fact]
    public void Constructor_DefaultLanguage_ThrowsArgument()
    {
        Action act = () => _ = new Report(Id, Afp, Published, default, Title);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("language");
    }

    [Fact]
    public void Constructor_NullTitle_ThrowsArgumentNull()
    {
        Action act = () => _ = new Report(Id, Afp, Published, LanguageTag.French, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("title");
    }

    [Fact]
    public void Constructor_BlankTitle_ThrowsArgument()
    {
        Action act = () => _ = new Report(Id, Afp, Published, LanguageTag.French, " \t");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void Constructor_DefaultIds_ThrowArgument()
    {
        ((Action)(() => _ = new Report(default, Afp, Published, LanguageTag.French, Title))).Should().ThrowExactly<ArgumentException>().WithParameterName("id");
        ((Action)(() => _ = new Report(Id, default, Published, LanguageTag.French, Title))).Should().ThrowExactly<ArgumentException>().WithParameterName("publisher");
    }

    [Fact]
    public void Equals_SameContent_EqualWithSameHashCode()
    {
        var a = new Report(Id, Afp, Published, LanguageTag.French, Title, new Uri("https://example.org/a"));
        var b = new Report(new ReportId("afp-2017-11-09"), Afp, Published, new LanguageTag("FR"), Title, new Uri("https://example.org/a"));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_SameInstantInOtherZone_NotEqual()
    {
        var utc = Published.ToInstant().InUtc();

        new Report(Id, Afp, Published, LanguageTag.French, Title).Should().NotBe(new Report(Id, Afp, utc, LanguageTag.French, Title));
    }

    [Fact]
    public void ToString_ReturnsIdAndTitle()
    {
        new Report(Id, Afp, Published, LanguageTag.French, Title).ToString().Should().Be("afp-2017-11-09 (Syrie: l'EI perd Boukamal)");
    }
}
