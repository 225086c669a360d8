using System.IO;
using System.Text.Json;
using ConflictModel.Serialization;
using ConflictModel.Tests.Dossiers;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Serialization;

/// <summary>
/// Keeps schemas/conflictmodel-1.schema.json in step with the reader and writer: every document the
/// library writes is valid under the schema, checked by a validator that shares no code with the
/// library, and documents the reader rejects are rejected by the schema too (SchemaTest.Invalid.cs).
/// </summary>
public partial class SchemaTest
{
    [Fact]
    public void SchemaFile_IsJsonSchemaDraft202012()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(DocumentSchema.RepositoryFile(DocumentSchema.SchemaPath)));

        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("$defs").EnumerateObject().Should().NotBeEmpty();
    }

    [Fact]
    public void SchemaFile_EveryDefinitionIsUsedAndEveryReferenceResolves()
    {
        var text = File.ReadAllText(DocumentSchema.RepositoryFile(DocumentSchema.SchemaPath));
        using var schema = JsonDocument.Parse(text);
        var defined = schema.RootElement.GetProperty("$defs").EnumerateObject().Select(p => p.Name).ToList();
        var referenced = System.Text.RegularExpressions.Regex.Matches(text, "\"\\$ref\": \"#/\\$defs/([A-Za-z]+)\"")
            .Select(m => m.Groups[1].Value).Distinct().ToList();

        referenced.Should().BeSubsetOf(defined);
        defined.Should().BeSubsetOf(referenced);
    }

    [Fact]
    public void Validate_Boukamal_IsValid()
    {
        Valid(DossierJson.Write(BoukamalFixture.Build()));
    }

    [Fact]
    public void Validate_EmptyDossier_IsValid()
    {
        Valid(DossierJson.Write(new DossierBuilder().Build()));
    }

    [Fact]
    public void Validate_EnvelopeOnly_IsValid()
    {
        Valid("""{"format":"conflictmodel","version":1}""");
        DossierJson.Read("""{"format":"conflictmodel","version":1}""").Should().Be(new DossierBuilder().Build());
    }

    [Fact]
    public void Validate_EveryMemberAssertionShapeAndDateForm_IsValid()
    {
        var json = DossierJson.Write(SchemaSamples.EveryMember());

        Valid(json);
        foreach (var type in JsonNames.AssertionTypes)
        {
            json.Should().Contain($"\"type\": \"{type}\"");
        }
        foreach (var shape in JsonNames.FigureShapes)
        {
            json.Should().Contain($"\"shape\": \"{shape}\"");
        }
        json.Should().Contain("\"2017-11-09\"").And.Contain("\"2017-10-19/2017-11-09\"").And.Contain("\"2020-W53\"")
            .And.Contain("\"2017-11\"").And.Contain("\"2017\"").And.Contain("\"2011-03-15/..\"").And.Contain("\"../2017-11-09\"")
            .And.Contain("\"2013-01-01/2017-11-09\"").And.Contain("\"timeZone\"").And.Contain("\"start\"").And.Contain("\"acme:editor\"");
    }

    [Fact]
    public void Validate_EveryMemberCompact_IsValid()
    {
        var options = new DossierJsonOptions { WriteIndented = false };

        Valid(DossierJson.Write(SchemaSamples.EveryMember(), options));
    }

    [Fact]
    public void Validate_EveryClosedValue_IsValid()
    {
        var json = DossierJson.Write(SchemaSamples.EveryClosedValue());

        Valid(json);
        foreach (var name in JsonEnums.All<SpatialPrecision>().Concat(JsonEnums.All<Modality>().Where(m => m != "asserted")).Concat(["alias", "abbreviation"]))
        {
            json.Should().Contain($"\"{name}\"");
        }
    }

    [Fact]
    public void Validate_UnknownMembersAndDiscriminators_AreValidAndKept()
    {
        const string json = """
            {"format":"conflictmodel","version":1,"future":{"a":[1,2]},
             "actors":[{"id":"a","names":[{"text":"A"}],"kind":"rebel-group","acme:editor":"jd","rank":3}],
             "alliances":[{"id":"al","names":[{"text":"Al"}],"acme:note":null}],
             "relations":[{"id":"r","subject":"a","kind":"acme:funds","target":"a","x":{}}],
             "places":[{"id":"p","names":[{"text":"P"}],"kind":"acme:checkpoint","acme:grid":"37SBU"}],
             "sources":[{"id":"s","names":[{"text":"S"}],"kind":"acme:blog","acme:url":"https://example.org"}],
             "reports":[{"id":"rp","publisher":"s","published":"2017-11-09T19:30:00Z","language":"ar","title":"T","acme:pages":[1]}],
             "claims":[{"id":"c","assertion":{"type":"acme:checkpoint","at":"x","nested":{"type":"whatever"}},"attribution":{"source":"s","mode":"acme:leaked"},
               "credibility":6,"acme:flag":true}],
             "events":[{"id":"e","type":"acme:siege","date":"2017","figures":[{"kind":"acme:tanks","value":{"shape":"acme:percent","p":3}}],"acme:x":1}]}
            """;

        Valid(json);
        var dossier = DossierJson.Read(json);
        Valid(DossierJson.Write(dossier));
        DossierJson.Read(DossierJson.Write(dossier)).Should().Be(dossier);
    }

    [Fact]
    public void Validate_NullForOptionalMembers_IsValidAndReadsAsAbsent()
    {
        const string json = """
            {"format":"conflictmodel","version":1,
             "actors":[{"id":"a","names":[{"text":"A","language":null}],"kind":"rebel-group","country":null,"parent":null,"description":null}],
             "alliances":[{"id":"al","names":[{"text":"Al"}],"actor":null}],
             "places":[{"id":"p","names":[{"text":"P"}],"kind":"town","parent":null,"codes":{"iso3166":null,"pCode":null}}],
             "sources":[{"id":"s","names":[{"text":"S"}],"kind":"ngo-monitor","speaksFor":null,"organization":null,"affiliation":null}],
             "reports":[{"id":"r","publisher":"s","published":"2017-11-09T19:30:00+02:00","language":"fr","title":"T","url":null,"text":null}],
             "claims":[
               {"id":"c1","assertion":{"type":"control-change","place":"p","from":null,"to":null,"when":null,"event":null},
                "attribution":{"source":"s","mode":"stated","relays":[{"source":"s","report":null}],"statedOn":null},
                "report":null,"quote":null,"wording":null},
               {"id":"c2","assertion":{"type":"control","place":"p","controller":null,"asOf":"2017-11"},"attribution":{"source":"s","mode":"stated"}},
               {"id":"c3","assertion":{"type":"figure","figure":{"kind":"killed","value":{"shape":"exact","value":1},"asOf":null,"text":null},"event":null,"place":null},
                "attribution":{"source":"s","mode":"stated"}}],
             "events":[{"id":"e","type":"battles","subType":null,"date":"2017-W45","place":null,"description":null,"outcomes":[{"place":"p","from":null,"to":null}]}]}
            """;

        Valid(json);
        var dossier = DossierJson.Read(json);
        dossier.Actors[0].Country.Should().BeNull();
        dossier.Claims[0].Quote.Should().BeNull();
        Valid(DossierJson.Write(dossier));
    }

    [Fact]
    public void Validate_SchemaEnumerations_MatchTheCode()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(DocumentSchema.RepositoryFile(DocumentSchema.SchemaPath)));
        var defs = schema.RootElement.GetProperty("$defs");

        Enumeration(defs, "place", "precision").Should().Equal(JsonEnums.All<SpatialPrecision>());
        Enumeration(defs, "name", "use").Should().Equal(JsonEnums.All<NameUse>());
        Enumeration(defs, "claim", "modality").Should().Equal(JsonEnums.All<Modality>());
        Enumeration(defs, "source", "reliability").Should().Equal(Enum.GetNames<Reliability>());
        var credibility = defs.GetProperty("claim").GetProperty("properties").GetProperty("credibility");
        (credibility.GetProperty("minimum").GetInt32(), credibility.GetProperty("maximum").GetInt32())
            .Should().Be(((int)Enum.GetValues<Credibility>().Min(), (int)Enum.GetValues<Credibility>().Max()));
        Discriminators(defs, "assertion", "type").Should().Equal(JsonNames.AssertionTypes);
        Discriminators(defs, "figureValue", "shape").Should().Equal(JsonNames.FigureShapes);
    }

    [Fact]
    public void Validate_NaNCoordinateWrittenAsString_SchemaRejectsReaderKeepsValidationReports()
    {
        var b = new DossierBuilder();
        b.AddPlace("p", "P", PlaceKind.Town, location: new GeoPoint(double.NaN, double.PositiveInfinity), precision: SpatialPrecision.Exact);
        var json = DossierJson.Write(b.Build());

        json.Should().Contain("\"latitude\": \"NaN\"").And.Contain("\"longitude\": \"Infinity\"");
        DocumentSchema.Errors(json).Should().NotBeEmpty();
        var back = DossierJson.Read(json);
        DossierValidator.Default.Validate(back).WithCode("CM1007").Should().HaveCount(2);
    }

    [Theory]
    [InlineData(91, 40, "CM1005")]
    [InlineData(-90.5, 40, "CM1005")]
    [InlineData(34, 180.01, "CM1006")]
    [InlineData(34, -181, "CM1006")]
    public void Validate_CoordinateOutOfRange_SchemaRejectsReaderKeepsValidationReports(double latitude, double longitude, string code)
    {
        var b = new DossierBuilder();
        b.AddPlace("p", "P", PlaceKind.Town, location: new GeoPoint(latitude, longitude), precision: SpatialPrecision.Exact);
        var json = DossierJson.Write(b.Build());

        DocumentSchema.Errors(json).Should().NotBeEmpty();
        DossierValidator.Default.Validate(DossierJson.Read(json)).WithCode(code).Should().ContainSingle();
    }

    [Fact]
    public void Validate_BuiltInAssertionWithAnotherTypesMember_SchemaRejects()
    {
        // The schema lists the members of each built-in assertion and figure shape; a member of another type does not belong.
        Invalid(Claim("""{"type":"event","event":"e","summary":"x"}"""));
        Invalid(Event("""{"kind":"killed","value":{"shape":"exact","value":3,"low":1}}"""));
    }

    private static void Valid(string json) =>
        DocumentSchema.Errors(json).Should().BeEmpty("the document is written by the library and must be valid under the schema:\n" + json);

    private static void Invalid(string json) =>
        DocumentSchema.Errors(json).Should().NotBeEmpty("the schema must reject:\n" + json);

    private static IEnumerable<string> Enumeration(JsonElement defs, string definition, string member) =>
        defs.GetProperty(definition).GetProperty("properties").GetProperty(member).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

    /// <summary>The discriminator values of the built-in branches of a oneOf, in order, leaving out the open branch.</summary>
    private static IEnumerable<string> Discriminators(JsonElement defs, string definition, string member) =>
        defs.GetProperty(definition).GetProperty("oneOf").EnumerateArray()
            .Select(branch => defs.GetProperty(branch.GetProperty("$ref").GetString()!["#/$defs/".Length..]).GetProperty("properties").GetProperty(member))
            .Where(d => d.TryGetProperty("enum", out _))
            .Select(d => d.GetProperty("enum")[0].GetString()!);
}
