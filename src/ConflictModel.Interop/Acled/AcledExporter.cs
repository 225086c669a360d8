using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ConflictModel.Interop;

/// <summary>Writes a dossier's events as ACLED CSV rows.</summary>
internal static class AcledExporter
{
    /// <summary>What joins the names of a list cell (sources, associated actors) that the export writes.</summary>
    internal const string ListSeparator = "; ";

    /// <summary>The <c>event_type</c> an export writes for a type: ACLED's label, or the term.</summary>
    internal static string TypeLabel(EventType type) => EventTaxonomy.AcledLabelOf(type) ?? type.ToString();

    /// <summary>The <c>sub_event_type</c> an export writes for a sub-type: ACLED's label, or the term.</summary>
    internal static string SubTypeLabel(SubEventType subType) => EventTaxonomy.Find(subType)?.AcledSubEventType ?? subType.ToString();

    /// <summary>
    /// The two categories of the codebook's interaction that an export writes for the sides' categories (0 for a side
    /// without one): the smaller first, or the one category and 0 for an actor alone; null when neither side has one.
    /// </summary>
    internal static (int First, int Second)? InteractionOf(int inter1, int inter2)
    {
        if (inter1 == 0 && inter2 == 0)
        {
            return null;
        }
        return inter1 == 0 || inter2 == 0 ? (Math.Max(inter1, inter2), 0) : (Math.Min(inter1, inter2), Math.Max(inter1, inter2));
    }

    internal static void Export(Dossier dossier, TextWriter writer, AcledExportOptions options)
    {
        var extra = new List<string>();
        var seenExtra = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @event in dossier.Events)
        {
            foreach (string key in @event.Extensions.Keys)
            {
                if (key.StartsWith(AcledColumns.ExtraColumnKeyPrefix, StringComparison.Ordinal) &&
                    seenExtra.Add(key[AcledColumns.ExtraColumnKeyPrefix.Length..]))
                {
                    extra.Add(key[AcledColumns.ExtraColumnKeyPrefix.Length..]);
                }
            }
        }
        var header = AcledColumns.All.Concat(extra).ToList();
        WriteRow(writer, header, header.Select(_ => false).ToList());
        // Each event's keys are gone through once: a file of thousands of extra columns, most of them empty on most rows,
        // is written in time linear in its cells.
        var extraPositions = new Dictionary<string, int>(extra.Count, StringComparer.Ordinal);
        foreach (string column in extra)
        {
            extraPositions.Add(AcledColumns.ExtraColumnKeyPrefix + column, extraPositions.Count);
        }
        var extraCells = new string[extra.Count];
        foreach (var @event in dossier.Events)
        {
            var values = Derive(dossier, @event);
            var cells = new List<string>(header.Count);
            var numeric = new List<bool>(header.Count);
            foreach (string column in AcledColumns.All)
            {
                cells.Add(InteropText.TryGetKept(@event.Extensions, AcledColumns.KeyPrefix + column, out string kept)
                    ? kept
                    : values.GetValueOrDefault(column, string.Empty));
                numeric.Add(AcledColumns.Numeric.Contains(column));
            }
            Restyle(cells, options.Categories);
            // An event without a column's key had an empty cell there.
            Array.Fill(extraCells, string.Empty);
            foreach (string key in @event.Extensions.Keys)
            {
                if (extraPositions.TryGetValue(key, out int position))
                {
                    InteropText.TryGetKept(@event.Extensions, key, out extraCells[position]);
                }
            }
            foreach (string cell in extraCells)
            {
                cells.Add(cell);
                numeric.Add(false);
            }
            WriteRow(writer, cells, numeric);
        }
        writer.Flush();
    }

    private static Dictionary<string, string> Derive(Dossier dossier, ConflictEvent @event)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        values[AcledColumns.EventIdCnty] = @event.ExternalReferences.FirstOrDefault(r => r.Scheme == ExternalReference.Acled)?.Value ?? @event.Id.Value;
        values[AcledColumns.EventDate] = @event.Date.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        values[AcledColumns.Year] = @event.Date.Start.Year.ToString(CultureInfo.InvariantCulture);
        values[AcledColumns.TimePrecision] = @event.Date.ToAcledTimePrecision().ToString(CultureInfo.InvariantCulture);
        values[AcledColumns.EventType] = TypeLabel(@event.Type);
        if (@event.SubType is { } subType)
        {
            values[AcledColumns.SubEventType] = SubTypeLabel(subType);
        }

        DeriveSide(dossier, @event, ParticipantRole.SideA, "1", AcledColumns.Actor1, AcledColumns.AssocActor1, AcledColumns.Inter1, values);
        DeriveSide(dossier, @event, ParticipantRole.SideB, "2", AcledColumns.Actor2, AcledColumns.AssocActor2, AcledColumns.Inter2, values);
        // The codebook's interaction: the two categories, the smaller first, or one category and 0 for an actor alone.
        int inter1 = int.TryParse(values.GetValueOrDefault(AcledColumns.Inter1), NumberStyles.Integer, CultureInfo.InvariantCulture, out int i1) ? i1 : 0;
        int inter2 = int.TryParse(values.GetValueOrDefault(AcledColumns.Inter2), NumberStyles.Integer, CultureInfo.InvariantCulture, out int i2) ? i2 : 0;
        if (InteractionOf(inter1, inter2) is var (low, high))
        {
            values[AcledColumns.Interaction] = AcledSpellings.Interaction(low, high, labels: false);
        }

        // A dossier keeps whatever it is given, parent cycles included: each place is visited once.
        var visited = new HashSet<PlaceId>();
        for (var place = @event.Place is { } id ? dossier.Find(id) : null; place is not null && visited.Add(place.Id);
             place = place.Parent is { } p ? dossier.Find(p) : null)
        {
            string column = InteropText.TryGetKept(place.Extensions, AcledColumns.KeyPrefix + "level", out string level) ? level : LevelOf(place.Kind);
            values.TryAdd(column, place.Names.Primary.Text);
            if (place.Location is { } point && !values.ContainsKey(AcledColumns.Latitude))
            {
                values[AcledColumns.Latitude] = point.Latitude.ToString("R", CultureInfo.InvariantCulture);
                values[AcledColumns.Longitude] = point.Longitude.ToString("R", CultureInfo.InvariantCulture);
                values[AcledColumns.GeoPrecision] = (place.Precision ?? SpatialPrecision.DistrictCentroid).ToAcledGeoPrecision().ToString(CultureInfo.InvariantCulture);
            }
        }

        var sourceNames = new List<string>();
        foreach (var claimId in @event.Claims)
        {
            if (dossier.Find(claimId) is { } claim && dossier.Find(claim.Source) is { } source && !sourceNames.Contains(source.Names.Primary.Text))
            {
                sourceNames.Add(source.Names.Primary.Text);
            }
        }
        values[AcledColumns.Source] = string.Join(ListSeparator, sourceNames);
        values[AcledColumns.Notes] = @event.Description ?? string.Empty;
        if (@event.Figures.FirstOrDefault(f => f.Kind == FigureKind.Killed) is { } killed)
        {
            values[AcledColumns.Fatalities] = Number(killed.Value.Best);
        }
        else
        {
            values[AcledColumns.Fatalities] = "0";
        }
        return values;
    }

    // The positions of the category columns among the codebook columns, which the cells of a row follow.
    private static readonly int Inter1Index = IndexOf(AcledColumns.Inter1);
    private static readonly int Inter2Index = IndexOf(AcledColumns.Inter2);
    private static readonly int InteractionIndex = IndexOf(AcledColumns.Interaction);

    private static int IndexOf(string column)
    {
        for (int i = 0; i < AcledColumns.All.Count; i++)
        {
            if (AcledColumns.All[i] == column)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Rewrites the category cells in the style asked for; a cell that is neither a code nor a label stays as it is.</summary>
    private static void Restyle(List<string> cells, AcledCategoryStyle style)
    {
        if (style == AcledCategoryStyle.AsRead)
        {
            return;
        }
        bool labels = style == AcledCategoryStyle.Labels;
        foreach (int index in (ReadOnlySpan<int>)[Inter1Index, Inter2Index])
        {
            if (cells[index].Trim().Length > 0 && AcledSpellings.TryInterCode(cells[index], out int code))
            {
                cells[index] = !labels ? code.ToString(CultureInfo.InvariantCulture) : code == 0 ? string.Empty : AcledSpellings.CurrentLabel(code);
            }
        }
        if (AcledSpellings.TryInteraction(cells[InteractionIndex], out int first, out int second))
        {
            cells[InteractionIndex] = AcledSpellings.Interaction(first, second, labels);
        }
    }

    private static void DeriveSide(Dossier dossier, ConflictEvent @event, ParticipantRole role, string side,
        string actorColumn, string assocColumn, string interColumn, Dictionary<string, string> values)
    {
        if (@event.ActorsWithRole(role).FirstOrDefault() is { IsDefault: false } actorId && dossier.Find(actorId) is { } actor)
        {
            values[actorColumn] = actor.Names.Primary.Text;
            values[interColumn] = AcledActorCategory.CodeOf(actor.Kind)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        }
        else
        {
            values[interColumn] = "0";
        }
        var associates = new List<string>();
        foreach (var participant in @event.Participants)
        {
            if (participant.Role != ParticipantRole.Associated)
            {
                continue;
            }
            // Associates without a recorded side go with actor1.
            string recorded = InteropText.TryGetKept(participant.Extensions, AcledColumns.KeyPrefix + "side", out string s) ? s : "1";
            if (recorded == side && dossier.Find(participant.Actor) is { } associate)
            {
                associates.Add(associate.Names.Primary.Text);
            }
        }
        values[assocColumn] = string.Join(ListSeparator, associates);
    }

    private static string LevelOf(PlaceKind kind) =>
        kind == PlaceKind.Country ? AcledColumns.Country
        : kind == PlaceKind.Governorate ? AcledColumns.Admin1
        : kind == PlaceKind.District ? AcledColumns.Admin2
        : kind == PlaceKind.Subdistrict ? AcledColumns.Admin3
        : AcledColumns.Location;

    private static void WriteRow(TextWriter writer, List<string> cells, List<bool> numeric)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Escape(cells[i], numeric[i]));
        }
        writer.Write("\r\n");
    }

    /// <summary>Quotes a cell when needed and defuses text a spreadsheet would run as a formula.</summary>
    internal static string Escape(string value, bool numeric)
    {
        bool isNumber = numeric && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        if (!isNumber && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        bool quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
