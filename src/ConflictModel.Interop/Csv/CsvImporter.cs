using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Validation;
using Sylvan.Data.Csv;

namespace ConflictModel.Interop;

/// <summary>
/// What every CSV import shares: the header check, the line count of each row, and the choice between a diagnostic and an
/// exception for a bad row. Rows are read one at a time and handed over as a <see cref="CsvRow"/> whose cells are read only
/// when asked for, so a file is never held in memory; one instance per import.
/// </summary>
/// <typeparam name="TParsed">The values of one row, once read and checked.</typeparam>
/// <typeparam name="TResult">What the import returns.</typeparam>
internal abstract partial class CsvImporter<TParsed, TResult>
{
    /// <summary>The most characters one row may hold; Sylvan's buffer grows to this and no further.</summary>
    private const int MaxRecordChars = 1 << 24;

    private readonly List<Diagnostic> diagnostics = [];
    // What the reading thread changes from row to row, apart from the fields the adding thread reads.
    private readonly ReadingState reading;
    private readonly JsonStrings json = new();
    private readonly CellTexts texts = new();
    private readonly List<string> cellKeys = [];
    private readonly List<string> cellTexts = [];
    // The arrays of keys of the last rows' extension data, shared with them; never changed, only replaced. A row keeps
    // some cells and not others, so a few arrays serve every row.
    private readonly string[][] rowKeys = new string[16][];
    private int nextRowKeys;
    private Dictionary<string, int> columns = new(StringComparer.Ordinal);
    // The row being checked, on the reading thread, and the row being added.
    private CsvRow row = new(new Dictionary<string, int>(StringComparer.Ordinal));
    private CsvRow addRow = new(new Dictionary<string, int>(StringComparer.Ordinal));
    private int headerColumns;

    // The extension keys of the positions past the header's last column met so far; used by Add only.
    private readonly List<string> pastHeaderKeys = [];

    // The positions past the header's last column whose name (column-40) the header gives a column.
    private readonly HashSet<int> namedPositions = [];
    private int[] requiredOrdinals = [];

    private readonly CsvFormat format;
    private readonly bool strict;
    private readonly RowFlow flow;
    private readonly HashSet<string> eventKeys = new(StringComparer.Ordinal);

    /// <param name="format">What tells the format from the others: columns, diagnostics, exception, extension keys.</param>
    /// <param name="strict">True when the first bad row throws rather than being reported.</param>
    /// <param name="flow">How rows go from their check to the dossier: one by one, or in batches, maybe on a second thread.</param>
    private protected CsvImporter(CsvFormat format, bool strict, RowFlow flow = RowFlow.OneByOne)
    {
        this.format = format;
        this.strict = strict;
        this.flow = flow;
        reading = new ReadingState(diagnostics);
    }

    /// <summary>
    /// Takes a row's event id, which no earlier row may have given; a repeated id rejects the row (the first row keeps it).
    /// The id is given back if the row is rejected later, before it is added.
    /// </summary>
    /// <param name="key">The row's event id, trimmed.</param>
    /// <param name="column">The id column.</param>
    /// <param name="line">The row's line.</param>
    /// <param name="taken">The id as a string, when it is new.</param>
    protected bool TryTakeEventKey(ReadOnlySpan<char> key, string column, int line, out string taken)
    {
        taken = key.ToString();
        if (eventKeys.Add(taken))
        {
            reading.PendingKey = taken;
            return true;
        }
        return Reject(Shared.DuplicateEventId, line, column, taken, $"the event id \"{taken}\" was given by an earlier row.");
    }

    /// <summary>
    /// From here the current row keeps its event id, even if the model refuses one of its values; until then a row rejected
    /// gives its id back for a later row.
    /// </summary>
    protected void KeepEventKey() => reading.PendingKey = null;

    /// <summary>The diagnostics every CSV format reports, under this format's codes.</summary>
    private protected CsvDiagnostics Shared => format.Diagnostics;

    /// <summary>
    /// The header's columns outside the codebook, in header order, with their extension keys; a column the header leaves
    /// unnamed is named <c>column-N</c> (N its position from 1), and only its cells that hold a value are kept, so that a
    /// trailing separator adds nothing.
    /// </summary>
    private List<(int Ordinal, string Key, bool Unnamed)> extraCells = [];

    /// <summary>
    /// The bit of a kept column whose empty cell is not kept: the export writes an empty cell for a column the event does
    /// not keep, so only a cell with text need be kept.
    /// </summary>
    protected const int KeptWhenNotEmpty = 1 << 30;

    /// <summary>
    /// The positions and extension keys of the codebook columns among <paramref name="keptColumns"/> that the header names,
    /// each with its bit among the columns whose cell a row may leave out (0 for a column always kept), and
    /// <see cref="KeptWhenNotEmpty"/> for a column whose empty cells are not kept.
    /// </summary>
    /// <param name="header">The header row.</param>
    /// <param name="keptColumns">The codebook columns whose cells are kept verbatim, with their bits.</param>
    protected KeptColumnSet KeptCells(CsvRow header, IEnumerable<(string Column, int Derivable)> keptColumns)
    {
        var kept = new List<(int Ordinal, string Key, int Derivable)>();
        foreach (var (column, derivable) in keptColumns)
        {
            int ordinal = header.Ordinal(column);
            if (ordinal >= 0)
            {
                kept.Add((ordinal, format.KeyPrefix + column, derivable));
            }
        }
        return new KeptColumnSet([.. kept]);
    }

    /// <summary>
    /// Adds the cells of the codebook columns kept verbatim to the current row's extension data, but those whose bit is in
    /// <paramref name="derived"/> and the empty cells of the columns marked <see cref="KeptWhenNotEmpty"/>: the export
    /// writes the same text from the model.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="kept">The kept codebook columns, from <see cref="KeptCells"/>.</param>
    /// <param name="derived">The bits of the columns this row need not keep.</param>
    protected void AddKeptCells(CsvRow row, KeptColumnSet kept, int derived = 0)
    {
        // When the row derives every column that has a bit, only the cells of the others may be kept: the same cells, in
        // the same order, as the whole list gives.
        var columns = (kept.Bits & ~derived) == 0 ? kept.WhenNotEmpty : kept.All;
        foreach (var (ordinal, key, derivable) in columns)
        {
            if ((derived & derivable) != 0)
            {
                continue;
            }
            var cell = row.Span(ordinal);
            if (!cell.IsEmpty || (derivable & KeptWhenNotEmpty) == 0)
            {
                AddCell(key, cell, ordinal);
            }
        }
    }

    /// <summary>The codebook columns whose cells are kept verbatim, found from a header.</summary>
    protected sealed class KeptColumnSet
    {
        internal KeptColumnSet((int Ordinal, string Key, int Derivable)[] all)
        {
            All = all;
            var whenNotEmpty = new List<(int Ordinal, string Key, int Derivable)>();
            foreach (var column in all)
            {
                if (column.Derivable == KeptWhenNotEmpty)
                {
                    whenNotEmpty.Add(column);
                }
                else
                {
                    // A column kept always counts as a bit that no row derives.
                    Bits |= column.Derivable == 0 ? int.MinValue : column.Derivable & ~KeptWhenNotEmpty;
                }
            }
            WhenNotEmpty = [.. whenNotEmpty];
        }

        /// <summary>The columns, in the order their cells are kept.</summary>
        internal (int Ordinal, string Key, int Derivable)[] All { get; }

        /// <summary>The columns kept only when not empty and without a bit, in the same order.</summary>
        internal (int Ordinal, string Key, int Derivable)[] WhenNotEmpty { get; }

        /// <summary>The bits of the other columns, with the sign bit for a column kept always.</summary>
        internal int Bits { get; }
    }

    /// <summary>
    /// Adds the cells of the columns outside the codebook that hold a value to the current row's extension data, so that an
    /// export writes them back. The first event of an import also keeps the empty cells of the named columns, so that each
    /// column is known, in the file's order, even when no row fills it; an event without a column's key had an empty cell.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="firstEvent">Whether the row makes the import's first event.</param>
    protected void AddExtraCells(CsvRow row, bool firstEvent)
    {
        foreach (var (ordinal, key, unnamed) in extraCells)
        {
            var value = row.Span(ordinal);
            if (value.Length > 0 || (firstEvent && !unnamed))
            {
                AddCell(key, value, ordinal);
            }
        }
        // Values past the header's last column, kept under their position as a column without a name.
        for (int ordinal = headerColumns; ordinal < row.CellCount; ordinal++)
        {
            var value = row.Span(ordinal);
            if (value.Length > 0)
            {
                AddCell(PastHeaderKey(ordinal), value, -1);
            }
        }
    }

    /// <summary>The extension key of a position past the header's last column, made once.</summary>
    private string PastHeaderKey(int ordinal)
    {
        int slot = ordinal - headerColumns;
        while (pastHeaderKeys.Count <= slot)
        {
            pastHeaderKeys.Add(format.ExtraColumnKeyPrefix + PositionName(headerColumns + pastHeaderKeys.Count));
        }
        return pastHeaderKeys[slot];
    }

    /// <summary>Adds a cell's text to the current row's extension data, where it is kept as a JSON string.</summary>
    /// <param name="key">The extension key.</param>
    /// <param name="value">The text.</param>
    /// <param name="ordinal">The cell's column, whose last value is remembered; -1 for none.</param>
    protected void AddCell(string key, ReadOnlySpan<char> value, int ordinal)
    {
        cellKeys.Add(key);
        cellTexts.Add(texts.Get(value, ordinal));
    }

    /// <summary>A cell's text as a string, shared with the earlier cells that held the same short text.</summary>
    /// <param name="value">The text.</param>
    protected string Text(ReadOnlySpan<char> value) => texts.Get(value, -1);

    /// <summary>
    /// Makes the extension data of the current row from the cells added to it, and starts the next. The cells are kept as
    /// text, made JSON only when read; rows with the same columns share one array of keys.
    /// </summary>
    protected ExtensionData ToExtensionData()
    {
        int count = cellKeys.Count;
        if (count == 0)
        {
            return ExtensionData.Empty;
        }
        var values = new string[count];
        cellTexts.CopyTo(values);
        var keys = RowKeys();
        ClearCells();
        return ExtensionData.FromStrings(ImmutableCollectionsMarshal.AsImmutableArray(keys),
            ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    /// <summary>The array of the current row's keys: one made for an earlier row when it holds the same keys.</summary>
    private string[] RowKeys()
    {
        foreach (var keys in rowKeys)
        {
            if (keys is not null && SameKeys(cellKeys, keys))
            {
                return keys;
            }
        }
        string[] made = [.. cellKeys];
        rowKeys[nextRowKeys] = made;
        nextRowKeys = (nextRowKeys + 1) % rowKeys.Length;
        return made;
    }

    private static bool SameKeys(List<string> keys, string[] previous)
    {
        if (keys.Count != previous.Length)
        {
            return false;
        }
        for (int i = 0; i < previous.Length; i++)
        {
            if (!ReferenceEquals(keys[i], previous[i]))
            {
                return false;
            }
        }
        return true;
    }

    private void ClearCells()
    {
        cellKeys.Clear();
        cellTexts.Clear();
    }

    /// <summary>The diagnostics of the rows rejected so far, in file order.</summary>
    protected IReadOnlyList<Diagnostic> Diagnostics => diagnostics.AsReadOnly();

    /// <summary>The number of data rows read so far.</summary>
    protected int RowsRead => reading.RowsRead;

    internal TResult Import(TextReader reader)
    {
        using var flow = new RowFlowState(this);
        try
        {
            using var csv = CsvDataReader.Create(new LineEndReader(reader), CreateOptions());
            if (!csv.Read())
            {
                throw EmptyFile();
            }
            ReadHeader(csv);
            while (csv.Read())
            {
                TakeRow(csv, flow.Batch);
                if (flow.Batch.IsFull)
                {
                    flow.Pass();
                }
            }
        }
        catch (Exception e) when (e is Sylvan.Data.Csv.CsvFormatException or CsvTextException or DecoderFallbackException)
        {
            // The rows read before are added first: a strict import stops at the first bad row, wherever it is found.
            flow.Stop();
            throw Unreadable(e);
        }
        catch
        {
            flow.Stop();
            throw;
        }
        flow.Stop();
        return Finish();
    }

    /// <summary>Reads CSV bytes: the encoding a byte-order mark names, else <paramref name="encoding"/>, else UTF-8 checked byte by byte.</summary>
    internal TResult Import(Stream stream, Encoding? encoding)
    {
        using var reader = new CsvTextReader(stream, encoding);
        return Import(reader);
    }

    /// <summary>Reads CSV bytes without blocking on the stream, decoded as <see cref="Import(Stream, Encoding?)"/> does.</summary>
    internal async Task<TResult> ImportAsync(Stream stream, Encoding? encoding, CancellationToken cancellationToken)
    {
        using var reader = new CsvTextReader(stream, encoding);
        return await ImportAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<TResult> ImportAsync(TextReader reader, CancellationToken cancellationToken)
    {
        using var flow = new RowFlowState(this);
        try
        {
            await using var csv = await CsvDataReader.CreateAsync(new LineEndReader(reader), CreateOptions(), cancellationToken).ConfigureAwait(false);
            if (!await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw EmptyFile();
            }
            ReadHeader(csv);
            while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                TakeRow(csv, flow.Batch);
                if (flow.Batch.IsFull)
                {
                    await flow.PassAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is Sylvan.Data.Csv.CsvFormatException or CsvTextException or DecoderFallbackException)
        {
            await flow.StopAsync().ConfigureAwait(false);
            throw Unreadable(e);
        }
        catch
        {
            await flow.StopAsync().ConfigureAwait(false);
            throw;
        }
        await flow.StopAsync().ConfigureAwait(false);
        return Finish();
    }

    private CsvFormatException Unreadable(Exception e) => e switch
    {
        Sylvan.Data.Csv.CsvFormatException csv => Malformed(csv),
        CsvTextException text => FormatError(text.Message, text.Line, null, null, text),
        // A decoder of an encoding the caller named, which cannot say where in the text it stopped.
        _ => FormatError(string.Create(CultureInfo.InvariantCulture,
            $"Near line {Math.Max(reading.NextLine, 1)}: the bytes cannot be decoded in the encoding named ({e.Message}). The import stops there; name the file's encoding."),
            Math.Max(reading.NextLine, 1), null, null, e),
    };

    /// <summary>
    /// The CSV itself cannot be read on: a quote that does not close where a cell ends, or a record beyond the buffer
    /// limit. No row after it can be trusted, so the import stops, saying where.
    /// </summary>
    private CsvFormatException Malformed(Sylvan.Data.Csv.CsvFormatException e)
    {
        // The header is Sylvan's first record; until it is taken in, the problem is on line 1.
        int line = Math.Max(reading.NextLine, 1);
        string problem = e is CsvRecordTooLargeException
            ? string.Create(CultureInfo.InvariantCulture, $"the row is longer than {MaxRecordChars} characters, the most one row may hold")
            : "the CSV is malformed there (" + e.Message.TrimEnd('.') + "); a quoted cell must end with a quote followed by a comma or a line break";
        return FormatError(string.Create(CultureInfo.InvariantCulture, $"Line {line}: {problem}. The import stops at this row."),
            line, null, null, e);
    }

    /// <summary>Builds the exception thrown for a header without a required column, or for a bad row in strict mode.</summary>
    private CsvFormatException FormatError(string message, int line, string? column, string? code, Exception? cause = null) =>
        format.Error(message, line, column, code, cause);

    /// <summary>Reads and checks one data row; a bad row is passed to <see cref="Reject"/>, which returns false.</summary>
    /// <param name="row">The cells of the row; a column the header does not name, or a short row, gives empty values.</param>
    /// <param name="line">The 1-based line of the file where the row starts.</param>
    /// <param name="parsed">The row's values when it is good.</param>
    protected abstract bool TryParse(CsvRow row, int line, out TParsed parsed);

    /// <summary>Adds a good row to the dossier being built.</summary>
    protected abstract void Add(CsvRow row, TParsed parsed);

    /// <summary>Called once the header is read and checked, before the first row: the place to look up column positions.</summary>
    /// <param name="header">The row object every data row will come in; its column positions are known already.</param>
    protected virtual void HeaderRead(CsvRow header)
    {
    }

    /// <summary>Builds the result once every row is read.</summary>
    protected abstract TResult Finish();

    /// <summary>A cell value as the JSON string that extension data keeps.</summary>
    protected JsonElement Json(string value) => json.Get(value);

    /// <summary>A cell value as the JSON string that extension data keeps.</summary>
    protected JsonElement Json(ReadOnlySpan<char> value) => json.Get(value);

    /// <summary>Reports a bad row, or throws in strict mode; always returns false so that a parser can return it.</summary>
    protected bool Reject(DiagnosticDescriptor descriptor, int line, string column, string attempted, string detail) =>
        Report(descriptor, line, column, attempted, detail, reading.Rejected);

    private bool Report(DiagnosticDescriptor descriptor, int line, string column, string attempted, string detail, List<Diagnostic> sink)
    {
        string where = column.Length == 0 ? string.Empty : ", column " + column;
        string message = string.Create(CultureInfo.InvariantCulture, $"Line {line}{where}: {detail} The row is skipped.");
        if (strict)
        {
            throw FormatError(message, line, column.Length == 0 ? null : column, descriptor.Code);
        }
        string path = string.Create(CultureInfo.InvariantCulture, $"$.lines[{line}]") + (column.Length == 0 ? string.Empty : "." + column);
        sink.Add(new Diagnostic(descriptor.Code, descriptor.DefaultSeverity, path, message, attemptedValue: attempted));
        return false;
    }

    private CsvFormatException EmptyFile()
    {
        return FormatError("The file is empty: it has no header; " + format.Description + " needs " + string.Join(", ", format.RequiredColumns) + ".",
            1, format.RequiredColumns[0], null);
    }

    /// <summary>Checks that every required column has a value.</summary>
    protected bool HasRequiredValues(CsvRow row, int line)
    {
        for (int i = 0; i < requiredOrdinals.Length; i++)
        {
            if (row.Span(requiredOrdinals[i]).IsWhiteSpace())
            {
                string required = format.RequiredColumns[i];
                return Reject(Shared.MissingValue, line, required, string.Empty, $"{required} is empty; every row needs a value there.");
            }
        }
        return true;
    }

    /// <summary>Reads an optional whole-number code in [min-max]; an empty cell gives null.</summary>
    protected bool TryCode(CsvRow row, string column, int min, int max, int line, out int? code) =>
        TryCode(row, row.Ordinal(column), column, min, max, line, out code);

    /// <summary>Reads an optional whole-number code in [min-max] from the cell at a position; an empty cell gives null.</summary>
    protected bool TryCode(CsvRow row, int ordinal, string column, int min, int max, int line, out int? code)
    {
        code = null;
        var span = row.Span(ordinal).Trim();
        if (span.Length == 0)
        {
            return true;
        }
        if (InteropText.TryParseInt(span, out int value) && value >= min && value <= max)
        {
            code = value;
            return true;
        }
        string text = span.ToString();
        return Reject(Shared.UnparsableNumber, line, column, text,
            string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is not a code; {column} takes a whole number in [{min}-{max}]."));
    }

    /// <summary>Reads a latitude (limit 90) or longitude (limit 180) in decimal degrees.</summary>
    protected bool TryCoordinate(CsvRow row, string column, double limit, int line, out double value) =>
        TryCoordinate(row, row.Ordinal(column), column, limit, line, out value);

    /// <summary>Reads a latitude (limit 90) or longitude (limit 180) in decimal degrees from the cell at a position.</summary>
    protected bool TryCoordinate(CsvRow row, int ordinal, string column, double limit, int line, out double value)
    {
        var span = row.Span(ordinal).Trim();
        if (!InteropText.TryParseDouble(span, out value) || !double.IsFinite(value))
        {
            string text = span.ToString();
            return Reject(Shared.UnparsableNumber, line, column, text, $"\"{text}\" is not a number; write decimal degrees with a dot.");
        }
        if (Math.Abs(value) > limit)
        {
            string text = span.ToString();
            return Reject(Shared.CoordinateOutOfRange, line, column, text,
                string.Create(CultureInfo.InvariantCulture, $"{text} is outside [-{limit}, {limit}]."));
        }
        return true;
    }

    private static CsvDataReaderOptions CreateOptions() => new()
    {
        // The header is read as the first record: Sylvan's own header handling takes time quadratic in the number of
        // columns, and would pass over a repeated name.
        HasHeaders = false,
        Delimiter = ',',
        // A notes or article cell can be long; the default buffer would reject it.
        MaxBufferSize = MaxRecordChars,
    };

    private void ReadHeader(CsvDataReader csv)
    {
        columns = new(StringComparer.Ordinal);
        extraCells = [];
        // Codebook columns are recognised whatever their case, and under the names older releases gave them.
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string column in format.KnownColumns)
        {
            known[column] = column;
        }
        foreach (var (alias, column) in format.ColumnAliases)
        {
            known[alias] = column;
        }
        var spelled = new Dictionary<string, string>(StringComparer.Ordinal);
        int count = csv.RowFieldCount;
        for (int i = 0; i < count; i++)
        {
            string written = csv.GetFieldSpan(i).Trim().TrimStart('\uFEFF').ToString();
            bool unnamed = written.Length == 0;
            if (unnamed)
            {
                // Values under a column without a name are data all the same: they are kept under its position.
                written = PositionName(i);
            }
            bool codebook = !unnamed && known.TryGetValue(written, out _);
            string? name = codebook ? known[written] : null;
            name ??= written;
            if (!columns.TryAdd(name, i))
            {
                int first = columns[name];
                throw FormatError(string.Create(CultureInfo.InvariantCulture,
                    $"Line 1: the header names the column \"{name}\" twice, as column {first + 1} (\"{spelled[name]}\") and column {i + 1} (\"{written}\"); rename or remove one of them, since the cells of one would be lost."),
                    1, name, null);
            }
            spelled[name] = written;
            if (!codebook)
            {
                extraCells.Add((i, format.ExtraColumnKeyPrefix + name, unnamed));
            }
        }
        var missing = new List<string>();
        foreach (string required in format.RequiredColumns)
        {
            if (!columns.ContainsKey(required))
            {
                missing.Add(required);
            }
        }
        if (missing.Count > 0)
        {
            throw FormatError(
                "The header lacks the required column(s) " + string.Join(", ", missing) +
                "; " + format.Description + " needs " + string.Join(", ", format.RequiredColumns) + ".", 1, missing[0], null);
        }
        reading.NextLine = 1 + Math.Max(1, CountLineBreaks(csv.GetRawRecordSpan()));
        headerColumns = count;
        foreach (string name in columns.Keys)
        {
            if (name.StartsWith("column-", StringComparison.Ordinal) &&
                int.TryParse(name.AsSpan("column-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out int position) &&
                position > count && PositionName(position - 1) == name)
            {
                namedPositions.Add(position - 1);
            }
        }
        row = new CsvRow(columns);
        addRow = new CsvRow(columns);
        requiredOrdinals = new int[format.RequiredColumns.Count];
        for (int i = 0; i < requiredOrdinals.Length; i++)
        {
            requiredOrdinals[i] = columns[format.RequiredColumns[i]];
        }
        HeaderRead(row);
    }

    /// <summary>
    /// The cells to hold of a row longer than the header: up to its last value (cells left empty past the header, as a
    /// separator at the end of a line leaves, add nothing), and the position of a value that cannot be kept, or -1: past
    /// <see cref="LineEndReader.MaxColumns"/>, or where the position's name is a column of the header.
    /// </summary>
    private (int Cells, int Refused) CellsPastHeader(CsvDataReader csv)
    {
        int cells = headerColumns;
        int count = csv.RowFieldCount;
        for (int i = headerColumns; i < count; i++)
        {
            if (csv.GetFieldSpan(i).IsEmpty)
            {
                continue;
            }
            if (i >= LineEndReader.MaxColumns || namedPositions.Contains(i))
            {
                return (headerColumns, i);
            }
            cells = i + 1;
        }
        return (cells, -1);
    }

    /// <summary>The name of a column without one: its position, <c>column-32</c>.</summary>
    private static string PositionName(int ordinal) => string.Create(CultureInfo.InvariantCulture, $"column-{ordinal + 1}");

    /// <summary>
    /// Copies the reader's row into the batch and checks it: its line, whether it is good and its values go with it, and its
    /// diagnostics into the batch's own list, to be reported in file order when the batch is added.
    /// </summary>
    private void TakeRow(CsvDataReader csv, RowBatch batch)
    {
        var reading = this.reading;
        reading.RowsRead++;
        int line = reading.NextLine;
        // The raw record ends with its own line break, except for a last line without one.
        reading.NextLine += Math.Max(1, CountLineBreaks(csv.GetRawRecordSpan()));
        int index = batch.Count;
        // Values past the header's last column are kept as those of a column without a name: the cells are held up to the
        // last such value.
        var (cells, beyond) = csv.RowFieldCount > headerColumns ? CellsPastHeader(csv) : (headerColumns, -1);
        batch.Copy(csv, cells, index);
        row.View(batch, index);
        reading.Rejected = batch.Diagnostics;
        bool good = false;
        TParsed parsed = default!;
        reading.PendingKey = null;
        try
        {
            if (beyond >= 0)
            {
                string value = csv.GetFieldSpan(beyond).ToString();
                Reject(Shared.UnusableRow, line, PositionName(beyond), value, beyond >= LineEndReader.MaxColumns
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"the row has a value in its cell {beyond + 1}, past the {LineEndReader.MaxColumns} columns a file may have; a separator inside a cell must be quoted.")
                    : string.Create(CultureInfo.InvariantCulture,
                        $"the row has a value in its cell {beyond + 1}, past the header's last column; it would be kept as the column \"{PositionName(beyond)}\", a name the header gives another column."));
            }
            else
            {
                good = TryParse(row, line, out parsed);
            }
        }
        catch (Exception e) when (IsRefusal(e))
        {
            // The checks above each cell are meant to catch every bad value; a value the model still refuses costs only its row.
            good = false;
            Reject(Shared.UnusableRow, line, string.Empty, string.Empty, Refused(e));
        }
        finally
        {
            if (!good && reading.PendingKey is not null)
            {
                // A rejected row gives its event id back; from here a good row keeps it, even if the model refuses it.
                eventKeys.Remove(reading.PendingKey);
            }
            reading.PendingKey = null;
        }
        batch.Lines[index] = line;
        batch.Good[index] = good;
        batch.Parsed[index] = parsed;
        batch.DiagnosticsEnd[index] = batch.Diagnostics.Count;
        batch.Count = index + 1;
    }

    /// <summary>Adds the good rows of a batch, and reports the diagnostics of its rows in file order.</summary>
    private void AddRows(RowBatch batch)
    {
        int reported = 0;
        for (int i = 0; i < batch.Count; i++)
        {
            for (; reported < batch.DiagnosticsEnd[i]; reported++)
            {
                diagnostics.Add(batch.Diagnostics[reported]);
            }
            if (!batch.Good[i])
            {
                continue;
            }
            addRow.View(batch, i);
            ClearCells();
            try
            {
                Add(addRow, batch.Parsed[i]);
            }
            catch (Exception e) when (IsRefusal(e))
            {
                Report(Shared.UnusableRow, batch.Lines[i], string.Empty, string.Empty, Refused(e), diagnostics);
            }
        }
        // What a row-by-row format's Add reported.
        for (; reported < batch.Diagnostics.Count; reported++)
        {
            diagnostics.Add(batch.Diagnostics[reported]);
        }
    }

    private static bool IsRefusal(Exception e) =>
        e is ArgumentException or OverflowException or (FormatException and not CsvFormatException);

    private static string Refused(Exception e) => "the model refuses a value of the row: " + e.Message.ReplaceLineEndings(" ");

    private static int CountLineBreaks(ReadOnlySpan<char> raw)
    {
        if (!raw.Contains('\r'))
        {
            return raw.Count('\n');
        }
        int count = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }
        return count;
    }
}
