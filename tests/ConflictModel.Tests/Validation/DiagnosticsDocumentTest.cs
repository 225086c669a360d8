using System.IO;
using System.Text.RegularExpressions;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

/// <summary>Keeps docs/diagnostics.md and the rules in step: every code documented, nothing documented that no rule reports.</summary>
public partial class DiagnosticsDocumentTest
{
    private static readonly Lazy<Dictionary<string, (string Title, string Severity)>> Documented = new(ReadDocument);

    [Fact]
    public void Document_ListsEveryBuiltInCode()
    {
        var codes = BuiltInDescriptors().Select(d => d.Code);

        Documented.Value.Keys.Should().Contain(codes);
    }

    [Fact]
    public void Document_ListsNoCodeWithoutARule()
    {
        Documented.Value.Keys.Should().BeSubsetOf(BuiltInDescriptors().Select(d => d.Code));
    }

    [Fact]
    public void Document_TitlesAndSeveritiesMatchTheDescriptors()
    {
        foreach (var descriptor in BuiltInDescriptors())
        {
            var (title, severity) = Documented.Value[descriptor.Code];
            title.Should().Be(descriptor.Title, $"the title of {descriptor.Code} in the document must match its descriptor");
            severity.Should().Be(descriptor.DefaultSeverity.ToString().ToLowerInvariant(), $"the severity of {descriptor.Code} must match");
        }
    }

    [Fact]
    public void Catalogue_HasAFieldForEveryRuleAndEveryFieldHasARule()
    {
        var fields = typeof(ConflictModelDiagnostics).GetFields()
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Code);

        fields.Should().BeEquivalentTo(DossierValidator.Default.Descriptors.Select(d => d.Code));
    }

    [Fact]
    public void BuiltInCodes_AreUniqueAndCategoryMatchesFirstDigit()
    {
        var descriptors = BuiltInDescriptors().ToList();

        descriptors.Select(d => d.Code).Should().OnlyHaveUniqueItems();
        descriptors.Should().OnlyContain(d => d.Code.StartsWith("CM", StringComparison.Ordinal)
            && d.Code[2] - '0' == (int)d.Category);
    }

    private static IEnumerable<DiagnosticDescriptor> BuiltInDescriptors() =>
        DossierValidator.Default.Descriptors.Append(DossierValidator.RuleFailed);

    private static Dictionary<string, (string, string)> ReadDocument()
    {
        var lines = File.ReadAllLines(FindDocument());
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            var heading = Heading().Match(lines[i]);
            if (!heading.Success)
            {
                continue;
            }
            var severity = lines.Skip(i + 1).Take(3).Select(l => SeverityLine().Match(l)).FirstOrDefault(m => m.Success);
            severity.Should().NotBeNull($"{heading.Groups[1].Value} needs a severity line right under its heading");
            result.Add(heading.Groups[1].Value, (heading.Groups[2].Value.Trim(), severity!.Groups[1].Value));
        }
        return result;
    }

    private static string FindDocument()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "docs", "diagnostics.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("docs/diagnostics.md was not found above the test's directory.");
    }

    [GeneratedRegex(@"^### (CM\d{4}) — (.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^- \*\*Severity:\*\* (info|warning|error)\b")]
    private static partial Regex SeverityLine();
}
