using ConflictModel.Validation;
using NodaTime;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// A dossier with everything wrong at once — cycles, dangling and wrong-kind references, duplicate
/// ids, reversed dates, NaN points, negative and fractional figures, a relay loop, quotes outside
/// their text — must be reported on, never make a rule throw (which would show as CM0001).
/// </summary>
public class HostileDossierTest
{
    private static Dossier Hostile()
    {
        var b = new DossierBuilder();
        var a = new ActorId("a");
        var bb = new ActorId("b");
        b.Add(new Actor(a, new NameSet("\u202EA"), ActorKind.RebelGroup, "zz", parent: bb));
        b.Add(new Actor(bb, new NameSet("B "), ActorKind.RebelGroup, "SYR", parent: a));
        b.Add(new Actor(a, new NameSet("A again"), new ActorKind("host:unknown")));
        var p = new PlaceId("p");
        var q = new PlaceId("q");
        b.Add(new Place(p, new NameSet("P"), PlaceKind.Village, q, new GeoPoint(double.NaN, 500), SpatialPrecision.Exact, new PlaceCodes("S", pCode: "x")));
        b.Add(new Place(q, new NameSet("Q"), PlaceKind.Country, p, new GeoPoint(0, 0), SpatialPrecision.Near, new PlaceCodes("XX-1")));
        b.Add(new Place(new PlaceId("A"), new NameSet("case"), PlaceKind.Town));
        var s1 = new SourceId("s1");
        var s2 = new SourceId("s2");
        b.Add(new Source(s1, new NameSet("S1"), SourceKind.PartyStatement, Reliability.A, true, new ActorId("p"), s2));
        b.Add(new Source(s2, new NameSet("S2"), SourceKind.NewsAgency, Reliability.F, false, null, s1));
        var r = new ReportId("r");
        b.Add(new Report(r, new SourceId("nobody"), new LocalDateTime(2000, 1, 1, 0, 0).InUtc(), LanguageTag.French, "R", text: "short"));
        var reversed = FuzzyDate.Between(new LocalDate(2020, 1, 10), new LocalDate(2020, 1, 1));
        var ev = new EventId("e");
        b.Add(new ConflictEvent(ev, EventType.Protests, reversed, new PlaceId("a"), SubEventType.AirOrDroneStrike,
            participants: [new Participant(a, ParticipantRole.SideA), new Participant(a, ParticipantRole.SideB), new Participant(a, ParticipantRole.SideA)],
            outcomes: [new ControlChange(p, a, a), new ControlChange(new PlaceId("nowhere"), null, bb)],
            figures: [new Figure(FigureKind.Killed, new CountEstimate(5, -1, 2.5m), reversed, "120.00"), new Figure(FigureKind.Displaced, new CountRange(9, 1), text: "1..2")],
            claims: [new ClaimId("c1"), new ClaimId("missing")]));
        b.Add(new ConflictEvent(ev, EventType.Battles, FuzzyDate.InYear(1990)));
        b.AddClaim("c1", new EventAssertion(ev), new Attribution(s1, AttributionMode.Stated, [new Relay(s1, r), new Relay(s2, new ReportId("e"))], reversed), r,
            new Quote("not in the text", LanguageTag.English, new TextSpan(3, 100)), credibility: Credibility.Confirmed);
        b.AddClaim("c2", new EventAssertion(ev), new Attribution(s2, AttributionMode.Denied, statedOn: FuzzyDate.InYear(1990)), r,
            new Quote("shor", LanguageTag.French, new TextSpan(1, 4)));
        b.AddClaim("c3", new FigureAssertion(new Figure(FigureKind.Killed, new ApproximateCount(-0.5m), text: "quelque 120.00 personnes"), ev, p),
            new Attribution(s1, AttributionMode.Reported));
        b.AddClaim("c4", new FigureAssertion(new Figure(FigureKind.Killed, new ExactCount(1_000_000)), ev, p), new Attribution(s2, AttributionMode.Reported));
        b.AddClaim("c5", new ControlAssertion(p, a, reversed), new Attribution(s1, AttributionMode.Stated));
        b.AddClaim("c6", new ControlChangeAssertion(p, bb, a, reversed, ev), new Attribution(s1, AttributionMode.Stated));
        b.AddClaim("c7", new MembershipAssertion(new AllianceId("x"), a, MembershipRole.Leader), new Attribution(s1, AttributionMode.Stated));
        b.AddClaim("c8", new RelationAssertion(new RelationId("rel")), new Attribution(s1, AttributionMode.Stated), modality: Modality.Future);
        b.AddClaim("c9", new StatementAssertion("s", [a, new ActorId("ghost")]), new Attribution(s1, AttributionMode.Stated));
        var backwards = new ValidityInterval(new LocalDate(2020, 1, 1), new LocalDate(2010, 1, 1));
        b.Add(new Alliance(new AllianceId("al"), new NameSet("Al"), [new Membership(a, MembershipRole.Member, backwards, [new ClaimId("c7")]),
            new Membership(a, MembershipRole.Member, ValidityInterval.Always), new Membership(new ActorId("p"), MembershipRole.Backer)], new ActorId("ghost")));
        b.Add(new ActorRelation(new RelationId("rel"), a, RelationKind.Supports, a, backwards, [new ClaimId("c8"), new ClaimId("e")]));
        return b.Build();
    }

    [Fact]
    public void Validate_Hostile_NoRuleThrows()
    {
        var result = DossierValidator.Default.Validate(Hostile());

        result.WithCode(DossierValidator.RuleFailed.Code).Should().BeEmpty(
            string.Join(Environment.NewLine, result.WithCode(DossierValidator.RuleFailed.Code).Select(d => d.Message)));
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Validate_Hostile_EveryDiagnosticIsWellFormed()
    {
        var result = DossierValidator.Default.Validate(Hostile());

        result.Diagnostics.Should().OnlyContain(d => d.Path.StartsWith("$.", StringComparison.Ordinal) || d.Path == "$");
        result.Diagnostics.Should().OnlyContain(d => !string.IsNullOrWhiteSpace(d.Message));
        result.Diagnostics.Select(d => d.Code).Distinct().Count().Should().BeGreaterThan(15, "most families have something to say about this dossier");
    }

    [Fact]
    public void Validate_Hostile_IsDeterministic()
    {
        var first = DossierValidator.Default.Validate(Hostile());
        var second = DossierValidator.Default.Validate(Hostile());

        second.Should().Be(first);
    }
}
