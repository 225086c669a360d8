// Boukamal: the whole AFP dispatch of 9 November 2017 on the fall of Boukamal, coded as attributed
// claims (see samples/Boukamal.Coding), then told back, validated and written to JSON.
// Usage: dotnet run --project samples/Boukamal [output.json]
using System.Globalization;
using ConflictModel.Samples;
using ConflictModel;
using ConflictModel.Serialization;
using ConflictModel.Validation;
using NodaTime;
using Spectre.Console;

// In a terminal, tables and headings fit its width; redirected to a file or a pipe, the output is
// plain text of at most 100 columns, the same on every machine, with headings as short lines.
bool plain = Console.IsOutputRedirected;
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
    ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    Out = new AnsiConsoleOutput(Console.Out),
});
if (plain)
{
    console.Profile.Width = 100;
}

var dossier = BoukamalDispatch.Build();
var report = dossier.Find(BoukamalDispatch.Dispatch)!;

Heading(Markup.Escape(report.Title));
Say($"{Name(dossier.Find(report.Publisher)!.Names)}, {report.Published.ToString("uuuu-MM-dd HH:mm x", CultureInfo.InvariantCulture)} ({report.Published.Zone.Id}), {report.Language}");
Say(dossier.ToString());
Say(string.Empty);

// Timeline.
Heading("Timeline");
var timeline = new Table().AddColumns("Date", "Precision", "Event", "Place", "Participants", "Backed by");
foreach (var e in dossier.Events.OrderBy(e => e.Date.Start).ThenBy(e => e.Date.End))
{
    timeline.AddRow(
        Cell(e.Date.ToString()),
        Cell(e.Date.Precision.ToString()),
        Cell($"{e.Type}{(e.SubType is { } s ? " / " + s : string.Empty)}\n{e.Description}"),
        Cell(e.Place is { } p ? Name(dossier.Find(p)!.Names) : "?"),
        Cell(string.Join("\n", e.Participants.Select(x => $"{Name(dossier.Find(x.Actor)!.Names)} ({x.Role})"))),
        Cell(string.Join("\n", dossier.ClaimsSupporting(e.Id).Select(c => Name(dossier.Find(c.Source)!.Names)).Distinct())));
}
console.Write(timeline);

// Every claim: who said it, through whom, how, in which words.
Heading("Claims");
var claims = new Table().AddColumns("Claim", "Said by", "Through", "Mode", "Quote (fr)");
foreach (var claim in dossier.Claims)
{
    var source = dossier.Find(claim.Source)!;
    string who = Name(source.Names)
        + (source.Organization is { } org ? $" ({Name(dossier.Find(org)!.Names)})" : string.Empty)
        + (source.Affiliation is { } aff ? $" [{aff}]" : string.Empty)
        + (source.IsPartyToConflict ? "\nparty to the conflict" : string.Empty);
    string through = claim.Attribution.Relays.Count == 0
        ? "first-hand"
        : string.Join(" ← ", claim.Attribution.Relays.Select(r => Name(dossier.Find(r.Source)!.Names)));
    string mode = claim.Attribution.Mode + (claim.Modality == Modality.Asserted ? string.Empty : $", {claim.Modality}")
        + $"\ncredibility {(int)claim.Credibility}";
    string quote = claim.Quote is { } q ? $"« {q.Text} »" + (q.Span is { } sp ? $" {sp}" : string.Empty) : "-";
    if (claim.Wording is { } w)
    {
        quote += $"\nsays \"{w.SourceTerm}\" for {w.NeutralTerm}";
    }
    claims.AddRow(Cell($"{claim.Id}\n{claim.Assertion}"), Cell(who), Cell(through), Cell(mode), Cell(quote));
}
console.Write(claims);

// Control of Boukamal before and after the capture.
Heading("Who held Boukamal");
var capture = dossier.Find(BoukamalDispatch.Capture)!;
foreach (var date in new[] { capture.Date.Start.PlusDays(-1), capture.Date.End.PlusDays(1) })
{
    var answer = dossier.ControllerOf(BoukamalDispatch.Boukamal, date);
    string holder = answer?.Controller is { } id ? Name(dossier.Find(id)!.Names) : "nobody known";
    Say($"{date.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture)}: {holder}"
        + (answer is null ? string.Empty : $" ({Basis(answer)}; claims: {string.Join(", ", answer.Claims)})"));
}
Say(string.Empty);

// Figures with their uncertainty.
Heading("Figures");
var figures = new Table().AddColumns("What", "Value", "Lower", "Upper", "Words", "According to");
foreach (var claim in dossier.Claims.Where(c => c.Assertion is FigureAssertion))
{
    var assertion = (FigureAssertion)claim.Assertion;
    var f = assertion.Figure;
    string of = assertion.Event is { } ev ? ev.ToString() : assertion.Place is { } pl ? Name(dossier.Find(pl)!.Names) : "?";
    figures.AddRow(Cell($"{f.Kind} ({of})"), Cell(f.Value.ToString()), Cell(Number(f.Value.Lower)), Cell(Number(f.Value.Upper)),
        Cell(f.Text ?? "-"), Cell(Attribution(dossier, claim)));
}
console.Write(figures);

// Alliances, and who backs whom.
Heading("Alliances and relations");
var alliances = new Table().AddColumns("Alliance", "Actor", "Role", "Valid", "Established by");
foreach (var alliance in dossier.Alliances)
{
    foreach (var m in alliance.Memberships)
    {
        alliances.AddRow(Cell(Name(alliance.Names)), Cell(Name(dossier.Find(m.Actor)!.Names)), Cell(m.Role.ToString()),
            Cell(m.Validity.ToString()), Cell(string.Join("\n", m.Claims.Select(c => Attribution(dossier, dossier.Find(c)!)))));
    }
}
foreach (var r in dossier.Relations)
{
    alliances.AddRow(Cell("-"), Cell($"{Name(dossier.Find(r.Subject)!.Names)} → {Name(dossier.Find(r.Target)!.Names)}"),
        Cell(r.Kind.ToString()), Cell(r.Validity.ToString()), Cell(string.Join("\n", r.Claims.Select(c => Attribution(dossier, dossier.Find(c)!)))));
}
console.Write(alliances);

// Validation.
Heading("Validation");
var result = DossierValidator.Default.Validate(dossier);
Say(result.ToString());
var diagnostics = new Table().AddColumns("Code", "Severity", "Path", "Message");
foreach (var d in result.Diagnostics)
{
    diagnostics.AddRow(Cell(d.Code), Cell(d.Severity.ToString()), Cell(d.Path), Cell(d.Message));
}
console.Write(diagnostics);

// JSON round trip.
Heading("JSON");
string path = Path.GetFullPath(args.Length > 0 ? args[0] : "boukamal.json");
string json = DossierJson.Write(dossier);
File.WriteAllText(path, json);
var back = DossierJson.Read(File.ReadAllText(path));
bool equal = back.Equals(dossier);
bool sameBytes = DossierJson.Write(back) == json;
Say($"Wrote {json.Length:N0} characters to {path}.");
Say($"Read back: {(equal ? "equal" : "NOT equal")} to the dossier; written again: {(sameBytes ? "the same" : "DIFFERENT")} text.");
return equal && sameBytes && result.IsValid ? 0 : 1;

// Lines of text are never wrapped: redirected, they go out whole, as they do in a terminal.
void Say(string line)
{
    if (plain)
    {
        Console.Out.WriteLine(line);
    }
    else
    {
        console.WriteLine(line);
    }
}

void Heading(string title)
{
    if (plain)
    {
        Say($"── {Markup.Remove(title)} ──");
    }
    else
    {
        console.Write(new Rule(title).LeftJustified());
    }
}

static string Basis(ControlAnswer answer) => answer.Basis switch
{
    ControlBasis.AfterChange => $"after {answer.Event}",
    ControlBasis.BeforeChange => $"before {answer.Event}",
    ControlBasis.Contested => $"contested during {answer.Event}",
    _ => "asserted",
};

static Text Cell(string text) => new(text);

static string Name(NameSet names) => names.Primary.Text;

static string Number(decimal? value) => value is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : "-";

static string Attribution(Dossier dossier, Claim claim)
{
    string relays = string.Concat(claim.Attribution.Relays.Select(r => $" via {Name(dossier.Find(r.Source)!.Names)}"));
    return $"{Name(dossier.Find(claim.Source)!.Names)} ({claim.Attribution.Mode}{relays})";
}
