using NodaTime;

namespace ConflictModel.Tests.Figures;

public class FigureSubjectTest
{
    private static readonly ActorId JaishAlIzza = new("jaish-al-izza");

    [Fact]
    public void Factories_SetExactlyOneMember()
    {
        var actor = FigureSubject.OfActor(JaishAlIzza);
        var side = FigureSubject.OfSide(new AllianceId("pro-government"));
        var group = FigureSubject.OfGroup(PeopleGroup.Civilians);

        (actor.Actor, actor.Side, actor.Group).Should().Be((JaishAlIzza, (AllianceId?)null, (PeopleGroup?)null));
        (side.Actor, side.Side, side.Group).Should().Be(((ActorId?)null, new AllianceId("pro-government"), (PeopleGroup?)null));
        (group.Actor, group.Side, group.Group).Should().Be(((ActorId?)null, (AllianceId?)null, PeopleGroup.Civilians));
        actor.ToString().Should().Be("actor jaish-al-izza");
        side.ToString().Should().Be("side pro-government");
        group.ToString().Should().Be("civilians");
    }

    [Fact]
    public void Factories_DefaultValues_Throw()
    {
        FluentActions.Invoking(() => FigureSubject.OfActor(default)).Should().Throw<ArgumentException>().WithParameterName("actor");
        FluentActions.Invoking(() => FigureSubject.OfSide(default)).Should().Throw<ArgumentException>().WithParameterName("side");
        FluentActions.Invoking(() => FigureSubject.OfGroup(default)).Should().Throw<ArgumentException>().WithParameterName("group");
    }

    [Fact]
    public void Equality_ComparesWhatIsCounted()
    {
        FigureSubject.OfActor(JaishAlIzza).Should().Be(FigureSubject.OfActor(new ActorId("jaish-al-izza")));
        FigureSubject.OfGroup(PeopleGroup.Civilians).Should().NotBe(FigureSubject.OfGroup(PeopleGroup.Children));
        FigureSubject.OfActor(new ActorId("x")).Should().NotBe(FigureSubject.OfSide(new AllianceId("x")));
    }

    [Fact]
    public void Figure_SubjectAndPeriod_KeptComparedAndPrinted()
    {
        var period = new ValidityInterval(new LocalDate(2019, 3, 3), new LocalDate(2019, 3, 17));
        var figure = new Figure(FigureKind.Killed, new AtLeastCount(43), subject: FigureSubject.OfActor(JaishAlIzza), period: period);

        figure.Subject.Should().Be(FigureSubject.OfActor(JaishAlIzza));
        figure.Period.Should().Be(period);
        figure.AsOf.Should().BeNull();
        figure.ToString().Should().Be("at least 43 killed (actor jaish-al-izza) over 2019-03-03/2019-03-17");
        figure.Should().Be(new Figure(FigureKind.Killed, new AtLeastCount(43), subject: FigureSubject.OfActor(JaishAlIzza), period: period));
        figure.Should().NotBe(figure.WithSubject(null));
        figure.WithSubject(null).WithPeriod(null).Should().Be(new Figure(FigureKind.Killed, new AtLeastCount(43)));
    }

    [Fact]
    public void FigureAssertion_PartOfAndSubject_AreReferencesAndSplitTheSubjectKey()
    {
        var total = new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(73)), new EventId("clash"));
        var part = new FigureAssertion(new Figure(FigureKind.Killed, new AtLeastCount(43), subject: FigureSubject.OfActor(JaishAlIzza)),
            new EventId("clash"), partOf: new ClaimId("total"));

        part.PartOf.Should().Be(new ClaimId("total"));
        part.References.Should().BeEquivalentTo(new IEntityId[] { new EventId("clash"), JaishAlIzza, new ClaimId("total") });
        part.SubjectKey.Should().NotBe(total.SubjectKey);
        part.CompareWith(total).Should().Be(AssertionComparison.Unrelated);
        total.CompareWith(part).Should().Be(AssertionComparison.Unrelated);
        FluentActions.Invoking(() => new FigureAssertion(total.Figure, partOf: default(ClaimId))).Should().Throw<ArgumentException>().WithParameterName("partOf");
    }
}
