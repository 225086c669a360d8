// HostExtension: how a host application ("Acme Relief", a humanitarian logistics NGO) extends
// ConflictModel without forking it — its own vocabulary terms, typed extension data, its own
// assertion type, its own validation rules and severities, and JSON that keeps all of it.
// The places, actors and events below are invented for the example.
using System.Text.Json;
using ConflictModel;
using ConflictModel.Serialization;
using ConflictModel.Validation;
using HostExtension;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Rendering;

// JSON options: register every host type before the options are first used (they freeze then).
var options = new DossierJsonOptions { WriteIndented = true }
    .AddAssertionType(AcmeTerms.CheckpointType, AcmeJsonContext.Default.CheckpointAssertion);

var dossier = BuildDossier();

Heading("The dossier");
AnsiConsole.WriteLine(dossier.ToString());
var actors = new Table().AddColumns("Actor", "Kind", "Well-known kind?");
foreach (var actor in dossier.Actors)
{
    actors.AddRow(Cells(actor.Names.ToString(), actor.Kind.ToString(), actor.Kind.IsWellKnown ? "yes" : "no (Acme's own)"));
}
AnsiConsole.Write(actors);
var places = new Table().AddColumns("Place", "Access status", "Blocked trucks", "Contact");
foreach (var place in dossier.Places)
{
    var note = place.Extensions.Get(AcmeTerms.AccessKey, AcmeJsonContext.Default.AccessNote);
    places.AddRow(Cells(place.Names.ToString(), note?.Status ?? "(no note)", note?.BlockedTrucks.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", note?.Contact ?? ""));
}
AnsiConsole.Write(places);
foreach (var claim in dossier.Claims)
{
    AnsiConsole.WriteLine($"Claim {claim.Id}: {claim.Assertion} (subject {claim.Assertion.SubjectKey})");
}

// Validation: the built-in rules, plus Acme's two, with two built-in codes adjusted.
var validator = DossierValidator.Default
    .WithRule(new BlockedConvoyWithoutAccessNoteRule())                      // ACME0001, a rule class
    .WithEntityRule<Place>(AcmeDiagnostics.ClosedAccessWithoutContact,       // ACME0002, a predicate
        p => p.Extensions.Get(AcmeTerms.AccessKey, AcmeJsonContext.Default.AccessNote) is not { Status: "closed", Contact: null },
        p => $"Access to \"{p.Id}\" is closed and its access note names no contact; add one so convoys can be cleared.")
    .WithSeverity("CM5001", Severity.Error)   // every event Acme publishes must say who reported it
    .Without("CM6005");                       // Acme reads party statements itself; no need to flag them

Heading("Severities");
var severities = new Table().AddColumns("Code", "Default validator", "Acme's validator");
foreach (var code in new[] { "CM5001", "CM6005", "ACME0001", "ACME0002" })
{
    severities.AddRow(Cells(code, SeverityIn(DossierValidator.Default, code), SeverityIn(validator, code)));
}
AnsiConsole.Write(severities);

Heading("Diagnostics");
var result = validator.Validate(dossier);
AnsiConsole.WriteLine(result.ToString());
var diagnostics = new Table().AddColumns("Code", "Severity", "Path", "Message");
foreach (var d in result.Diagnostics)
{
    diagnostics.AddRow(Cells(d.Code, d.Severity.ToString(), d.Path, d.Message));
}
AnsiConsole.Write(diagnostics);

Heading("JSON round trip");
string json = DossierJson.Write(dossier, options);
var back = DossierJson.Read(json, options);
AnsiConsole.WriteLine($"Written: {json.Length} characters. Read back equal to the original: {(back.Equals(dossier) ? "yes" : "NO")}.");
AnsiConsole.WriteLine("The checkpoint claim as written: " + AssertionJson(json, "acme-checkpoint-northgate"));
var northgate = back.Find(new PlaceId("northgate-crossing"))!;
var accessBack = northgate.Extensions.Get(AcmeTerms.AccessKey, AcmeJsonContext.Default.AccessNote);
AnsiConsole.WriteLine($"Access note of {northgate.Id} read back typed: {accessBack}");
var checkpointBack = back.Claims.Select(c => c.Assertion).OfType<CheckpointAssertion>().First();
AnsiConsole.WriteLine($"Checkpoint assertion read back as {checkpointBack.GetType().Name}: {checkpointBack}");
AnsiConsole.WriteLine($"Validation of the read-back dossier gives the same diagnostics: {(validator.Validate(back).Diagnostics.SequenceEqual(result.Diagnostics) ? "yes" : "no")}");

static Dossier BuildDossier()
{
    var b = new DossierBuilder();
    var sentinel = b.AddActor("sentinel-group", "Sentinel Group", AcmeTerms.PrivateMilitaryCompany, LanguageTag.English);
    var garrison = b.AddActor("rivertown-garrison", "Rivertown garrison", ActorKind.StateForces, LanguageTag.English);

    var rivertown = b.Add(new Place(new PlaceId("rivertown"), new NameSet("Rivertown district"), PlaceKind.District,
        extensions: ExtensionData.Empty.With(AcmeTerms.AccessKey, new AccessNote("restricted", 0, "logistics@acme.example"), AcmeJsonContext.Default.AccessNote)));
    var northgate = b.Add(new Place(new PlaceId("northgate-crossing"), new NameSet("Northgate crossing"), PlaceKind.BorderCrossing, rivertown,
        extensions: ExtensionData.Empty.With(AcmeTerms.AccessKey, new AccessNote("closed", 12, null), AcmeJsonContext.Default.AccessNote)));
    var hillRoad = b.AddPlace("hill-road", "Hill road", PlaceKind.Village, rivertown);

    var fieldTeam = b.AddSource("acme-field-team", "Acme field team", SourceKind.NgoMonitor, Reliability.B);
    var day = new LocalDate(2025, 3, 14);

    // Seen and reported by Acme's field team: the convoy held at Northgate, and who runs the checkpoint there.
    var blockedAtNorthgate = b.Add(new ConflictEvent(new EventId("convoy-blocked-northgate"), AcmeTerms.AidConvoyBlocked, FuzzyDate.OnDay(day), northgate,
        participants: [new Participant(sentinel, ParticipantRole.SideA)],
        description: "An Acme convoy of twelve trucks is held at the Northgate checkpoint."));
    b.AddClaim("acme-convoy-blocked-northgate", new EventAssertion(blockedAtNorthgate), new Attribution(fieldTeam, AttributionMode.Observed),
        credibility: Credibility.ProbablyTrue);
    b.AddClaim("acme-checkpoint-northgate", new CheckpointAssertion(northgate.Value, sentinel.Value), new Attribution(fieldTeam, AttributionMode.Observed),
        credibility: Credibility.ProbablyTrue);

    // Heard of but not yet reported by anyone: no claim, and no access note for the place.
    b.Add(new ConflictEvent(new EventId("convoy-blocked-hill-road"), AcmeTerms.AidConvoyBlocked, FuzzyDate.OnDay(day.PlusDays(1)), hillRoad,
        participants: [new Participant(garrison, ParticipantRole.SideA)]));
    return b.Build();
}

// In a terminal a rule as wide as the terminal; redirected to a file or a pipe, a short plain line.
static void Heading(string text)
{
    AnsiConsole.WriteLine();
    if (Console.IsOutputRedirected)
    {
        AnsiConsole.WriteLine($"── {text} ──");
    }
    else
    {
        AnsiConsole.Write(new Rule(Markup.Escape(text)).LeftJustified());
    }
}

// Text cells, not markup: paths such as $.events[1].place contain brackets.
static IRenderable[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];

static string SeverityIn(DossierValidator validator, string code) =>
    validator.Descriptors.Any(d => d.Code == code) ? validator.SeverityOf(code)?.ToString() ?? "off" : "(not in this validator)";

static string AssertionJson(string json, string claimId)
{
    using var document = JsonDocument.Parse(json);
    var claim = document.RootElement.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("id").GetString() == claimId);
    return JsonSerializer.Serialize(claim.GetProperty("assertion"));
}
