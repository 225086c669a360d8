using ConflictModel.Interop;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Tests.Interop;

/// <summary>What the ACLED and UCDP GED imports share: the descriptors both report, and the reading of GED dates.</summary>
public sealed class CsvFormatTest
{
    public static TheoryData<DiagnosticDescriptor, DiagnosticDescriptor> SharedPairs => new()
    {
        { AcledDiagnostics.MissingValue, UcdpDiagnostics.MissingValue },
        { AcledDiagnostics.UnparsableNumber, UcdpDiagnostics.UnparsableNumber },
        { AcledDiagnostics.CoordinateOutOfRange, UcdpDiagnostics.CoordinateOutOfRange },
        { AcledDiagnostics.DuplicateEventId, UcdpDiagnostics.DuplicateEventId },
        { AcledDiagnostics.UnusableRow, UcdpDiagnostics.UnusableRow },
    };

    [Theory]
    [MemberData(nameof(SharedPairs))]
    public void SharedDescriptor_BothFormats_HaveTheSameTitleSeverityAndCategory(DiagnosticDescriptor acled, DiagnosticDescriptor ucdp)
    {
        ucdp.Title.Should().Be(acled.Title);
        ucdp.DefaultSeverity.Should().Be(acled.DefaultSeverity).And.Be(Severity.Error);
        ucdp.Category.Should().Be(acled.Category);
        acled.Code.Should().StartWith("ACLED");
        ucdp.Code.Should().StartWith("UCDP");
    }

    [Fact]
    public void MissingValue_EachFormat_ListsItsOwnRequiredColumns()
    {
        AcledDiagnostics.MissingValue.Description.Should().Be(
            "A column the import requires (event_id_cnty, event_date, event_type, sub_event_type, actor1, country, location, latitude, longitude, fatalities) is empty.");
        UcdpDiagnostics.MissingValue.Description.Should().Be(
            "A column the import requires (id, type_of_violence, side_a, side_b, country, latitude, longitude, where_prec, date_start, date_end, best) is empty.");
    }

    [Fact]
    public void DuplicateEventId_EachFormat_NamesItsOwnIdColumn()
    {
        AcledDiagnostics.DuplicateEventId.Description.Should().Be("event_id_cnty repeats the id of an earlier row; the later row is skipped.");
        UcdpDiagnostics.DuplicateEventId.Description.Should().Be("id repeats the id of an earlier row; the later row is skipped.");
    }

    [Fact]
    public void All_EachFormat_HasDistinctCodesWithTheSharedOnesAmongThem()
    {
        AcledDiagnostics.All.Select(d => d.Code).Should().OnlyHaveUniqueItems();
        UcdpDiagnostics.All.Select(d => d.Code).Should().OnlyHaveUniqueItems();
        AcledDiagnostics.All.Should().Contain([AcledDiagnostics.MissingValue, AcledDiagnostics.UnparsableNumber,
            AcledDiagnostics.CoordinateOutOfRange, AcledDiagnostics.DuplicateEventId, AcledDiagnostics.UnusableRow]);
        UcdpDiagnostics.All.Should().Contain([UcdpDiagnostics.MissingValue, UcdpDiagnostics.UnparsableNumber,
            UcdpDiagnostics.CoordinateOutOfRange, UcdpDiagnostics.DuplicateEventId, UcdpDiagnostics.UnusableRow]);
    }

    [Theory]
    [InlineData("2017-11-09", 2017, 11, 9)]
    [InlineData(" 2017-11-09 ", 2017, 11, 9)]
    [InlineData("2017-11-09 00:00:00.000", 2017, 11, 9)]
    [InlineData("2017-11-09T00:00:00", 2017, 11, 9)]
    [InlineData("2016-02-29", 2016, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void TryParseDate_IsoDay_ReadsIt(string text, int year, int month, int day)
    {
        UcdpImporter.TryParseDate(text, out var date).Should().BeTrue();
        date.Should().Be(new LocalDate(year, month, day));
    }

    [Theory]
    [InlineData("2017-02-29")]
    [InlineData("2017-13-01")]
    [InlineData("2017-11-00")]
    [InlineData("0000-01-01")]
    [InlineData("2017-1-9")]
    [InlineData("02017-11-09")]
    [InlineData("+2017-11-09")]
    [InlineData("2017/11/09")]
    [InlineData("2017-11-0x")]
    [InlineData("")]
    public void TryParseDate_NotAnIsoDayInYears1To9999_Refuses(string text)
    {
        UcdpImporter.TryParseDate(text, out _).Should().BeFalse();
    }
}
