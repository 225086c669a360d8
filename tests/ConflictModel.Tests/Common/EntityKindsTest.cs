namespace ConflictModel.Tests.Common;

public class EntityKindsTest
{
    [Fact]
    public void All_IdTypesInTheDossiersOrder_GiveTheirKinds()
    {
        IEntityId[] ids =
        [
            new ActorId("a"), new AllianceId("a"), new RelationId("a"), new PlaceId("a"),
            new SourceId("a"), new ReportId("a"), new ClaimId("a"), new EventId("a"),
        ];

        ids.Select(id => id.EntityKind).Should().Equal(EntityKinds.All);
        EntityKinds.All.Should().Equal("actor", "alliance", "relation", "place", "source", "report", "claim", "event");
    }

    [Fact]
    public void Constructor_MalformedId_NamesTheKind()
    {
        var make = () => new ReportId("not an id");

        make.Should().Throw<ArgumentException>().WithMessage("*report*");
    }
}
