using static ConflictModel.Tests.Dossiers.BoukamalFixture;

namespace ConflictModel.Tests.Dossiers;

public partial class DossierTest
{
    [Fact]
    public void Find_EachKind_ReturnsTheEntity()
    {
        var dossier = Build();

        dossier.Find(IslamicState)!.Names.Matches("Daech").Should().BeTrue();
        dossier.Find(Boukamal)!.Parent.Should().Be(DeirEzzor);
        dossier.Find(Osdh)!.Kind.Should().Be(SourceKind.NgoMonitor);
        dossier.Find(Dispatch)!.Publisher.Should().Be(Afp);
        dossier.Find(ArmyLiberated)!.Wording!.SourceTerm.Should().Be("libéré");
        dossier.Find(Capture)!.Outcomes.Should().ContainSingle();
    }

    [Fact]
    public void Find_UnknownIds_ReturnNull()
    {
        var dossier = Build();

        dossier.Find(new ActorId("nobody")).Should().BeNull();
        dossier.Find(new AllianceId("none")).Should().BeNull();
        dossier.Find(new RelationId("none")).Should().BeNull();
        dossier.Find(new EventId("none")).Should().BeNull();
    }

    [Fact]
    public void Find_DuplicateIds_ReturnsTheFirst()
    {
        var b = new DossierBuilder();
        b.AddActor("dup", "First", ActorKind.RebelGroup);
        b.AddActor("dup", "Second", ActorKind.RebelGroup);

        var dossier = b.Build();

        dossier.Actors.Should().HaveCount(2);
        dossier.Find(new ActorId("dup"))!.Names.Primary.Text.Should().Be("First");
    }

    [Fact]
    public void Contains_IdOfEachKind_LooksInTheRightCollection()
    {
        var dossier = Build();

        dossier.Contains(Boukamal).Should().BeTrue();
        dossier.Contains(new ActorId(Boukamal.Value)).Should().BeFalse();
        dossier.Contains(Capture).Should().BeTrue();
        dossier.Contains(new ClaimId(Capture.Value)).Should().BeFalse();
    }

    [Fact]
    public void Equals_TwoBuildsOfSameContent_AreEqual()
    {
        var first = Build();
        var second = Build();

        first.Should().Be(second);
        (first == second).Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_OneEntityDifferent_IsNotEqual()
    {
        var changed = Builder().Update(Capture, e => e.WithFigure(new Figure(FigureKind.Killed, new ExactCount(3)))).Build();

        changed.Should().NotBe(Build());
        (changed != Build()).Should().BeTrue();
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Build().Equals(null).Should().BeFalse();
        (Build() == null).Should().BeFalse();
    }

    [Fact]
    public void Empty_HasNothing()
    {
        Dossier.Empty.Actors.Should().BeEmpty();
        Dossier.Empty.Events.Should().BeEmpty();
        Dossier.Empty.Should().Be(new DossierBuilder().Build());
    }

    [Fact]
    public void Constructor_NullInList_ThrowsNamingTheList()
    {
        var act = () => new Dossier(actors: [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("actors");
    }

    [Fact]
    public void ToString_CountsEachKind()
    {
        Build().ToString().Should().Contain("4 actors").And.Contain("3 events").And.Contain("9 claims");
    }
}
