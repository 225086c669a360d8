using System.Text.Json.Serialization;
using ConflictModel;

namespace HostExtension;

/// <summary>A claim's content that Acme needs and the library does not have: a checkpoint at a place, run by an actor.</summary>
/// <param name="Place">The place's id.</param>
/// <param name="Operator">The id of the actor that runs the checkpoint.</param>
public sealed record CheckpointAssertion(string Place, string Operator) : ClaimAssertion
{
    // One subject per place: two claims about who runs the checkpoint at the same place are about the same thing.
    // Computed members are not data; without [JsonIgnore] the source generator would write them into the dossier.
    [JsonIgnore]
    public override string SubjectKey => Key(AcmeTerms.CheckpointType, Place);

    // Lets the built-in reference rules catch a checkpoint at a place, or run by an actor, that the dossier lacks.
    [JsonIgnore]
    public override IEnumerable<IEntityId> References => [new PlaceId(Place), new ActorId(Operator)];

    public override AssertionComparison CompareWith(ClaimAssertion other) => other switch
    {
        CheckpointAssertion c when c.Place == Place =>
            c.Operator == Operator ? AssertionComparison.Agrees : AssertionComparison.Contradicts,
        _ => AssertionComparison.Unrelated,
    };

    public override string ToString() => $"checkpoint at {Place} run by {Operator}";
}
