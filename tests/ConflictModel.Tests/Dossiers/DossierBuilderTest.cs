using static ConflictModel.Tests.Dossiers.BoukamalFixture;

namespace ConflictModel.Tests.Dossiers;

public class DossierBuilderTest
{
    [Fact]
    public void Add_ReturnsTheIdAndKeepsOrder()
    {
        var b = new DossierBuilder();

        var first = b.AddActor("b-second-in-alphabet", "B", ActorKind.RebelGroup);
        var second = b.AddActor("a-first-in-alphabet", "A", ActorKind.RebelGroup);
        var dossier = b.Build();

        first.Value.Should().Be("b-second-in-alphabet");
        dossier.Actors.Select(a => a.Id).Should().Equal(first, second);
    }

    [Fact]
    public void AddActor_WithAliases_TagsThemWithTheLanguage()
    {
        var b = new DossierBuilder();
        var id = b.AddActor("is", "Etat islamique", ActorKind.JihadistGroup, LanguageTag.French, aliases: ["EI", "Daech"]);

        var names = b.Build().Find(id)!.Names;

        names.Others.Should().HaveCount(2);
        names.Others.Should().OnlyContain(n => n.Use == NameUse.Alias && n.Language == LanguageTag.French);
    }

    [Fact]
    public void Add_Null_Throws()
    {
        var b = new DossierBuilder();

        b.Invoking(x => x.Add((Actor)null!)).Should().Throw<ArgumentNullException>();
        b.Invoking(x => x.Add((ConflictEvent)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AddActor_MalformedId_ThrowsBeforeAdding()
    {
        var b = new DossierBuilder();

        b.Invoking(x => x.AddActor("has space", "X", ActorKind.Civilians)).Should().Throw<ArgumentException>();
        b.Count.Should().Be(0);
    }

    [Fact]
    public void Build_Twice_GivesEqualDossiersAndBuilderGoesOn()
    {
        var b = Builder();
        var first = b.Build();
        b.AddActor("sdf", "Forces démocratiques syriennes", ActorKind.RebelGroup);
        var second = b.Build();

        first.Actors.Should().HaveCount(4);
        second.Actors.Should().HaveCount(5);
    }

    [Fact]
    public void ToBuilder_RoundTrip_IsEqual()
    {
        var dossier = Build();

        dossier.ToBuilder().Build().Should().Be(dossier);
    }

    [Fact]
    public void Support_AddsClaimToEvent()
    {
        var b = Builder();
        b.Support(Capture, ArmyLiberated);

        b.Build().Find(Capture)!.Claims.Should().Equal(AfpLost, ArmyLiberated);
    }

    [Fact]
    public void Update_UnknownEvent_Throws()
    {
        var act = () => new DossierBuilder().Update(new EventId("missing"), e => e);

        act.Should().Throw<ArgumentException>().WithMessage("*missing*");
    }

    [Fact]
    public void Update_ChangeReturningNull_Throws()
    {
        var act = () => Builder().Update(Capture, _ => null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Build_DuplicatesAndDanglingReferences_AreKeptForValidation()
    {
        var b = new DossierBuilder();
        b.AddPlace("p", "P", PlaceKind.Town, parent: new PlaceId("nowhere"));
        b.AddPlace("p", "P again", PlaceKind.Town);

        var dossier = b.Build();

        dossier.Places.Should().HaveCount(2);
        dossier.Contains(new PlaceId("nowhere")).Should().BeFalse();
    }
}
