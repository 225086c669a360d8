using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ConflictModel.Serialization;
using ConflictModel.Tests.Dossiers;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// The source-generated contexts: the dossier's writes the document format and nothing else, and
/// validation results have a context of their own.
/// </summary>
public class JsonContextTest
{
    [Fact]
    public void ConflictModelJsonContext_PublicTypeInformation_IsTheDossiersOnly()
    {
        var typeInfos = typeof(ConflictModelJsonContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsAssignableTo(typeof(JsonTypeInfo)))
            .Select(p => p.Name);

        typeInfos.Should().Equal("Dossier");
        ConflictModelJsonContext.Default.GetTypeInfo(typeof(Claim)).Should().BeNull();
        ConflictModelJsonContext.Default.GetTypeInfo(typeof(ValidationResult)).Should().BeNull();
    }

    [Fact]
    public void Serialize_DossierThroughTheContext_WritesTheDocumentFormat()
    {
        var dossier = BoukamalFixture.Build();

        var json = JsonSerializer.Serialize(dossier, ConflictModelJsonContext.Default.Dossier);

        json.Should().Contain("\"format\": \"conflictmodel\"");
        DossierJson.Read(json).Should().Be(dossier);
        JsonSerializer.Deserialize(json, ConflictModelJsonContext.Default.Dossier).Should().Be(dossier);
    }

    [Fact]
    public void Serialize_DossierByReflection_WritesTheDocumentFormat()
    {
        var dossier = BoukamalFixture.Build();

        var json = JsonSerializer.Serialize(dossier, JsonSerializerOptions.Default);

        json.Should().StartWith("{\"format\":\"conflictmodel\"");
        DossierJson.Read(json).Should().Be(dossier);
    }

    [Fact]
    public void Serialize_ValidationResultThroughItsContext_WritesItsDiagnostics()
    {
        var result = DossierValidator.Default.Validate(BoukamalFixture.Build());

        var json = JsonSerializer.Serialize(result, ValidationJsonContext.Default.ValidationResult);

        using var parsed = JsonDocument.Parse(json);
        parsed.RootElement.GetProperty("diagnostics").GetArrayLength().Should().Be(result.Diagnostics.Count).And.BePositive();
        parsed.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString().Should().Be(result.Diagnostics[0].Code);
    }
}
