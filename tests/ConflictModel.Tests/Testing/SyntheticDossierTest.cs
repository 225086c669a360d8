using ConflictModel.Serialization;
using ConflictModel.Testing;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Testing;

public class SyntheticDossierTest
{
    [Fact]
    public void Generate_SameSeedAndSize_GivesEqualDossiers()
    {
        var first = SyntheticDossier.Generate(500, seed: 7);
        var second = SyntheticDossier.Generate(500, seed: 7);

        second.Should().Be(first);
        DossierJson.Write(second).Should().Be(DossierJson.Write(first));
    }

    [Fact]
    public void Generate_OtherSeed_GivesAnotherDossier()
    {
        SyntheticDossier.Generate(500, seed: 7).Should().NotBe(SyntheticDossier.Generate(500, seed: 8));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    [InlineData(5_000)]
    public void Generate_Size_HasThatManyEventsAndOneToThreeClaimsEach(int events)
    {
        var dossier = SyntheticDossier.Generate(events);

        dossier.Events.Should().HaveCount(events);
        dossier.Events.Should().OnlyContain(e => e.Claims.Count >= 1 && e.Claims.Count <= 3);
        dossier.Claims.Should().HaveCount(dossier.Events.Sum(e => e.Claims.Count));
    }

    [Fact]
    public void Generate_Shapes_AreThoseOfRealCoding()
    {
        var dossier = SyntheticDossier.Generate(2_000);

        // Actors are reused: far fewer actors than events.
        dossier.Actors.Count.Should().BeLessThan(dossier.Events.Count / 10);
        dossier.Events.SelectMany(e => e.Figures).Select(f => f.Value.GetType()).Distinct().Should().HaveCount(6);
        dossier.Claims.Should().Contain(c => c.Attribution.Relays.Count > 0);
        dossier.Events.Should().Contain(e => !e.Extensions.IsEmpty);
        dossier.Places.Select(p => p.Kind).Distinct().Should().Contain([PlaceKind.Country, PlaceKind.Governorate, PlaceKind.District, PlaceKind.Town, PlaceKind.Neighbourhood]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3_000, 42)]
    public void Generate_AnySize_DefaultValidatorFindsNoError(int events, int seed)
    {
        var result = DossierValidator.Default.Validate(SyntheticDossier.Generate(events, seed));

        result.Diagnostics.Where(d => d.Severity == Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void StreamEvents_HeaderAndEvents_HaveNoDanglingReference()
    {
        var generator = new SyntheticDossier(2_000, seed: 3);
        var header = generator.BuildHeader();
        var events = generator.StreamEvents().ToList();

        var result = DossierValidator.Default.Validate(new Dossier(header.Actors, header.Alliances, header.Relations, header.Places,
            header.Sources, header.Reports, header.Claims, events, header.Extensions));

        events.Should().HaveCount(2_000);
        header.Claims.Should().BeEmpty();
        result.Diagnostics.Where(d => d.Severity == Severity.Error).Should().BeEmpty();
    }

    [Fact]
    public void BuildHeader_LargeSizes_StopsGrowing()
    {
        var header = new SyntheticDossier(1_000_000).BuildHeader();
        var twice = new SyntheticDossier(2_000_000).BuildHeader();

        twice.Places.Should().HaveCount(header.Places.Count);
        twice.Reports.Should().HaveCount(header.Reports.Count);
        twice.Actors.Should().HaveCount(header.Actors.Count);
    }
}
