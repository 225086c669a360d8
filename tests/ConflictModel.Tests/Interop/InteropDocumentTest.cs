using System.IO;
using System.Text.RegularExpressions;
using ConflictModel.Interop;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Interop;

/// <summary>Keeps docs/interop.md in step with the code: every import diagnostic and every Parquet column documented, and nothing more.</summary>
public sealed partial class InteropDocumentTest
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(FindDocument()));

    public static TheoryData<string> Formats() => new(["ACLED", "UCDP"]);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Document_DiagnosticTablesMatchTheDescriptors(string format)
    {
        IReadOnlyList<DiagnosticDescriptor> descriptors = format == "ACLED" ? AcledDiagnostics.All : UcdpDiagnostics.All;

        var rows = Lines.Value.Select(l => DiagnosticRow().Match(l)).Where(m => m.Success && m.Groups[1].Value.StartsWith(format, StringComparison.Ordinal))
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim())).ToList();

        rows.Should().Equal(descriptors.Select(d => (d.Code, d.Title)));
    }

    [Fact]
    public void Document_ParquetTableListsEveryColumnInFileOrder()
    {
        Columns("## Parquet").Should().Equal(ParquetColumns.All);
    }

    [Fact]
    public void Document_MergeParquetTablesListEveryAddedAndProvenanceColumnInFileOrder()
    {
        Columns("## Parquet of a merge").Should().Equal(MergeParquetColumns.EventsAdded.Concat(MergeParquetColumns.Provenance));
    }

    /// <summary>The columns named in the tables of one section, up to the next section.</summary>
    private static IEnumerable<string> Columns(string heading)
    {
        int start = Array.FindIndex(Lines.Value, l => l == heading);
        return Lines.Value.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => ColumnRow().Match(l)).Where(m => m.Success)
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, "`([a-z0-9_]+)`").Select(c => c.Groups[1].Value));
    }

    private static string FindDocument()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "interop.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("docs/interop.md was not found above the test's directory.");
    }

    [GeneratedRegex(@"^\| ((?:ACLED|UCDP)\d{4}) \| ([^|]+) \|")]
    private static partial Regex DiagnosticRow();

    // A row of the Parquet table: its first cell names one or more columns, its second cell is a type.
    [GeneratedRegex(@"^\| ((?:`[a-z0-9_]+`(?:, )?)+) \| (?:string|date|double|int32)")]
    private static partial Regex ColumnRow();
}
