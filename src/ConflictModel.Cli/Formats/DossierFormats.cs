using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Cli.Files;
using ConflictModel.Interop;
using ConflictModel.Serialization;

using ConflictModel.Cli.Output;

namespace ConflictModel.Cli.Formats;

/// <summary>
/// The formats of <c>convert</c>, one entry each with its reader and writer. A new format is one more entry in
/// <see cref="All"/>: its name becomes a value of <c>--from</c> (when it has a reader) and <c>--to</c> (when it has a writer),
/// and its extension, if any, is recognised.
/// </summary>
internal static class DossierFormats
{
    public static readonly DossierFormat Json = new("json", ".json", ReadJsonAsync, WriteJsonAsync);

    public static readonly DossierFormat Ndjson = new("ndjson", ".ndjson", ReadNdjsonAsync, WriteNdjsonAsync);

    public static readonly DossierFormat AcledCsv = new("acled-csv", null, ReadAcledAsync, WriteAcled, TakesEncoding: true);

    public static readonly DossierFormat UcdpCsv = new("ucdp-csv", null, ReadUcdpAsync, null, TakesEncoding: true);

    public static readonly DossierFormat GeoJson = new("geojson", ".geojson", null, WriteGeoJson);

    public static readonly DossierFormat Parquet = new("parquet", ".parquet", null, WriteParquetAsync);

    /// <summary>Every format, in the order help lists them.</summary>
    public static IReadOnlyList<DossierFormat> All { get; } = [Json, Ndjson, AcledCsv, UcdpCsv, GeoJson, Parquet];

    /// <summary>The names <c>--from</c> accepts.</summary>
    public static IReadOnlyList<string> ReadableNames { get; } = [.. All.Where(f => f.Read is not null).Select(f => f.Name)];

    /// <summary>The names <c>--to</c> accepts.</summary>
    public static IReadOnlyList<string> WritableNames { get; } = [.. All.Where(f => f.Write is not null).Select(f => f.Name)];

    public static DossierFormat? ByName(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format a path's extension selects, or null for <c>-</c>, an unknown extension or an ambiguous one.</summary>
    public static DossierFormat? ByExtension(string path)
    {
        string extension = FileNames.Extension(path);
        return extension.Length == 0 ? null : All.FirstOrDefault(f => f.Extension == extension);
    }

    private static async Task<ImportOutcome> ReadJsonAsync(Stream input, Encoding? encoding, CancellationToken cancellationToken) =>
        ImportOutcome.Of(await DossierJson.ReadAsync(input, cancellationToken: cancellationToken).ConfigureAwait(false));

    private static async Task<ExportOutcome> WriteJsonAsync(Dossier dossier, Stream output, CancellationToken cancellationToken)
    {
        await DossierJson.WriteAsync(dossier, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ExportOutcome.Complete;
    }

    private static async Task<ImportOutcome> ReadNdjsonAsync(Stream input, Encoding? encoding, CancellationToken cancellationToken) =>
        ImportOutcome.Of(await DossierNdjson.ReadAsync(input, cancellationToken: cancellationToken).ConfigureAwait(false));

    private static async Task<ExportOutcome> WriteNdjsonAsync(Dossier dossier, Stream output, CancellationToken cancellationToken)
    {
        await DossierNdjson.WriteAsync(dossier, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ExportOutcome.Complete;
    }

    private static async Task<ImportOutcome> ReadAcledAsync(Stream input, Encoding? encoding, CancellationToken cancellationToken) =>
        Outcome(await Interop.AcledCsv.ImportAsync(input, new AcledImportOptions { Encoding = encoding, ReadAhead = true }, cancellationToken).ConfigureAwait(false));

    private static async Task<ImportOutcome> ReadUcdpAsync(Stream input, Encoding? encoding, CancellationToken cancellationToken) =>
        Outcome(await UcdpGedCsv.ImportAsync(input, new UcdpImportOptions { Encoding = encoding }, cancellationToken).ConfigureAwait(false));

    private static ImportOutcome Outcome(CsvImportResult result)
    {
        string summary = $"{Counted.Of(result.RowsRead, "row", "rows")} read, "
            + string.Create(CultureInfo.InvariantCulture, $"{result.RowsImported} imported, {result.RowsRejected} rejected");
        return new ImportOutcome(result.Dossier, result.Diagnostics, summary);
    }

    private static Task<ExportOutcome> WriteAcled(Dossier dossier, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Interop.AcledCsv.Export(dossier, output);
        return Task.FromResult(ExportOutcome.Complete);
    }

    private static Task<ExportOutcome> WriteGeoJson(Dossier dossier, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = DossierGeoJson.Write(dossier, output);
        var notes = new List<string>();
        if (result.SkippedEvents.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{result.SkippedEvents.Count} event(s) have no point to draw them at and were left out: {string.Join(", ", result.SkippedEvents.Order())}."));
        }
        if (result.SkippedPlaces.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{result.SkippedPlaces.Count} place(s) have no usable point and were left out: {string.Join(", ", result.SkippedPlaces.Order())}."));
        }
        return Task.FromResult(new ExportOutcome(notes));
    }

    private static async Task<ExportOutcome> WriteParquetAsync(Dossier dossier, Stream output, CancellationToken cancellationToken)
    {
        await DossierParquet.WriteAsync(dossier, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        return ExportOutcome.Complete;
    }
}
