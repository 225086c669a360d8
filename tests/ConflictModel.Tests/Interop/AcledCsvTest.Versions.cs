using System.IO;
using System.Text;
using ConflictModel.Interop;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Tests.Interop;

/// <summary>The files of each ACLED release style in the corpus folder, each read to the events it holds.</summary>
public sealed partial class AcledCsvTest
{
    private static string CorpusPath(string name) => Path.Combine(AppContext.BaseDirectory, "Interop", "Data", "corpus", name);

    private static string CorpusText(string name) => File.ReadAllText(CorpusPath(name));

    private static ActorKind KindOf(Dossier dossier, string name) =>
        dossier.Actors.Single(a => a.Names.Primary.Text == name).Kind;

    [Fact]
    public void Import_2024ExportWithTextLabels_ImportsEveryRowWithItsCategoriesAndDates()
    {
        var result = AcledCsv.Import(new StringReader(CorpusText("acled-2024-labels.csv")));

        result.Diagnostics.Should().BeEmpty();
        result.RowsImported.Should().Be(5);
        var dossier = result.Dossier;
        KindOf(dossier, "Military Forces of Syria (2000-2024)").Should().Be(ActorKind.StateForces);
        KindOf(dossier, "Islamic State (Syria)").Should().Be(ActorKind.RebelGroup);
        KindOf(dossier, "Protesters (Lebanon)").Should().Be(ActorKind.Protesters);
        KindOf(dossier, "Rapid Support Forces").Should().Be(ActorKind.PoliticalMilitia);
        KindOf(dossier, "Civilians (Sudan)").Should().Be(ActorKind.Civilians);
        KindOf(dossier, "Rioters (Nigeria)").Should().Be(ActorKind.Rioters);
        KindOf(dossier, "Military Forces of Israel (2022-)").Should().Be(ActorKind.ExternalForces);
        EventOf(dossier, "SYR12345").Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2017, 11, 8)));
        EventOf(dossier, "SDN3003").Date.Should().Be(FuzzyDate.OnDay(new LocalDate(2024, 1, 2)));
        var week = EventOf(dossier, "SYR5005").Date;
        (week.Start, week.End, week.Precision).Should().Be((new LocalDate(2023, 12, 25), new LocalDate(2023, 12, 31), DatePrecision.Week));
        EventOf(dossier, "SYR12345").Extensions.TryGetValue(AcledColumns.ExtraColumnKeyPrefix + "population_best", out var population).Should().BeTrue();
        population.GetString().Should().Be("57000");
        DossierValidator.Default.Validate(dossier).Diagnostics.Where(d => d.Severity == Severity.Error).Should().BeEmpty();
    }

    [Theory]
    [InlineData("acled-2024-labels.csv")]
    [InlineData("acled-2019-codes.csv")]
    [InlineData("acled-spreadsheet.csv")]
    public void Export_AfterImportOfEachStyle_GivesEveryCellBackAsWritten(string file)
    {
        string csv = CorpusText(file);
        var result = AcledCsv.Import(new StringReader(csv));
        result.Diagnostics.Should().BeEmpty();

        var original = AcledCsvFixture.Rows(csv);
        var exported = AcledCsvFixture.Rows(AcledCsvFixture.Export(result.Dossier));

        exported.Should().HaveCount(original.Count);
        for (int i = 0; i < original.Count; i++)
        {
            foreach (var (column, value) in original[i])
            {
                exported[i].Should().ContainKey(column).WhoseValue.Should().Be(value, "row {0}, column {1} comes back as read", i + 1, column);
            }
        }
    }

    [Fact]
    public void Import_2019ExportWithCodes_ReadsTheCodesTheMonthAndKeepsTheOldColumns()
    {
        var result = AcledCsv.Import(new StringReader(CorpusText("acled-2019-codes.csv")));

        result.Diagnostics.Should().BeEmpty();
        result.RowsImported.Should().Be(3);
        KindOf(result.Dossier, "Military Forces of Iraq (2014-)").Should().Be(ActorKind.StateForces);
        KindOf(result.Dossier, "Protesters (Syria)").Should().Be(ActorKind.Protesters);
        EventOf(result.Dossier, "SYR23457").Date.Should().Be(FuzzyDate.InMonth(new YearMonth(2017, 11)));
        EventOf(result.Dossier, "IRQ7890").Extensions.TryGetValue(AcledColumns.ExtraColumnKeyPrefix + "iso3", out var iso3).Should().BeTrue();
        iso3.GetString().Should().Be("IRQ");
    }

    [Fact]
    public void Import_SpreadsheetFile_ReadsShortDatesSlashesAndTheCodebookLabels()
    {
        var result = AcledCsv.Import(new StringReader(CorpusText("acled-spreadsheet.csv")));

        result.Diagnostics.Should().BeEmpty();
        result.Dossier.Events.Select(e => e.Date.Start).Should().Equal(
            new LocalDate(2017, 11, 9), new LocalDate(2017, 11, 10), new LocalDate(2017, 11, 11));
        KindOf(result.Dossier, "Military Forces of Syria (2000-)").Should().Be(ActorKind.StateForces);
        KindOf(result.Dossier, "Islamic State (Syria)").Should().Be(ActorKind.RebelGroup);
        KindOf(result.Dossier, "Military Forces of Russia (2000-)").Should().Be(ActorKind.ExternalForces);
    }

    [Theory]
    [InlineData("08 November 2017", 2017, 11, 8)]
    [InlineData("8 november 2017", 2017, 11, 8)]
    [InlineData("08-Nov-17", 2017, 11, 8)]
    [InlineData("8 Sept 2017", 2017, 9, 8)]
    [InlineData("09-November-2017", 2017, 11, 9)]
    [InlineData("2017/11/09", 2017, 11, 9)]
    [InlineData("2017-11-09 00:00:00", 2017, 11, 9)]
    [InlineData("01-Jan-99", 1999, 1, 1)]
    public void Import_DateSpelling_ReadsTheDay(string text, int year, int month, int day)
    {
        var result = AcledCsv.Import(new StringReader(AcledCsvFixture.WithCell("event_date", text).Replace(",2017,1,", ",,1,", StringComparison.Ordinal)));

        result.Diagnostics.Should().BeEmpty();
        result.Dossier.Events.Single().Date.Start.Should().Be(new LocalDate(year, month, day));
    }

    [Theory]
    [InlineData("0000-01-01", "year 0")]
    [InlineData("31 February 2017", "no such day")]
    [InlineData("09/11/2017", "not a date")]
    [InlineData("Brumaire 2017", "not a date")]
    public void Import_BadDateAmongGoodRows_RejectsOnlyThatRowNamingLineAndColumn(string text, string why)
    {
        string csv = AcledCsvFixture.Header + "\n" + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR0,", StringComparison.Ordinal) + "\n" +
            AcledCsvFixture.WithCell("event_date", text).Split('\n')[1] + "\n" +
            AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(2);
        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be("ACLED0002");
        diagnostic.Path.Should().Be("$.lines[3].event_date");
        diagnostic.Message.Should().StartWith("Line 3, column event_date:").And.Contain(why);
    }

    [Fact]
    public void Import_WeekRunningPastTheLastDay_RejectsOnlyThatRow()
    {
        string bad = AcledCsvFixture.WithCell("event_date", "9999-12-31").Split('\n')[1].Replace(",2017,1,", ",9999,2,", StringComparison.Ordinal);
        string csv = AcledCsvFixture.Header + "\n" + bad + "\n" + AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsImported.Should().Be(1);
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("Line 2, column event_date:").And.Contain("9999-12-31");
    }

    [Theory]
    [InlineData("State forces", 1)]
    [InlineData("STATE FORCES", 1)]
    [InlineData("Rebel Groups", 2)]
    [InlineData("Rebel group", 2)]
    [InlineData("Political Militias", 3)]
    [InlineData("Identity militia", 4)]
    [InlineData("Rioters", 5)]
    [InlineData("Protesters", 6)]
    [InlineData("Civilians", 7)]
    [InlineData("External/Other forces", 8)]
    [InlineData("External/Other Forces", 8)]
    [InlineData("3", 3)]
    public void Import_CategorySpelling_GivesTheKindOfItsCode(string inter1, int code)
    {
        var result = AcledCsv.Import(new StringReader(AcledCsvFixture.WithCell("inter1", inter1)));

        result.Diagnostics.Should().BeEmpty();
        KindOf(result.Dossier, "Military Forces of Syria (2000-)").Should().Be(AcledActorCategory.KindOf(code));
    }

    [Fact]
    public void Import_UnknownCategory_RejectsTheRowListingTheLabels()
    {
        var result = AcledCsv.Import(new StringReader(AcledCsvFixture.WithCell("inter2", "Bandits")));

        result.RowsImported.Should().Be(0);
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("Line 2, column inter2:").And.Contain("Rebel group");
    }

    [Theory]
    [InlineData(AcledCategoryStyle.Codes, "1", "2", "12", "6", "", "60")]
    [InlineData(AcledCategoryStyle.Labels, "State forces", "Rebel group", "State forces-Rebel group", "Protesters", "", "Protesters only")]
    [InlineData(AcledCategoryStyle.AsRead, "State forces", "Rebel group", "State forces-Rebel group", "Protesters", "", "Protesters only")]
    public void Export_CategoryStyle_WritesInterAndInteractionThatWay(AcledCategoryStyle style,
        string inter1, string inter2, string interaction, string protestInter1, string protestInter2, string protestInteraction)
    {
        var dossier = AcledCsv.Import(new StringReader(CorpusText("acled-2024-labels.csv"))).Dossier;
        using var writer = new StringWriter();

        AcledCsv.Export(dossier, writer, new AcledExportOptions { Categories = style });

        var rows = AcledCsvFixture.Rows(writer.ToString());
        (rows[0]["inter1"], rows[0]["inter2"], rows[0]["interaction"]).Should().Be((inter1, inter2, interaction));
        (rows[1]["inter1"], rows[1]["inter2"], rows[1]["interaction"]).Should().Be((protestInter1, protestInter2, protestInteraction));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Import_LineEndStyle_ReadsEveryRowAndCountsLines(string end)
    {
        var lines = CorpusText("acled-2024-labels.csv").ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        lines[3] = lines[3].Replace("Political militia,Civilians (Sudan)", "Militia of sorts,Civilians (Sudan)", StringComparison.Ordinal);
        string csv = string.Join(end, lines) + end;

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsRead.Should().Be(5);
        result.RowsImported.Should().Be(4);
        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.lines[4].inter1");
    }

    [Fact]
    public void Import_LoneCarriageReturnsAndAQuotedLineBreak_CountsLinesAsAnEditorDoes()
    {
        string notes = "\"Clashes,\rnear\r\nAlbu Kamal.\"";
        string second = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal).Replace("Clashes near Albu Kamal.", notes, StringComparison.Ordinal);
        string third = AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR3,", StringComparison.Ordinal).Replace("34.452,", "north,", StringComparison.Ordinal);
        string csv = AcledCsvFixture.Header + "\r" + AcledCsvFixture.GoodRow + "\r" + second + "\r" + third + "\r";

        var result = AcledCsv.Import(new StringReader(csv));

        result.RowsRead.Should().Be(3);
        result.RowsImported.Should().Be(2);
        EventOf(result.Dossier, "SYR2").Description.Should().Be("Clashes,\rnear\r\nAlbu Kamal.");
        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.lines[6].latitude");
    }

    [Theory]
    [InlineData("\r\n", "\r")]
    [InlineData("\r", "\n")]
    [InlineData("\n", "\r")]
    [InlineData("\r", "\r\n")]
    public void Import_LineEndStylesMixedInOneFile_KeepsEveryRowApart(string first, string later)
    {
        var rows = Enumerable.Range(1, 6).Select(i => AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + i + ",", StringComparison.Ordinal)).ToList();
        rows[4] = rows[4].Replace("34.452,", "north,", StringComparison.Ordinal);
        var csv = new StringBuilder(AcledCsvFixture.Header).Append(first).Append(rows[0]).Append(first);
        foreach (string row in rows.Skip(1))
        {
            csv.Append(row).Append(later);
        }

        var result = AcledCsv.Import(new StringReader(csv.ToString()));

        result.RowsRead.Should().Be(6);
        result.RowsImported.Should().Be(5);
        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.lines[6].latitude");
    }

    [Fact]
    public void Import_DuplicateHeaderColumn_IsRefusedNamingBothColumns()
    {
        string csv = AcledCsvFixture.Header + ",Notes\n" + AcledCsvFixture.GoodRow + ",second notes\n";

        var act = () => AcledCsv.Import(new StringReader(csv));

        var error = act.Should().Throw<AcledFormatException>().Which;
        error.Message.Should().Contain("\"notes\" twice").And.Contain("column 28").And.Contain("column 32").And.Contain("\"Notes\"");
        error.Line.Should().Be(1);
        error.Column.Should().Be("notes");
    }

    [Fact]
    public void Import_HeaderOf200000Columns_IsRefusedAtLineOne()
    {
        string csv = AcledCsvFixture.Header + string.Concat(Enumerable.Range(0, 200_000).Select(i => ",x" + i)) + "\n" + AcledCsvFixture.GoodRow + "\n";

        var act = () => AcledCsv.Import(new StringReader(csv));

        var error = act.Should().Throw<AcledFormatException>().Which;
        error.Line.Should().Be(1);
        error.Message.Should().StartWith("Line 1: the header names more than 16384 columns");
    }

    [Fact]
    public void Import_HeaderWithAQuotedCommaAndManyExtraColumns_KeepsThemAll()
    {
        string extra = string.Concat(Enumerable.Range(0, 2000).Select(i => ",x" + i));
        string csv = AcledCsvFixture.Header + ",\"a, b\"" + extra + "\n" + AcledCsvFixture.GoodRow + ",ab" + string.Concat(Enumerable.Range(0, 2000).Select(i => "," + i)) + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.Diagnostics.Should().BeEmpty();
        var extensions = result.Dossier.Events.Single().Extensions;
        extensions.TryGetValue(AcledColumns.ExtraColumnKeyPrefix + "a, b", out var ab).Should().BeTrue();
        ab.GetString().Should().Be("ab");
        extensions.TryGetValue(AcledColumns.ExtraColumnKeyPrefix + "x1999", out var last).Should().BeTrue();
        last.GetString().Should().Be("1999");
    }

    [Fact]
    public void Import_HeaderInUpperCase_FindsTheCodebookColumns()
    {
        string csv = AcledCsvFixture.Header.ToUpperInvariant() + "\n" + AcledCsvFixture.GoodRow + "\n";

        var result = AcledCsv.Import(new StringReader(csv));

        result.Diagnostics.Should().BeEmpty();
        result.RowsImported.Should().Be(1);
    }
}
