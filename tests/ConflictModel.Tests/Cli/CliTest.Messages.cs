using System.Text;
using System.Threading.Tasks;

namespace ConflictModel.Tests.Cli;

/// <summary>The tool's messages in its user's terms: characters as they look, columns as an editor counts them, no .NET wording.</summary>
public sealed partial class CliTest
{
    [Fact]
    public async Task Validate_MalformedActorKind_ShowsTheCharacterAndTheColumnWithoutParameterWording()
    {
        string path = files.Write("bad-kind.json", Encoding.UTF8.GetBytes(
            """{"format":"conflictmodel","version":1,"actors":[{"id":"is","names":[{"text":"EI"}],"kind":"Jihadist Group"}]}"""));

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Equal(
            $"{path}: error: $.actors[0].kind (line 1, column 91): Malformed actor kind \"Jihadist Group\": character 'J' at position 1 is not allowed; "
            + "terms use lower-case ASCII letters, digits and - _ . : / (not first).");
    }

    [Fact]
    public async Task Validate_ErrorAfterAccentedName_GivesTheColumnInCharacters()
    {
        // "Armée" holds one two-byte character before the bad kind: the column is one less than the byte position.
        string path = files.Write("accented.json", Encoding.UTF8.GetBytes(
            """{"format":"conflictmodel","version":1,"actors":[{"id":"army","names":[{"text":"Armée"}],"kind":7}]}"""));

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{path}: error: $.actors[0].kind (line 1, column 96): ");
    }

    [Fact]
    public async Task Validate_AsJson_GivesEachBuiltInCodeItsEntryInTheDiagnosticsPage()
    {
        var run = await CliRun.RunAsync("validate", "--format", "json", files.BoukamalJson);

        using var document = System.Text.Json.JsonDocument.Parse(run.OutBytes);
        var diagnostics = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Select(d => d.GetProperty("helpUri").GetString()).Should().Equal(
            "https://github.com/conflictmodel/conflictmodel/blob/main/docs/diagnostics.md#cm6005",
            "https://github.com/conflictmodel/conflictmodel/blob/main/docs/diagnostics.md#cm6005",
            "https://github.com/conflictmodel/conflictmodel/blob/main/docs/diagnostics.md#cm7001");
    }
}
