using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Cli.Output;

/// <summary>The figures <c>stats</c> prints, computed with the dossier's own queries; every list is sorted so that the output is stable.</summary>
internal sealed record DossierStats(
    IReadOnlyList<(string Kind, int Count)> Entities,
    IReadOnlyList<(string Type, int Count, IReadOnlyList<(string SubType, int Count)> SubTypes)> EventTypes,
    LocalDate? Earliest,
    LocalDate? Latest,
    IReadOnlyList<(string Id, string Name, int Claims, int Relayed)> Sources,
    int EventCount,
    int BackedByNone,
    int BackedByOne,
    int BackedByTwoOrMore)
{
    private const string NoSubType = "(none)";

    public static DossierStats Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        (string, int)[] entities =
        [
            ("actors", dossier.Actors.Count), ("alliances", dossier.Alliances.Count), ("relations", dossier.Relations.Count),
            ("places", dossier.Places.Count), ("sources", dossier.Sources.Count), ("reports", dossier.Reports.Count),
            ("claims", dossier.Claims.Count), ("events", dossier.Events.Count),
        ];
        var eventTypes = dossier.Events
            .GroupBy(e => e.Type.Value, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), (IReadOnlyList<(string, int)>)[.. g
                .GroupBy(e => e.SubType?.Value ?? NoSubType, StringComparer.Ordinal)
                .Select(s => (s.Key, s.Count()))
                .OrderByDescending(s => s.Item2).ThenBy(s => s.Key, StringComparer.Ordinal)]))
            .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        LocalDate? earliest = dossier.Events.Count == 0 ? null : dossier.Events.Min(e => e.Date.Start);
        LocalDate? latest = dossier.Events.Count == 0 ? null : dossier.Events.Max(e => e.Date.End);
        var sources = dossier.Sources
            .Select(s => (s.Id.Value, s.Names.Primary.Text, dossier.ClaimsBy(s.Id).Count(), dossier.ClaimsRelayedBy(s.Id).Count()))
            .OrderBy(s => s.Value, StringComparer.Ordinal)
            .ToList();
        int none = 0, one = 0, more = 0;
        foreach (var e in dossier.Events)
        {
            // As the GeoJSON export counts them: the distinct origins of the claims that support the event.
            int origins = dossier.ClaimsSupporting(e.Id).Select(c => dossier.OriginOf(c.Source)).Distinct().Count();
            _ = origins switch { 0 => none++, 1 => one++, _ => more++ };
        }
        return new DossierStats(entities, eventTypes, earliest, latest, sources, dossier.Events.Count, none, one, more);
    }

    public string ToText(string file)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"File: {file}\n");
        text.Append("Entities\n");
        foreach (var (kind, count) in Entities)
        {
            text.Append(c, $"  {kind,-10} {count,8}\n");
        }
        text.Append("Event types\n");
        if (EventTypes.Count == 0)
        {
            text.Append("  (no events)\n");
        }
        foreach (var (type, count, subTypes) in EventTypes)
        {
            text.Append(c, $"  {type,-40} {count,8}\n");
            foreach (var (subType, subCount) in subTypes)
            {
                text.Append(c, $"    {subType,-38} {subCount,8}\n");
            }
        }
        text.Append(Earliest is { } from && Latest is { } to
            ? string.Create(c, $"Dates: {Iso(from)} to {Iso(to)}\n")
            : "Dates: (no events)\n");
        text.Append("Sources (claims made, claims relayed)\n");
        if (Sources.Count == 0)
        {
            text.Append("  (no sources)\n");
        }
        foreach (var (id, name, claims, relayed) in Sources)
        {
            text.Append(c, $"  {id,-30} {claims,6} {relayed,6}  {name}\n");
        }
        text.Append("Independent-source coverage (distinct origins of the claims supporting each event)\n");
        text.Append(c, $"  two or more origins {BackedByTwoOrMore,8}{Share(BackedByTwoOrMore)}\n");
        text.Append(c, $"  one origin          {BackedByOne,8}{Share(BackedByOne)}\n");
        text.Append(c, $"  no supporting claim {BackedByNone,8}{Share(BackedByNone)}\n");
        return text.ToString();
    }

    private string Share(int count) =>
        EventCount == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" of {EventCount} ({100.0 * count / EventCount:0.0}%)");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
