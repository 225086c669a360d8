using System.IO;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConflictModel.Tests.Documentation;

/// <summary>
/// Every <c>```csharp</c> block of README.md and docs/*.md compiles, as a user who pastes the blocks
/// of one page, in order, into the Program.cs of a new console project (<c>dotnet new console</c>:
/// implicit usings, nullable on) referencing the packages. A block followed by a
/// <c>```text output</c> block is run, with the blocks before it, and must print that text.
/// </summary>
[Collection(nameof(DocumentationSnippetTest))]
[CollectionDefinition(nameof(DocumentationSnippetTest), DisableParallelization = true)]
public class DocumentationSnippetTest
{
    // What `dotnet new console` puts in scope (ImplicitUsings enable).
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    // The packages' assemblies and their dependencies, as a consumer's build references them.
    private static readonly string[] PackageAssemblies =
        ["ConflictModel", "ConflictModel.Interop", "NodaTime", "NodaTime.Serialization.SystemTextJson"];

    private static readonly Regex UsingDirective = new(@"^\s*using\s+(static\s+)?[A-Za-z_][\w.]*\s*;\s*(//.*)?$", RegexOptions.CultureInvariant);

    // The pages that hold C# blocks.
    public static TheoryData<string> Pages()
    {
        string root = RepositoryRoot();
        var pages = new List<string> { "README.md" };
        pages.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));
        return new(pages.Where(p => Blocks(p).Any(b => b.Language == "csharp")));
    }

    [Fact]
    public void Pages_HaveSnippetsAndOutputsToCheck()
    {
        var blocks = Pages().Select(row => row.Data).SelectMany(p => Blocks(p)).ToList();

        Pages().Select(row => row.Data).Should().Contain(["README.md", "docs/diagnostics.md", "docs/interop.md"]);
        blocks.Count(b => b.Language == "csharp").Should().BeGreaterThanOrEqualTo(8);
        blocks.Should().Contain(b => b.IsOutput, "at least one snippet's printed output is checked");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Snippets_OfAPage_Compile(string page)
    {
        var blocks = Blocks(page).Where(b => b.Language == "csharp").ToList();

        var errors = Compile(page, blocks, out _);

        errors.Should().BeEmpty($"the C# blocks of {page} must compile, pasted in order into a new console project");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Snippets_WithShownOutput_PrintIt(string page)
    {
        var blocks = Blocks(page);
        for (int i = 1; i < blocks.Count; i++)
        {
            if (!blocks[i].IsOutput || blocks[i - 1].Language != "csharp")
            {
                continue;
            }

            var program = blocks.Take(i).Where(b => b.Language == "csharp").ToList();
            var errors = Compile(page, program, out byte[]? image);
            errors.Should().BeEmpty();

            string printed = Run(image!);

            Normalize(printed).Should().Be(Normalize(blocks[i].Text), $"{page} line {blocks[i].Line} shows what the snippet above it prints; it printed:\n{printed}\n");
        }
    }

    private sealed record Block(string Language, bool IsOutput, string Text, int Line);

    private static List<Block> Blocks(string page)
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), page));
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            string[] info = lines[i][3..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int start = i + 1;
            int end = start;
            while (end < lines.Length && !lines[end].StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            blocks.Add(new Block(info.FirstOrDefault() ?? string.Empty, info.Length > 1 && info[1] == "output",
                string.Join("\n", lines[start..end]), start + 1));
            i = end;
        }

        return blocks;
    }

    // The blocks become one Program.cs: their using directives first, then their statements in
    // order, each under a #line directive so that an error names the page and its line.
    private static List<string> Compile(string page, IReadOnlyList<Block> blocks, out byte[]? image)
    {
        var usings = new List<string>();
        var body = new StringBuilder();
        foreach (var block in blocks)
        {
            body.Append("#line ").Append(block.Line).Append(" \"").Append(page).Append("\"\n");
            foreach (string line in block.Text.Split('\n'))
            {
                if (UsingDirective.IsMatch(line))
                {
                    string directive = line.Trim();
                    directive = directive[..(directive.IndexOf(';', StringComparison.Ordinal) + 1)];
                    if (!usings.Contains(directive))
                    {
                        usings.Add(directive);
                    }

                    body.Append('\n');
                }
                else
                {
                    body.Append(line).Append('\n');
                }
            }
        }

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        string globalUsings = string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n"));
        string program = string.Join("\n", usings) + "\n" + body;
        var compilation = CSharpCompilation.Create(
            "Snippets",
            [CSharpSyntaxTree.ParseText(globalUsings, parse, "GlobalUsings.g.cs"), CSharpSyntaxTree.ParseText(program, parse, "Program.cs")],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        image = emitted.Success ? stream.ToArray() : null;
        return emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.WarningLevel <= 4))
            .Select(d => d.ToString())
            .ToList();
    }

    private static IEnumerable<MetadataReference> References()
    {
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetDirectoryName(path) == runtime || PackageAssemblies.Contains(Path.GetFileNameWithoutExtension(path)))
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    private static string Run(byte[] image)
    {
        var context = new AssemblyLoadContext("snippets", isCollectible: true);
        var original = Console.Out;
        var printed = new StringWriter();
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
            Console.SetOut(printed);
            object? result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }

        return printed.ToString();
    }

    private static string Normalize(string text) => string.Join("\n", text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictModel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root (ConflictModel.sln) was not found above " + AppContext.BaseDirectory);
    }
}
