using System.IO;
using System.Text;
using System.Threading.Tasks;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

/// <summary>Files in each encoding: a byte-order mark decides, else the encoding named, else UTF-8; nothing is replaced.</summary>
public sealed partial class AcledCsvTest
{
    private const string ArabicArmy = "جيش";
    private const string ArabicParty = "حزب";

    private static Encoding Windows1256()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("windows-1256");
    }

    /// <summary>Two rows whose first actors differ only in Arabic letters, and a French name with accents.</summary>
    private static string ArabicCsv() =>
        AcledCsvFixture.Header + "\n" +
        AcledCsvFixture.GoodRow.Replace("Military Forces of Syria (2000-)", ArabicArmy, StringComparison.Ordinal) + "\n" +
        AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR2,", StringComparison.Ordinal).Replace("Military Forces of Syria (2000-)", ArabicParty, StringComparison.Ordinal) + "\n";

    public static TheoryData<string> ByteOrderMarks => new() { "utf-8", "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE" };

    [Theory]
    [MemberData(nameof(ByteOrderMarks))]
    public void Import_FileWithByteOrderMark_DecodesByTheMarkWhateverEncodingIsNamed(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(ArabicCsv())];

        var result = AcledCsv.Import(new MemoryStream(bytes), new AcledImportOptions { Encoding = Encoding.Latin1 });

        result.Diagnostics.Should().BeEmpty();
        result.Dossier.Actors.Select(a => a.Names.Primary.Text).Should().Contain([ArabicArmy, ArabicParty]);
    }

    [Fact]
    public void Import_Windows1256FileWithItsEncodingNamed_KeepsTheArabicNamesApart()
    {
        byte[] bytes = Windows1256().GetBytes(ArabicCsv());

        var result = AcledCsv.Import(new MemoryStream(bytes), new AcledImportOptions { Encoding = Windows1256() });

        result.RowsImported.Should().Be(2);
        result.Dossier.Actors.Select(a => a.Names.Primary.Text).Should().Contain([ArabicArmy, ArabicParty]);
    }

    [Fact]
    public async Task ImportAsync_Latin1FileWithItsEncodingNamed_ReadsTheAccents()
    {
        string csv = AcledCsvFixture.WithCell("actor1", "Forces armées de la République");
        byte[] bytes = Encoding.Latin1.GetBytes(csv);

        var result = await AcledCsv.ImportAsync(new MemoryStream(bytes), new AcledImportOptions { Encoding = Encoding.Latin1 });

        result.Dossier.Actors.Select(a => a.Names.Primary.Text).Should().Contain("Forces armées de la République");
    }

    [Fact]
    public void Import_Windows1256FileWithoutEncoding_IsRefusedNamingLineByteAndHowToNameIt()
    {
        byte[] bytes = Windows1256().GetBytes(ArabicCsv());
        int line2 = Array.IndexOf(bytes, (byte)'\n') + 1;
        int firstArabic = Array.FindIndex(bytes, line2, b => b >= 0x80);

        var act = () => AcledCsv.Import(new MemoryStream(bytes));

        var error = act.Should().Throw<AcledFormatException>().Which;
        error.Line.Should().Be(2);
        error.Message.Should().StartWith($"Line 2, byte {firstArabic - line2 + 1}: the byte 0x{bytes[firstArabic]:X2} is not UTF-8")
            .And.Contain("--encoding windows-1256").And.Contain("Encoding");
        error.Message.Should().NotContain("\uFFFD");
    }

    [Fact]
    public void Import_InvalidUtf8AfterManyLinesAndLoneCarriageReturns_NamesTheRightLine()
    {
        var text = new StringBuilder(AcledCsvFixture.Header).Append('\r');
        for (int i = 0; i < 5000; i++)
        {
            text.Append(AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + i + ",", StringComparison.Ordinal)).Append(i % 2 == 0 ? "\r" : "\r\n");
        }
        byte[] good = Encoding.UTF8.GetBytes(text.ToString());
        byte[] bytes = [.. good, .. "SYR-x,"u8.ToArray(), 0xC3, 0x28];

        var act = () => AcledCsv.Import(new MemoryStream(bytes));

        act.Should().Throw<AcledFormatException>().Which.Message.Should().StartWith("Line 5002, byte 7: the byte 0xC3 is not UTF-8");
    }

    [Fact]
    public void Import_TextWithValidUtf8AcrossBufferEnds_ReadsEveryCharacter()
    {
        var text = new StringBuilder(AcledCsvFixture.Header).Append('\n');
        for (int i = 0; i < 3000; i++)
        {
            text.Append(AcledCsvFixture.GoodRow.Replace("SYR1,", "SYR" + i + ",", StringComparison.Ordinal)
                .Replace("Military Forces of Syria (2000-)", ArabicArmy + " 🇸🇾 " + (i % 7), StringComparison.Ordinal)).Append('\n');
        }

        var result = AcledCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));

        result.RowsImported.Should().Be(3000);
        result.Dossier.Actors.Select(a => a.Names.Primary.Text).Should().Contain(ArabicArmy + " 🇸🇾 6");
    }
}
