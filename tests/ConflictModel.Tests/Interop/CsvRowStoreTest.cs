using System.IO;
using System.Text;
using ConflictModel.Interop;
using ConflictModel.Tests.Serialization.Generators;
using FsCheck;
using FsCheck.Fluent;
using Sylvan.Data.Csv;

namespace ConflictModel.Tests.Interop;

/// <summary>
/// The cells a row store holds are those the CSV reader gives, whether the store copied the record in one piece (a record
/// without quotes) or cell by cell.
/// </summary>
public sealed class CsvRowStoreTest
{
    // Pieces of cells: separators, quotes and line ends among plain text, so that records with and without quotes come.
    private static readonly string[] Pieces = ["a", "bc", " ", "é", "ش", ",", "\"", "\n", "\r", "\r\n", "1.5", ""];

    private static readonly string[] LineEnds = ["\n", "\r\n", "\r", ""];

    [Fact]
    public void Copy_RandomRecords_Property_HoldsTheCellsTheReaderGives()
    {
        // A file: rows of cells, each cell a list of pieces and a choice of quoting it or not; and the line end after each row.
        var cell = Gen.Zip(Gen.ListOf(Gen.Elements(Pieces)), Gen.Elements(true, false, false));
        var row = Gen.Zip(Gen.ListOf(cell), Gen.Elements(LineEnds));

        int withQuotes = 0, withoutQuotes = 0;
        Generated.ForAll(Gen.ListOf(row), rows =>
        {
            var text = new StringBuilder();
            foreach (var (cells, lineEnd) in rows)
            {
                text.AppendJoin(',', cells.Select(c => Written(string.Concat(c.Item1), c.Item2))).Append(lineEnd);
            }
            var (quoted, unquoted) = Compare(text.ToString());
            withQuotes += quoted;
            withoutQuotes += unquoted;
        }, maxTest: 300);

        // Both ways of copying were compared, many times.
        withQuotes.Should().BeGreaterThan(500);
        withoutQuotes.Should().BeGreaterThan(500);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3\n")]
    [InlineData("a,b,c\r\n1,2,3")]
    [InlineData("a,,c\r,,\r\n\n,\"x,y\",z\n")]
    [InlineData("only\nrows\nof one cell")]
    [InlineData("a,b\n1,2,3,4,5\n\"q\"\"uoted\",\n")]
    [InlineData("bc\"é,,\"\",,ش\n")]
    public void Copy_RecordsOfEveryShape_HoldsTheCellsTheReaderGives(string text)
    {
        var (quoted, unquoted) = Compare(text);

        (quoted + unquoted).Should().BePositive();
    }

    [Fact]
    public void Copy_FewerCellsThanTheRecord_HoldsTheFirstOnes()
    {
        using var csv = Reader("a,b,c,d\n\"a\",b,c,d\n");
        var store = new CsvRowStore(2, 4);
        int index = 0;
        for (; csv.Read(); index++)
        {
            store.Copy(csv, 2, index);
            store.CellCount[index].Should().Be(2);
            Cell(store, index, 0).Should().Be("a");
            Cell(store, index, 1).Should().Be("b");
        }

        index.Should().Be(2);
    }

    private static string Written(string value, bool quoted) =>
        quoted ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>
    /// Reads <paramref name="text"/> as the imports do, and checks each record's cells in the store against the reader's;
    /// returns the number of records compared with a quote and without one.
    /// </summary>
    private static (int Quoted, int Unquoted) Compare(string text)
    {
        int quoted = 0, unquoted = 0;
        using var csv = Reader(text);
        // A small store, so that its buffers grow on the way.
        var store = new CsvRowStore(1024, 4);
        int index = 0;
        try
        {
            while (csv.Read())
            {
                int cells = csv.RowFieldCount;
                store.Copy(csv, cells, index);
                store.CellCount[index].Should().Be(cells);
                for (int i = 0; i < cells; i++)
                {
                    Cell(store, index, i).Should().Be(csv.GetFieldSpan(i).ToString(), "cell {0} of record {1} of {2}", i, index, text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
                }
                index++;
                if (csv.GetRawRecordSpan().Contains('"'))
                {
                    quoted++;
                }
                else
                {
                    unquoted++;
                }
            }
        }
        catch (Sylvan.Data.Csv.CsvFormatException)
        {
            // A stray quote the reader refuses ends the file for the import too; the records before it were compared.
        }
        return (quoted, unquoted);
    }

    private static string Cell(CsvRowStore store, int index, int i)
    {
        int cell = store.FirstCell[index] + i;
        return new string(store.Chars, store.Starts[cell], store.Lengths[cell]);
    }

    private static CsvDataReader Reader(string text) =>
        CsvDataReader.Create(new LineEndReader(new StringReader(text)),
            new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',', MaxBufferSize = 1 << 20 });
}
