// Three real reports beyond the seed dispatch, each coded whole through the public API
// (samples/Reports.Coding): AFP on a raid in central Mali, relayed by Journal du Cameroun;
// Reuters on fighting in Hama province, carried by the Daily Mail; and Reuters on the fall of
// Albu Kamal, carried by One America News. For each: the events with their dates and times of day,
// the figures with whose people they count, the voices with their standing, what validation says,
// and a JSON round trip. Then the last one is merged with the AFP dispatch on the same battle.
using ConflictModel;
using ConflictModel.Merging;
using ConflictModel.Samples;
using ConflictModel.Serialization;
using ConflictModel.Validation;

Show("AFP via Journal du Cameroun: " + DiouraRaidReport.Title, DiouraRaidReport.Address, DiouraRaidReport.Build());
Show("Reuters via the Daily Mail: " + HalfayaClashReport.Title, HalfayaClashReport.Address, HalfayaClashReport.Build());
Show("Reuters via One America News: " + AlbuKamalCaptureReport.Title, AlbuKamalCaptureReport.Address, AlbuKamalCaptureReport.Build());

// One battle, two reports, two languages: what the merge finds they share, and what they disagree on.
var merge = DossierMerger.Default.Merge(BoukamalDispatch.Build(), AlbuKamalCaptureReport.Build());
Console.WriteLine("AFP (French) and Reuters (English) on Boukamal, merged");
Console.WriteLine("=======================================================");
foreach (var same in merge.Provenance.Where(p => p.Input == 1 && p.InputId != p.MergedId && p.EntityKind is "actor" or "place" or "source"))
{
    Console.WriteLine($"  {same.EntityKind} {same.InputId} is {same.MergedId}");
}
foreach (var match in merge.Matches)
{
    Console.WriteLine($"  event {match}");
}
foreach (var disagreement in DossierValidator.Default.Validate(merge.Dossier).Diagnostics.Where(d => d.Code == "CM6004"))
{
    Console.WriteLine($"  CM6004 {string.Join(", ", disagreement.EntityIds)}");
}

static void Show(string heading, Uri address, Dossier dossier)
{
    Console.WriteLine(heading);
    Console.WriteLine(new string('=', Math.Min(heading.Length, 99)));
    Console.WriteLine(address.Host);
    Console.WriteLine();

    Console.WriteLine("Events");
    foreach (var ev in dossier.Events)
    {
        string time = ev.Time is { } t ? $" {t}" : string.Empty;
        string place = ev.Place is { } p && dossier.Find(p) is { } found ? Describe(found) : "(no place)";
        Console.WriteLine($"  {ev.Date}{time}  {ev.Type}  {place}");
    }

    Console.WriteLine("Figures");
    foreach (var claim in dossier.Claims)
    {
        if (claim.Assertion is FigureAssertion figure)
        {
            string partOf = figure.PartOf is { } total ? $", part of {total}" : string.Empty;
            Console.WriteLine($"  {figure.Figure}{partOf}  ({Voice(dossier, claim.Attribution.Source)})");
        }
    }

    Console.WriteLine("Voices");
    foreach (var source in dossier.Sources)
    {
        var standing = new List<string>();
        if (source.Count is { } count) { standing.Add($"{count} people"); }
        if (source.Role is { } role) { standing.Add(role.ToString()); }
        if (source.MemberOf is { } memberOf) { standing.Add($"member of {memberOf}"); }
        if (source.SpeaksFor is { } speaksFor) { standing.Add($"speaks for {speaksFor}"); }
        if (source.Place is { } at) { standing.Add($"at {at}"); }
        string more = standing.Count == 0 ? string.Empty : " (" + string.Join(", ", standing) + ")";
        Console.WriteLine($"  {source.Names.Primary.Text}{more}");
    }

    var result = DossierValidator.Default.Validate(dossier);
    Console.WriteLine($"Validation: {result.ErrorCount} errors, {result.WarningCount} warnings, {result.InfoCount} notes");
    foreach (var diagnostic in result.Diagnostics)
    {
        Console.WriteLine($"  {diagnostic.Code} {diagnostic.Path}");
    }

    string json = DossierJson.Write(dossier);
    bool same = DossierJson.Write(DossierJson.Read(json)) == json;
    Console.WriteLine($"JSON: {json.Length:N0} characters; read back and written again: {(same ? "identical" : "DIFFERENT")}");
    Console.WriteLine();
}

static string Describe(Place place) =>
    place.RelativeTo is { } relative ? $"{place.Names.Primary.Text} ({relative})" : place.Names.Primary.Text;

static string Voice(Dossier dossier, SourceId id) => dossier.Find(id)?.Names.Primary.Text ?? id.ToString();
