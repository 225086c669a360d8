using System.Text.Json;
using System.Text.Json.Serialization;
using ConflictModel.Serialization;

namespace ConflictModel.Tests.Serialization;

/// <summary>A host's own assertion: a checkpoint was seen at a place.</summary>
public sealed record CheckpointAssertion(string Place, string Operator) : ClaimAssertion
{
    public override IEnumerable<IEntityId> References => [new PlaceId(Place)];
}

/// <summary>A host's own figure shape: a share of a population.</summary>
public sealed record PercentageOf(decimal Percent, decimal Population) : FigureValue
{
    public override decimal? Lower => Best;

    public override decimal? Upper => Best;

    public override decimal Best => Percent * Population / 100;
}

/// <summary>A host's data attached to entities.</summary>
public sealed record EditorNote(string Editor, int Version);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckpointAssertion))]
[JsonSerializable(typeof(PercentageOf))]
[JsonSerializable(typeof(EditorNote))]
internal sealed partial class HostTypesJsonContext : JsonSerializerContext
{
}

public partial class DossierJsonTest
{
    private static DossierJsonOptions HostOptions() => new DossierJsonOptions()
        .AddAssertionType("acme:checkpoint", HostTypesJsonContext.Default.CheckpointAssertion)
        .AddFigureShape("acme:percentage", HostTypesJsonContext.Default.PercentageOf);

    private static Dossier HostDossier()
    {
        var b = new DossierBuilder();
        var note = ExtensionData.Empty.With("acme:editor", new EditorNote("jd", 2), HostTypesJsonContext.Default.EditorNote);
        b.Add(new Actor(new ActorId("a"), new NameSet("A"), ActorKind.RebelGroup, extensions: note));
        b.AddClaim("c", new CheckpointAssertion("p", "a"), new Attribution(new SourceId("s"), AttributionMode.Observed));
        b.Add(new ConflictEvent(new EventId("e"), EventType.Displacement, FuzzyDate.InYear(2017),
            figures: [new Figure(FigureKind.Displaced, new PercentageOf(12.5m, 80_000))]));
        return b.Build();
    }

    [Fact]
    public void HostTypes_Registered_RoundTripWithTheirDiscriminator()
    {
        var options = HostOptions();
        var dossier = HostDossier();

        var json = DossierJson.Write(dossier, options);
        var back = DossierJson.Read(json, options);

        json.Should().Contain("\"type\": \"acme:checkpoint\"").And.Contain("\"shape\": \"acme:percentage\"");
        back.Should().Be(dossier);
        back.Claims[0].Assertion.Should().BeOfType<CheckpointAssertion>().Which.Operator.Should().Be("a");
    }

    [Fact]
    public void HostTypes_ReadWithoutRegistration_AreKeptRawAndWrittenBackUnchanged()
    {
        var json = DossierJson.Write(HostDossier(), HostOptions());

        var raw = DossierJson.Read(json);
        var rewritten = DossierJson.Write(raw);

        raw.Claims[0].Assertion.Should().BeOfType<UnrecognizedAssertion>();
        raw.Events[0].Figures[0].Value.Should().BeOfType<UnrecognizedFigureValue>();
        DossierJson.Read(rewritten, HostOptions()).Should().Be(HostDossier());
    }

    [Fact]
    public void HostTypes_WriteWithoutRegistration_ThrowsNamingTheRegistration()
    {
        var act = () => DossierJson.Write(HostDossier());

        act.Should().Throw<InvalidOperationException>().WithMessage("*CheckpointAssertion*AddAssertionType*");
    }

    [Fact]
    public void ExtensionData_ReadsBackTyped()
    {
        var back = DossierJson.Read(DossierJson.Write(HostDossier(), HostOptions()), HostOptions());

        back.Actors[0].Extensions.Get("acme:editor", HostTypesJsonContext.Default.EditorNote).Should().Be(new EditorNote("jd", 2));
        back.Actors[0].Extensions.TryGetValue("acme:editor", out var raw).Should().BeTrue();
        raw.GetProperty("editor").GetString().Should().Be("jd");
    }

    [Fact]
    public void Options_RegistrationAfterFirstUse_ThrowsClearly()
    {
        var options = HostOptions();
        DossierJson.Write(Dossier.Empty, options);

        var act = () => options.AddAssertionType("acme:other", HostTypesJsonContext.Default.CheckpointAssertion);

        act.Should().Throw<InvalidOperationException>().WithMessage("*already been used*before the first use*");
        options.IsFrozen.Should().BeTrue();
    }

    [Fact]
    public void Options_LimitChangeAfterFirstUse_Throws()
    {
        var act = () => DossierJsonOptions.Default.MaxDepth = 10;

        act.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("event")]
    [InlineData("figure")]
    public void Options_BuiltInDiscriminator_CannotBeTaken(string discriminator)
    {
        var act = () => new DossierJsonOptions().AddAssertionType(discriminator, HostTypesJsonContext.Default.CheckpointAssertion);

        act.Should().Throw<ArgumentException>().WithMessage("*library's own*");
    }

    [Fact]
    public void Options_SameDiscriminatorTwice_Throws()
    {
        var options = new DossierJsonOptions().AddFigureShape("acme:percentage", HostTypesJsonContext.Default.PercentageOf);

        var act = () => options.AddFigureShape("acme:percentage", HostTypesJsonContext.Default.PercentageOf);

        act.Should().Throw<ArgumentException>().WithMessage("*already registered*");
    }
}

public class DossierJsonNestedExtensionTest
{
    [Fact]
    public void Read_UnknownMembersOfNestedObjects_AreKeptOnThoseObjects()
    {
        const string json = """
            {"format":"conflictmodel","version":1,
             "actors":[{"id":"a","names":[{"text":"A","script":"Latn"}],"kind":"rebel-group"}],
             "claims":[{"id":"c","assertion":{"type":"event","event":"e","acme:confidence":0.9},
               "attribution":{"source":"s","mode":"stated","relays":[{"source":"afp","page":2}]},"credibility":6}],
             "events":[{"id":"e","type":"battles","date":"2017",
               "figures":[{"kind":"killed","value":{"shape":"at-least","minimum":3,"unit":"people"}}]}]}
            """;

        var dossier = ConflictModel.Serialization.DossierJson.Read(json);

        dossier.Actors[0].Names.Primary.Extensions.Keys.Should().Equal("script");
        dossier.Claims[0].Assertion.Extensions.Keys.Should().Equal("acme:confidence");
        dossier.Claims[0].Attribution.Relays[0].Extensions.Keys.Should().Equal("page");
        dossier.Events[0].Figures[0].Value.Extensions.Keys.Should().Equal("unit");
        ConflictModel.Serialization.DossierJson.Read(ConflictModel.Serialization.DossierJson.Write(dossier)).Should().Be(dossier);
    }

    [Fact]
    public void Write_NestedExtensionNamedLikeAMember_IsRefused()
    {
        var b = new DossierBuilder();
        var one = System.Text.Json.JsonDocument.Parse("1").RootElement;
        b.Add(new Actor(new ActorId("a"), new NameSet(new Name("A", extensions: ExtensionData.Empty.With("use", one))), ActorKind.RebelGroup));

        var act = () => ConflictModel.Serialization.DossierJson.Write(b.Build());

        act.Should().Throw<InvalidOperationException>().WithMessage("*\"use\"*a name*");
    }
}

public class DossierJsonHostMembersTest
{
    [Fact]
    public void Write_HostAssertion_LeavesOutTheMembersOfTheBaseTypes()
    {
        var options = new ConflictModel.Serialization.DossierJsonOptions()
            .AddAssertionType("acme:checkpoint", HostTypesJsonContext.Default.CheckpointAssertion)
            .AddFigureShape("acme:percentage", HostTypesJsonContext.Default.PercentageOf);
        var b = new DossierBuilder();
        b.AddClaim("c", new CheckpointAssertion("p", "a"), new Attribution(new SourceId("s"), AttributionMode.Observed));
        b.Add(new ConflictEvent(new EventId("e"), EventType.Battles, FuzzyDate.InYear(2017), figures: [new Figure(FigureKind.Killed, new PercentageOf(10, 50))]));

        var json = ConflictModel.Serialization.DossierJson.Write(b.Build(), options);

        json.Should().NotContain("subjectKey").And.NotContain("references").And.NotContain("\"extensions\"").And.NotContain("\"best\"");
        ConflictModel.Serialization.DossierJson.Read(json, options).Should().Be(b.Build());
    }
}
