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

    [Fact]
    public void Find_BetweenAddsAndAfterAnUpdateThatChangesTheId_SeesEveryEntityAddedSince()
    {
        var b = Builder();
        b.Find(new ActorId("late")).Should().BeNull();

        b.AddActor("late", "Late actor", ActorKind.JihadistGroup);
        b.AddActor("late", "Late actor (second entry)", ActorKind.JihadistGroup);
        b.Update(Capture, _ => Serialization.DossierNdjsonTest.SmallEvent(7));
        b.Add(Serialization.DossierNdjsonTest.SmallEvent(1));

        b.Find(new ActorId("late"))!.Names.Primary.Text.Should().Be("Late actor");
        b.Find(Capture).Should().BeNull("the event in its place has another id");
        b.Find(new EventId("e7")).Should().NotBeNull();
        b.Find(new EventId("e1")).Should().NotBeNull();
        b.Update(new EventId("e7"), _ => Serialization.DossierNdjsonTest.SmallEvent(8));
        b.Find(new EventId("e7")).Should().BeNull();
        b.Find(new EventId("e8")).Should().NotBeNull().And.BeSameAs(b.Build().Find(new EventId("e8")));
    }

    [Fact]
    public void Find_WhileBuilding_GivesTheFirstEntityOfEachIdAsTheDossierWill()
    {
        var b = Builder();
        b.AddActor(IslamicState.Value, "Islamic State (second entry)", ActorKind.JihadistGroup);

        b.Find(IslamicState)!.Names.Primary.Text.Should().Be("Etat islamique");
        b.Find(Boukamal)!.Kind.Should().Be(PlaceKind.City);
        b.Find(Afp)!.Kind.Should().Be(SourceKind.NewsAgency);
        b.Find(Dispatch)!.Publisher.Should().Be(Afp);
        b.Find(ArmyLiberated)!.Attribution.Source.Should().Be(Army);
        b.Find(Capture)!.Place.Should().Be(Boukamal);
        b.Find(new ActorId("nobody")).Should().BeNull();
        b.Find(default(EventId)).Should().BeNull();
        b.Find(default(AllianceId)).Should().BeNull();
        b.Find(default(RelationId)).Should().BeNull();
        b.Find(IslamicState).Should().BeSameAs(b.Build().Find(IslamicState));
    }

    [Fact]
    public void Lists_WhileBuilding_FollowAdditionsAndCannotBeChanged()
    {
        var b = new DossierBuilder();
        var actors = b.Actors;
        b.AddActor("a", "A", ActorKind.RebelGroup);
        b.AddActor("b", "B", ActorKind.RebelGroup);

        actors.Select(a => a.Id.Value).Should().Equal("a", "b");
        actors.Should().BeAssignableTo<System.Collections.Generic.ICollection<Actor>>().Which.IsReadOnly.Should().BeTrue("a caller cannot add through it");
    }

    [Fact]
    public void Update_AnEventToAnotherId_IsFoundUnderTheNewIdOnly()
    {
        var b = Builder();

        b.Update(Capture, e => e with { });
        b.Find(Capture).Should().NotBeNull();
        var renamed = new EventId("capture-renamed");
        b.Update(Encirclement, e => new ConflictEvent(renamed, e.Type, e.Date, e.Place));

        b.Find(Encirclement).Should().BeNull();
        b.Find(renamed)!.Type.Should().Be(EventType.Battles);
        b.Find(Capture)!.Id.Should().Be(Capture);
        b.Events.Should().HaveCount(3);
    }

    [Fact]
    public void Support_ManyClaimsOnManyEvents_ListsEachClaimOnItsEvent()
    {
        var b = new DossierBuilder();
        for (int i = 0; i < 2_000; i++)
        {
            b.Add(new ConflictEvent(new EventId("e" + i), EventType.Battles, FuzzyDate.OnDay(Thursday)));
        }
        for (int i = 0; i < 2_000; i++)
        {
            b.Support(new EventId("e" + (1_999 - i)), new ClaimId("c" + i));
        }

        b.Find(new EventId("e0"))!.Claims.Should().Equal(new ClaimId("c1999"));
        b.Events[1_999].Claims.Should().Equal(new ClaimId("c0"));
    }
}
