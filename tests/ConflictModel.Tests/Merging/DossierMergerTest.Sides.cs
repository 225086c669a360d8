using System.IO;
using System.Linq;
using ConflictModel.Interop;
using ConflictModel.Merging;
using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Tests.Merging;

/// <summary>Matched events whose inputs label the sides the other way round, and inputs that disagree on who fought whom.</summary>
public partial class DossierMergerTest
{
    private static Dossier Battle(string prefix, params (string Actor, ParticipantRole Role)[] participants)
    {
        var b = new DossierBuilder();
        b.Add(new Source(new SourceId(prefix + "-source"), new NameSet(prefix.ToUpperInvariant() + " monitor"), SourceKind.NewsOutlet));
        b.Add(Village(prefix + "-boukamal", "Boukamal", 34.4506, 40.9189));
        foreach (var name in new[] { "Syrian army", "Islamic State", "Hezbollah" })
        {
            b.Add(new Actor(new ActorId(prefix + "-" + name.Replace(' ', '-')), new NameSet(name), ActorKind.RebelGroup));
        }
        var id = new EventId(prefix + "-battle");
        b.Add(new Claim(new ClaimId(prefix + "-claim"), new EventAssertion(id), new Attribution(new SourceId(prefix + "-source"), AttributionMode.Reported)));
        b.Add(new ConflictEvent(id, EventType.Battles, FuzzyDate.OnDay(new LocalDate(2017, 11, 9)), new PlaceId(prefix + "-boukamal"),
            participants: participants.Select(p => new Participant(new ActorId(prefix + "-" + p.Actor.Replace(' ', '-')), p.Role)),
            claims: [new ClaimId(prefix + "-claim")]));
        return b.Build();
    }

    [Fact]
    public void Merge_MatchedEventWithSidesLabelledTheOtherWay_TakesTheMergedEventsLabels()
    {
        var a = Battle("a", ("Syrian army", ParticipantRole.SideA), ("Islamic State", ParticipantRole.SideB));
        var b = Battle("b", ("Islamic State", ParticipantRole.SideA), ("Syrian army", ParticipantRole.SideB), ("Hezbollah", ParticipantRole.SideB));

        var result = DossierMerger.Default.Merge(a, b);

        var merged = result.Dossier.Events.Should().ContainSingle().Subject;
        merged.Participants.Select(p => (p.Actor.Value, p.Role)).Should().BeEquivalentTo(
        [
            ("a-Syrian-army", ParticipantRole.SideA), ("a-Islamic-State", ParticipantRole.SideB), ("a-Hezbollah", ParticipantRole.SideA),
        ], "Hezbollah fought beside the army in the second input, whose labels were the other way round");
        DossierValidator.Default.Validate(result.Dossier).WithCode(ConflictModelDiagnostics.ActorOnBothSides.Code).Should().BeEmpty();
    }

    [Fact]
    public void Merge_InputsDisagreeOnWhoFoughtWhom_TheValidatorReportsIt()
    {
        // The second input puts Hezbollah against the army, the first beside it: not a matter of labels.
        var a = Battle("a", ("Syrian army", ParticipantRole.SideA), ("Hezbollah", ParticipantRole.SideA), ("Islamic State", ParticipantRole.SideB));
        var b = Battle("b", ("Syrian army", ParticipantRole.SideA), ("Hezbollah", ParticipantRole.SideB));

        var result = DossierMerger.Default.Merge(a, b);

        result.Dossier.Events.Should().ContainSingle();
        DossierValidator.Default.Validate(result.Dossier).WithCode(ConflictModelDiagnostics.ActorOnBothSides.Code)
            .Should().ContainSingle().Which.EntityIds.Should().Contain("a-Hezbollah");
    }

    [Fact]
    public void Merge_HandMadeAcledAndGed_NoActorOnBothSidesOfAMergedEvent()
    {
        // ACLED's first actor is the one that acted, GED's side A the government: before the merge took the
        // merged event's labels, the events both tell made nine diagnostics of an actor on both sides.
        var acled = AcledCsv.Import(File.OpenRead(DataPath(AcledSyriaIraq))).Dossier;
        var ged = UcdpGedCsv.Import(File.OpenRead(DataPath(GedSyriaIraq))).Dossier;
        var alone = DossierValidator.Default.Validate(acled).WithCode(ConflictModelDiagnostics.ActorOnBothSides.Code).Count()
            + DossierValidator.Default.Validate(ged).WithCode(ConflictModelDiagnostics.ActorOnBothSides.Code).Count();

        var result = DossierMerger.Default.Merge(acled, ged);

        var both = DossierValidator.Default.Validate(result.Dossier).WithCode(ConflictModelDiagnostics.ActorOnBothSides.Code).ToList();
        output.WriteLine($"actor on both sides: {alone} in the inputs, {both.Count} in the merge");
        both.Should().HaveCount(alone);
    }
}
