using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Tests.Validation.Rules;

/// <summary>
/// Small, valid building blocks for rule tests: each test starts from <see cref="Valid"/> (which
/// no built-in rule reports on) and adds the one thing its rule must find.
/// </summary>
internal static class RuleTestKit
{
    internal static readonly LocalDate Day = new(2017, 11, 9);

    internal static readonly ActorId Army = new("syrian-army");
    internal static readonly ActorId IslamicState = new("islamic-state");
    internal static readonly PlaceId Syria = new("sy");
    internal static readonly PlaceId Town = new("boukamal");
    internal static readonly SourceId Afp = new("afp");
    internal static readonly ReportId Dispatch = new("afp-dispatch");
    internal static readonly EventId Capture = new("capture");
    internal static readonly ClaimId AfpClaim = new("afp-claim");

    internal static ZonedDateTime Published { get; } = new LocalDateTime(2017, 11, 9, 19, 30).InUtc();

    /// <summary>A small dossier with an event backed by a first-hand claim in a report.</summary>
    internal static DossierBuilder Valid()
    {
        var b = new DossierBuilder();
        b.AddActor(Army.Value, "Syrian army", ActorKind.StateForces, country: "SY");
        b.AddActor(IslamicState.Value, "Islamic State", ActorKind.JihadistGroup);
        b.AddPlace(Syria.Value, "Syria", PlaceKind.Country, location: new GeoPoint(35.0, 38.5), precision: SpatialPrecision.CountryCentroid);
        b.AddPlace(Town.Value, "Boukamal", PlaceKind.City, Syria, new GeoPoint(34.4506, 40.9189), SpatialPrecision.Exact);
        b.AddSource(Afp.Value, "AFP", SourceKind.NewsAgency, Reliability.B);
        b.Add(new Report(Dispatch, Afp, Published, LanguageTag.French, "L'EI perd Boukamal"));
        b.Add(new ConflictEvent(Capture, EventType.Battles, FuzzyDate.OnDay(Day), Town, SubEventType.GovernmentRegainsTerritory,
            participants: [new Participant(Army, ParticipantRole.SideA), new Participant(IslamicState, ParticipantRole.SideB)],
            outcomes: [new ControlChange(Town, IslamicState, Army)]));
        b.AddClaim(AfpClaim.Value, new EventAssertion(Capture), new Attribution(Afp, AttributionMode.Stated), Dispatch,
            credibility: Credibility.ProbablyTrue);
        return b;
    }

    /// <summary>Validates with every built-in rule.</summary>
    internal static ValidationResult Validate(DossierBuilder builder) => DossierValidator.Default.Validate(builder.Build());

    /// <summary>Validates and keeps only the diagnostics of one code.</summary>
    internal static List<Diagnostic> Diagnostics(DossierBuilder builder, DiagnosticDescriptor descriptor) =>
        Validate(builder).WithCode(descriptor.Code).ToList();
}
