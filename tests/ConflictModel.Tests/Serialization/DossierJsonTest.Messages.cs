namespace ConflictModel.Tests.Serialization;

/// <summary>Errors in the words of the document's author: characters as they look, columns as an editor counts them.</summary>
public partial class DossierJsonTest
{
    [Fact]
    public void Read_MalformedActorKind_ShowsTheCharacterWithoutTheParameterName()
    {
        var error = ReadFails(Head + "\"actors\":[{\"id\":\"is\",\"names\":[{\"text\":\"EI\"}],\"kind\":\"Jihadist Group\"}]}");

        error.Message.Should().Be(
            "$.actors[0].kind (line 1, column 91): Malformed actor kind \"Jihadist Group\": character 'J' at position 1 is not allowed; "
            + "terms use lower-case ASCII letters, digits and - _ . : / (not first).");
        error.Message.Should().NotContain("Parameter");
    }

    [Fact]
    public void Read_ErrorAfterAccentedCharacters_CountsTheColumnInCharacters()
    {
        // "Armée" and "é" take two bytes each in UTF-8: the column is 2 less than the byte position.
        string line2 = "\"actors\":[{\"id\":\"army\",\"names\":[{\"text\":\"Armée syrienne\"}],\"kind\":\"état\"}]}";
        var error = ReadFails(Head + "\n" + line2);

        int column = line2.IndexOf("\"état\"", StringComparison.Ordinal) + 1;
        error.LineNumber.Should().Be(2);
        error.ColumnInLine.Should().Be(column);
        error.BytePositionInLine.Should().Be(column + 1);
        error.Message.Should().StartWith($"$.actors[0].kind (line 2, column {column}): ")
            .And.Contain("character 'é' (U+00E9) at position 1");
    }

    [Fact]
    public void Read_SyntaxErrorAfterAccentedCharacters_CountsTheColumnInCharacters()
    {
        string line2 = "\"reports\":[{\"title\":\"L'EI perd Boukamal à l'armée\" oops";
        var error = ReadFails(Head + "\n" + line2);

        error.LineNumber.Should().Be(2);
        error.ColumnInLine.Should().Be(error.BytePositionInLine - 2);
        error.Message.Should().Contain($"(line 2, column {error.ColumnInLine}): ");
    }
}
