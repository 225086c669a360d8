namespace ConflictModel.Tests.Claims;

public class ClaimAssertionRegressionTest
{
    private sealed record NoteAssertion(string Note) : ClaimAssertion;

    [Fact]
    public void HostRecordWithoutToString_SubjectKeyAndToString_DoNotRecurse()
    {
        var note = new NoteAssertion("x");

        note.ToString().Should().Be("NoteAssertion { Note = x }");
        note.SubjectKey.Should().Be(new NoteAssertion("x").SubjectKey).And.NotBe(new NoteAssertion("y").SubjectKey);
    }

    public static TheoryData<ClaimAssertion> BuiltIn() => new(new ClaimAssertion[]
    {
        new EventAssertion(new EventId("e")),
        new ParticipationAssertion(new EventId("e"), new ActorId("a"), ParticipantRole.SideA),
        new ControlAssertion(new PlaceId("p"), null, FuzzyDate.InYear(2017)),
        new ControlChangeAssertion(new PlaceId("p"), null, null),
        new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(1))),
        new MembershipAssertion(new AllianceId("al"), new ActorId("a"), MembershipRole.Member),
        new RelationAssertion(new RelationId("r")),
        new StatementAssertion("s"),
    });

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void CompareWith_Null_Throws(ClaimAssertion assertion)
    {
        var act = () => assertion.CompareWith(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructors_DefaultEventId_NameTheParameterWithoutAt()
    {
        var act = () => new EventAssertion(default);

        act.Should().Throw<ArgumentException>().WithParameterName("event");
    }
}
