using ConflictModel.Testing;
using ConflictModel.Validation;

namespace ConflictModel.Tests.Validation;

public partial class DossierStreamValidatorTest
{
    private static (Dossier Header, List<ConflictEvent> Events) Stream(int events)
    {
        var generator = new SyntheticDossier(events, seed: 5);
        return (generator.BuildHeader(), generator.StreamEvents().ToList());
    }

    private static List<Diagnostic> ValidateStream(DossierValidator validator, Dossier header, IEnumerable<ConflictEvent> events)
    {
        var stream = validator.StartStream(header);
        var found = new List<Diagnostic>(stream.HeaderDiagnostics);
        foreach (var e in events)
        {
            found.AddRange(stream.Add(e));
        }
        found.AddRange(stream.Complete());
        return found;
    }

    [Fact]
    public void Add_BadEventsInLaterWindows_ReportedAtTheirPositionInTheStream()
    {
        var (header, events) = Stream(DossierStreamValidator.WindowSize + 200);
        int late = DossierStreamValidator.WindowSize + 17;
        events[late] = new ConflictEvent(events[late].Id, EventType.Protests, events[late].Date, new PlaceId("nowhere"), SubEventType.ArmedClash);
        events[3] = new ConflictEvent(events[3].Id, EventType.Battles, events[3].Date, events[3].Place, SubEventType.PeacefulProtest);

        var found = ValidateStream(DossierValidator.Default, header, events);

        found.Should().ContainSingle(d => d.Code == "CM2001").Which.Path.Should().Be($"$.events[{late}].place");
        found.Where(d => d.Code == "CM6009").Select(d => d.Path).Should().BeEquivalentTo(["$.events[3].subType", $"$.events[{late}].subType"]);
    }

    [Fact]
    public void Add_StreamedRules_FindWhatValidateFindsOnTheWholeDossier()
    {
        var (header, events) = Stream(DossierStreamValidator.WindowSize + 50);
        events[10] = new ConflictEvent(events[10].Id, events[10].Type, events[10].Date, new PlaceId("missing-town"), events[10].SubType,
            [new Participant(new ActorId("actor-0001"), ParticipantRole.SideA), new Participant(new ActorId("actor-0001"), ParticipantRole.SideB)]);
        var whole = new Dossier(header.Actors, header.Alliances, header.Relations, header.Places, header.Sources, header.Reports, header.Claims, events, header.Extensions);

        var streamed = ValidateStream(DossierValidator.Default, header, events);
        var expected = DossierValidator.Default.Validate(whole).Diagnostics
            .Where(d => d.Code is not ("CM1001" or "CM1002" or "CM1003" or "CM6002"));

        streamed.Select(d => (d.Code, d.Path, d.Message)).Should().BeEquivalentTo(expected.Select(d => (d.Code, d.Path, d.Message)));
        streamed.Should().Contain(d => d.Code == "CM6001" && d.Path.StartsWith("$.events[10]", StringComparison.Ordinal));
    }

    [Fact]
    public void StartStream_HeaderWithClaimsAboutStreamedEvents_DoesNotReportThemUnresolved()
    {
        var whole = SyntheticDossier.Generate(300);
        var header = new Dossier(whole.Actors, whole.Alliances, whole.Relations, whole.Places, whole.Sources, whole.Reports, whole.Claims, null, whole.Extensions);

        var stream = DossierValidator.Default.StartStream(header);

        stream.HeaderDiagnostics.Should().NotContain(d => d.Code == "CM2001" || d.Code == "CM2002");
    }

    [Fact]
    public void StartStream_HeaderWithDanglingReference_ReportsIt()
    {
        var (header, _) = Stream(50);
        var broken = new Dossier([.. header.Actors, new Actor(new ActorId("splinter"), new NameSet("Splinter"), ActorKind.RebelGroup, parent: new ActorId("no-such-actor"))],
            header.Alliances, header.Relations, header.Places, header.Sources, header.Reports, header.Claims, null, header.Extensions);

        var stream = DossierValidator.Default.StartStream(broken);

        stream.HeaderDiagnostics.Should().ContainSingle(d => d.Code == "CM2001").Which.Path.Should().Be($"$.actors[{header.Actors.Count}].parent");
    }

    [Fact]
    public void Complete_Twice_Throws()
    {
        var stream = DossierValidator.Default.StartStream(Dossier.Empty);
        stream.Complete();

        stream.Invoking(s => s.Complete()).Should().Throw<InvalidOperationException>();
        stream.Invoking(s => s.Add(Stream(1).Events[0])).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Add_CountsEvents()
    {
        var (header, events) = Stream(20);
        var stream = DossierValidator.Default.StartStream(header);
        foreach (var e in events)
        {
            stream.Add(e);
        }

        stream.EventCount.Should().Be(20);
    }
}
