using System.IO;
using System.Text.Json;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

/// <summary>Keeps docs/format.md in step with the code: its example is a document the library reads and writes back unchanged.</summary>
public class FormatDocumentTest
{
    private const string ExampleHeading = "## A complete example";

    [Fact]
    public void Example_Reads_AndWritesBackToTheSameText()
    {
        var example = Example();

        var written = DossierJson.Write(DossierJson.Read(example));

        written.ReplaceLineEndings("\n").Should().Be(example);
    }

    [Fact]
    public void Example_IsValidUnderTheSchema()
    {
        DocumentSchema.Errors(Example()).Should().BeEmpty();
    }

    [Fact]
    public void Document_NamesEveryMemberOfTheSchema()
    {
        var text = File.ReadAllText(DocumentSchema.RepositoryFile("docs/format.md"));
        using var schema = JsonDocument.Parse(File.ReadAllText(DocumentSchema.RepositoryFile(DocumentSchema.SchemaPath)));

        var members = PropertyNames(schema.RootElement).Distinct().ToList();

        members.Should().NotBeEmpty();
        members.Where(m => !text.Contains($"`{m}`", StringComparison.Ordinal)).Should().BeEmpty("docs/format.md describes every member of the format");
    }

    private static string Example()
    {
        var lines = File.ReadAllLines(DocumentSchema.RepositoryFile("docs/format.md"));
        int heading = Array.IndexOf(lines, ExampleHeading);
        heading.Should().BePositive($"docs/format.md has a section \"{ExampleHeading}\"");
        int start = Array.IndexOf(lines, "```json", heading);
        int end = Array.IndexOf(lines, "```", start + 1);
        start.Should().BePositive("the example section holds a ```json block");
        end.Should().BeGreaterThan(start);
        return string.Join("\n", lines[(start + 1)..end]);
    }

    private static IEnumerable<string> PropertyNames(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in schema.EnumerateObject())
            {
                if (member.Name == "properties")
                {
                    foreach (var property in member.Value.EnumerateObject())
                    {
                        yield return property.Name;
                    }
                }
                foreach (var nested in PropertyNames(member.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (schema.ValueKind == JsonValueKind.Array)
        {
            foreach (var nested in schema.EnumerateArray().SelectMany(PropertyNames))
            {
                yield return nested;
            }
        }
    }
}
