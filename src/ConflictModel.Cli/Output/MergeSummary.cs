using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Merging;
using ConflictModel.Merging;
using ConflictModel.Validation;

namespace ConflictModel.Cli.Output;

/// <summary>One input of a merge as the summary shows it.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Dossier">What was read: for an NDJSON input merged as it is read (<paramref name="Streamed"/>), its header only.</param>
/// <param name="Problems">How many rows the import skipped or reported as errors.</param>
/// <param name="Streamed">The input as the merger reads it, in parts, when it is an NDJSON file; null when it was read whole.</param>
internal sealed record MergeInput(string File, string Format, Dossier Dossier, int Problems, DossierMergeInput? Streamed = null)
{
    /// <summary>Gets what the merger is given: the dossier read, or the file to read in parts.</summary>
    public DossierMergeInput ToMerge => Streamed ?? DossierMergeInput.FromDossier(Dossier);
}

/// <summary>
/// What <c>merge</c> prints on standard output: the inputs, what became of their events, actors, places and claims, and
/// the ambiguities left for a person. As text, an aligned table with data escaped for the terminal and at most
/// <see cref="MaxAmbiguitiesShown"/> ambiguities; as JSON (<c>--format json</c>), every value exact and every ambiguity.
/// </summary>
internal sealed class MergeSummary
{
    /// <summary>How many ambiguities the text lists before "and N more".</summary>
    public const int MaxAmbiguitiesShown = 10;

    /// <summary>The codes of the disagreements counted: figures (CM6003), other claims (CM6004), actors on both sides (CM6001).</summary>
    private static readonly string[] ContradictionCodes = ["CM6003", "CM6004", "CM6001"];

    private static readonly string[] InputHeader = ["input", "format", "events", "claims", "actors", "places"];
    private static readonly bool[] InputAlignment = [false, false, true, true, true, true];
    private static readonly bool[] CountAlignment = [false, true, false];

    private readonly IReadOnlyList<MergeInput> inputs;
    private readonly DossierMergeResult result;
    private readonly string output;
    private readonly string outputFormat;
    private readonly MergeMapping? mapping;
    private readonly IReadOnlyList<string> mappingWarnings;
    private readonly InputCounts[] counts;

    private readonly record struct InputCounts(int Events, int Claims, int Actors, int Places);

    public MergeSummary(IReadOnlyList<MergeInput> inputs, DossierMergeResult result, string output, string outputFormat,
        MergeMapping? mapping, IReadOnlyList<string> mappingWarnings)
    {
        this.inputs = inputs;
        this.result = result;
        this.output = output;
        this.outputFormat = outputFormat;
        this.mapping = mapping;
        this.mappingWarnings = mappingWarnings;
        var eventGroups = result.Provenance.Where(p => p.EntityKind == "event").GroupBy(p => p.MergedId, StringComparer.Ordinal).ToList();
        // An input merged as it was read is not held: its events and claims are counted through the provenance, one entry each.
        var byInput = result.Provenance.Where(p => p.EntityKind is "event" or "claim").GroupBy(p => (p.Input, p.EntityKind)).ToDictionary(g => g.Key, g => g.Count());
        counts = [.. inputs.Select((input, k) => input.Streamed is null
            ? new InputCounts(input.Dossier.Events.Count, input.Dossier.Claims.Count, input.Dossier.Actors.Count, input.Dossier.Places.Count)
            : new InputCounts(byInput.GetValueOrDefault((k, "event")), byInput.GetValueOrDefault((k, "claim")), input.Dossier.Actors.Count, input.Dossier.Places.Count))];
        EventsIn = counts.Sum(c => c.Events);
        EventsMatched = result.Matches.Count();
        EventsMerged = eventGroups.Count(g => g.Count() > 1);
        EventsKeptApart = eventGroups.Count(g => g.Count() == 1);
        // The disagreements the validator reports in the merged dossier: only the rules that find them run.
        var found = DossierValidator.Default.Keep(r => Array.IndexOf(ContradictionCodes, r.Descriptor.Code) >= 0).Validate(result.Dossier);
        var byCode = found.CountsByCode;
        Contradictions = [.. ContradictionCodes.Select(code => byCode.GetValueOrDefault(code))];
    }

    /// <summary>Gets how many diagnostics of each of <see cref="ContradictionCodes"/> the merged dossier gives.</summary>
    public int[] Contradictions { get; }

    /// <summary>Gets the events of all inputs.</summary>
    public int EventsIn { get; }

    /// <summary>Gets the input events taken as an event an earlier input brought.</summary>
    public int EventsMatched { get; }

    /// <summary>Gets the merged events made of more than one input event.</summary>
    public int EventsMerged { get; }

    /// <summary>Gets the merged events made of one input event.</summary>
    public int EventsKeptApart { get; }

    private Dossier Merged => result.Dossier;

    public string ToText()
    {
        var text = new StringBuilder();
        var rows = new List<string[]> { InputHeader };
        for (int k = 0; k < inputs.Count; k++)
        {
            var (events, claims, actors, places) = this.counts[k];
            rows.Add([inputs[k].File, inputs[k].Format, N(events), N(claims), N(actors), N(places)]);
        }
        rows.Add([output, outputFormat, N(Merged.Events.Count), N(Merged.Claims.Count), N(Merged.Actors.Count), N(Merged.Places.Count)]);
        AppendTable(text, rows, InputAlignment, ruleBefore: rows.Count - 1);
        text.Append('\n');
        var counts = new List<string[]>
        {
            new[] { "events matched", N(EventsMatched), "input events taken as one an earlier input brought" },
            new[] { "events merged", N(EventsMerged), "merged events made of more than one input event" },
            new[] { "events kept apart", N(EventsKeptApart), "merged events made of one input event" },
            new[] { "derived figure claims", N(result.DerivedClaims.Count), "tolls the matched events disagree on, one claim per source" },
            new[] { "ambiguities", N(result.Ambiguities.Count), "actors and places kept apart for a person to decide" },
            new[] { "contradictions", N(Contradictions.Sum()), string.Create(CultureInfo.InvariantCulture,
                $"in the merged dossier: {Contradictions[0]} of figures (CM6003), {Contradictions[1]} of other claims (CM6004), {Contradictions[2]} actors on both sides (CM6001); 'validate' lists them") },
        };
        if (mapping is not null)
        {
            counts.Add(["mapping pairs", N(mapping.Same.Count + mapping.Never.Count),
                string.Create(CultureInfo.InvariantCulture, $"{mapping.Same.Count} same, {mapping.Never.Count} never, from {mapping.File}")]);
        }
        AppendTable(text, counts, CountAlignment, ruleBefore: -1);
        if (result.Ambiguities.Count > 0)
        {
            text.Append("\nAmbiguities (kept apart; decide with --same-as):\n");
            foreach (var ambiguity in result.Ambiguities.Take(MaxAmbiguitiesShown))
            {
                // Each value on its own: a line break in a name must not start a line of its own.
                text.Append(TerminalText.Escape(
                    $"  {ambiguity.EntityKind}:{ambiguity.InputId} of {InputName(ambiguity.Input)}, kept as {ambiguity.MergedId}; may be {string.Join(", ", ambiguity.Candidates)}"))
                    .Append('\n');
                text.Append(TerminalText.Escape("    why: " + ambiguity.Explanation)).Append('\n');
            }
            if (result.Ambiguities.Count > MaxAmbiguitiesShown)
            {
                text.Append(CultureInfo.InvariantCulture, $"  and {result.Ambiguities.Count - MaxAmbiguitiesShown} more (--format json lists them all)\n");
            }
        }
        return text.ToString();
    }

    public async Task WriteJsonAsync(CliContext context, int exitCode, CancellationToken cancellationToken)
    {
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Read by people and scripts, never embedded in HTML: names in any script stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var writer = new Utf8JsonWriter(context.Console.Out, options);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteNumber("exitCode", exitCode);
            writer.WriteStartArray("inputs");
            for (int k = 0; k < inputs.Count; k++)
            {
                var input = inputs[k];
                writer.WriteStartObject();
                writer.WriteString("file", input.File);
                writer.WriteString("format", input.Format);
                WriteCounts(writer, counts[k]);
                writer.WriteNumber("problems", input.Problems);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("output");
            writer.WriteString("file", output);
            writer.WriteString("format", outputFormat);
            WriteCounts(writer, Merged);
            writer.WriteEndObject();
            writer.WriteStartObject("events");
            writer.WriteNumber("in", EventsIn);
            writer.WriteNumber("out", Merged.Events.Count);
            writer.WriteNumber("matched", EventsMatched);
            writer.WriteNumber("merged", EventsMerged);
            writer.WriteNumber("keptApart", EventsKeptApart);
            writer.WriteEndObject();
            writer.WriteNumber("derivedClaims", result.DerivedClaims.Count);
            writer.WriteStartObject("contradictions");
            for (int c = 0; c < ContradictionCodes.Length; c++)
            {
                writer.WriteNumber(ContradictionCodes[c], Contradictions[c]);
            }
            writer.WriteEndObject();
            writer.WriteStartArray("ambiguities");
            foreach (var ambiguity in result.Ambiguities)
            {
                writer.WriteStartObject();
                writer.WriteString("input", InputName(ambiguity.Input));
                writer.WriteString("kind", ambiguity.EntityKind);
                writer.WriteString("inputId", ambiguity.InputId);
                writer.WriteString("mergedId", ambiguity.MergedId);
                writer.WriteStartArray("candidates");
                foreach (string candidate in ambiguity.Candidates)
                {
                    writer.WriteStringValue(candidate);
                }
                writer.WriteEndArray();
                writer.WriteString("explanation", ambiguity.Explanation);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            if (mapping is not null)
            {
                writer.WriteStartObject("mapping");
                writer.WriteString("file", mapping.File);
                writer.WriteNumber("same", mapping.Same.Count);
                writer.WriteNumber("never", mapping.Never.Count);
                writer.WriteStartArray("warnings");
                foreach (string warning in mappingWarnings)
                {
                    writer.WriteStringValue(warning);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        await context.Console.Out.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await context.Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private string InputName(int input) => input < inputs.Count ? inputs[input].File : "input " + N(input + 1);

    private static void WriteCounts(Utf8JsonWriter writer, InputCounts counts)
    {
        writer.WriteNumber("events", counts.Events);
        writer.WriteNumber("claims", counts.Claims);
        writer.WriteNumber("actors", counts.Actors);
        writer.WriteNumber("places", counts.Places);
    }

    private static void WriteCounts(Utf8JsonWriter writer, Dossier dossier)
    {
        writer.WriteNumber("events", dossier.Events.Count);
        writer.WriteNumber("claims", dossier.Claims.Count);
        writer.WriteNumber("actors", dossier.Actors.Count);
        writer.WriteNumber("places", dossier.Places.Count);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Columns padded to their widest cell, numbers on the right; a rule before row <paramref name="ruleBefore"/> (-1: none).</summary>
    private static void AppendTable(StringBuilder text, List<string[]> rows, bool[] right, int ruleBefore)
    {
        // Widths are measured on what the terminal will show: escaped text.
        var cells = rows.Select(r => r.Select(c => TerminalText.Escape(c)).ToArray()).ToList();
        var widths = Enumerable.Range(0, right.Length).Select(c => cells.Max(r => r[c].Length)).ToArray();
        for (int i = 0; i < cells.Count; i++)
        {
            if (i == ruleBefore)
            {
                text.Append('-', widths.Sum() + 2 * (widths.Length - 1)).Append('\n');
            }
            var line = new StringBuilder();
            for (int c = 0; c < widths.Length; c++)
            {
                line.Append(right[c] ? cells[i][c].PadLeft(widths[c]) : cells[i][c].PadRight(widths[c])).Append("  ");
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
    }
}
