// QuickStart: the headline of an AFP dispatch of 9 November 2017, coded as attributed claims.
// "Le groupe jihadiste Etat islamique (EI) a perdu jeudi la dernière ville encore sous son
// contrôle en Syrie, après avoir été chassé de Boukamal par le régime et ses alliés."
using System;
using System.Globalization;
using System.Linq;
using ConflictModel;
using NodaTime;

var builder = new DossierBuilder();

// Who fights.
var islamicState = builder.AddActor("islamic-state", "Etat islamique", ActorKind.JihadistGroup, LanguageTag.French,
    aliases: ["EI", "Daech", "IS", "ISIS"]);
var syrianArmy = builder.AddActor("syrian-army", "Armée syrienne", ActorKind.StateForces, LanguageTag.French, country: "SY");
var hezbollah = builder.AddActor("hezbollah", "Hezbollah", ActorKind.PoliticalMilitia, LanguageTag.French, country: "LB");
var irgc = builder.AddActor("irgc", "Gardiens de la Révolution", ActorKind.ForeignForces, LanguageTag.French, country: "IR");
var iraqiMilitias = builder.AddActor("iraqi-militias", "Miliciens irakiens", ActorKind.PoliticalMilitia, LanguageTag.French, country: "IQ");

// Where.
var syria = builder.AddPlace("sy", "Syrie", PlaceKind.Country, language: LanguageTag.French);
var deirEzzor = builder.AddPlace("sy-deir-ezzor", "Deir Ezzor", PlaceKind.Governorate, syria);
var boukamal = builder.AddPlace("boukamal", "Boukamal", PlaceKind.City, deirEzzor,
    new GeoPoint(34.4506, 40.9189), SpatialPrecision.Exact, LanguageTag.French, aliases: ["Abu Kamal", "Al-Bukamal", "البوكمال"]);

// Who speaks, and the dispatch that carries what they said.
var afp = builder.AddSource("afp", "Agence France-Presse", SourceKind.NewsAgency, Reliability.B);
var armyCommuniqué = builder.AddSource("syrian-army-command", "Commandement de l'armée syrienne", SourceKind.PartyStatement,
    Reliability.C, isPartyToConflict: true, speaksFor: syrianArmy);
var osdh = builder.AddSource("osdh", "Observatoire syrien des droits de l'Homme (OSDH)", SourceKind.NgoMonitor, Reliability.B);
var report = new Report(new ReportId("afp-2017-11-09-boukamal"), afp,
    new LocalDateTime(2017, 11, 9, 19, 30).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Beirut"]),
    LanguageTag.French, "Syrie: l'EI perd Boukamal, sa dernière ville");
var dispatch = builder.Add(report);

// "jeudi" is resolved against the dispatch's own date: the most recent Thursday on or before it.
var thursday = RelativeDates.Resolve("jeudi", report.Published);
var capture = builder.Add(new ConflictEvent(new EventId("capture-of-boukamal"), EventType.Battles, FuzzyDate.OnDay(thursday), boukamal,
    SubEventType.GovernmentRegainsTerritory,
    participants: [new Participant(syrianArmy, ParticipantRole.SideA), new Participant(islamicState, ParticipantRole.SideB)],
    outcomes: [new ControlChange(boukamal, islamicState, syrianArmy)],
    description: "Syrian government forces and their allies capture Boukamal from the Islamic State."));

// The claims: AFP's own account, the army's communiqué, and the OSDH's account of who led the offensive.
builder.AddClaim("afp-is-lost-boukamal",
    new ControlChangeAssertion(boukamal, islamicState, syrianArmy, FuzzyDate.OnDay(thursday), capture),
    new Attribution(afp, AttributionMode.Stated),
    dispatch,
    new Quote("a perdu jeudi la dernière ville encore sous son contrôle en Syrie", LanguageTag.French),
    credibility: Credibility.ProbablyTrue);
builder.AddClaim("army-liberated-boukamal",
    new EventAssertion(capture),
    new Attribution(armyCommuniqué, AttributionMode.Stated, [new Relay(afp, dispatch)]),
    dispatch,
    new Quote("Les unités de nos forces armées, en coopération avec les forces supplétives et alliées, ont libéré Boukamal", LanguageTag.French),
    new Wording("libéré", "captured"),
    Credibility.ProbablyTrue);
foreach (var (actor, words) in new[] { (iraqiMilitias, "miliciens irakiens"), (hezbollah, "combattants du Hezbollah libanais"), (irgc, "Gardiens de la Révolution iraniens") })
{
    builder.AddClaim($"osdh-led-by-{actor}",
        new ParticipationAssertion(capture, actor, ParticipantRole.Supporting),
        new Attribution(osdh, AttributionMode.Reported, [new Relay(afp, dispatch)]),
        dispatch,
        new Quote(words, LanguageTag.French),
        credibility: Credibility.PossiblyTrue);
}

var dossier = builder.Build();
Console.WriteLine($"{report.Title} ({report.Published.ToString("uuuu-MM-dd HH:mm x", CultureInfo.InvariantCulture)})");
Console.WriteLine(dossier);
Console.WriteLine();

// Who controlled Boukamal the day before the capture, and the day after?
foreach (var date in new[] { thursday.PlusDays(-1), thursday.PlusDays(1) })
{
    var answer = dossier.ControllerOf(boukamal, date);
    if (answer is null)
    {
        Console.WriteLine($"Nothing in the dossier says who held Boukamal on {date:uuuu-MM-dd}.");
        continue;
    }
    string holder = answer.Controller is { } id ? dossier.Find(id)!.Names.ToString() : "nobody known";
    string basis = answer.Basis switch
    {
        ControlBasis.BeforeChange => "it held the town until",
        ControlBasis.AfterChange => "it took the town in",
        ControlBasis.Contested => "control was changing hands in",
        _ => "according to",
    };
    Console.WriteLine($"On {date.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture)}, Boukamal was held by {holder} ({basis} {answer.Event}).");
    foreach (var claim in answer.Claims.Select(c => dossier.Find(c)!))
    {
        Console.WriteLine("  " + Describe(dossier, claim));
    }
    Console.WriteLine();
}

// Who led the offensive? Every answer keeps who said it.
var leaders = dossier.ClaimsAbout(capture).Where(c => c.Assertion is ParticipationAssertion).ToList();
Console.WriteLine("The offensive was led notably by "
    + string.Join(", ", leaders.Select(c => dossier.Find(((ParticipationAssertion)c.Assertion).Actor)!.Names))
    + " — " + Attribution(dossier, leaders[0]) + ".");

static string Describe(Dossier dossier, Claim claim)
{
    string wording = claim.Wording is { } w ? $"; it says \"{w.SourceTerm}\" for {w.NeutralTerm}" : string.Empty;
    return $"{Attribution(dossier, claim)}{wording}" + (claim.Quote is { } q ? $"\n    {q}" : string.Empty);
}

static string Attribution(Dossier dossier, Claim claim)
{
    var source = dossier.Find(claim.Source)!;
    string relays = string.Concat(claim.Attribution.Relays.Select(r => $", relayed by {dossier.Find(r.Source)?.Names}"));
    string party = source.IsPartyToConflict ? ", self-reported by a party to the conflict" : string.Empty;
    return $"according to {source.Names} ({claim.Attribution.Mode}{relays}{party})";
}
