using System;
using System.Collections.Generic;
using Sylvan.Data.Csv;

namespace ConflictModel.Interop;

/// <summary>
/// The current row of a CSV import, read cell by cell only where a cell is asked for. A cell is copied once into a buffer
/// of the row, so that the spans handed out stay valid until the next row (the CSV reader itself may reuse its memory for
/// the next quoted cell); a string is made only when asked for, once per cell.
/// </summary>
internal sealed class CsvRow
{
    private readonly Dictionary<string, int> ordinals;
    private CsvDataReader? reader;
    private char[] chars = new char[1024];
    private int used;
    private int[] starts = [];
    private int[] lengths = [];
    private string?[] strings = [];

    /// <param name="ordinals">The header's columns and their positions; a name the header gives twice has its first.</param>
    internal CsvRow(Dictionary<string, int> ordinals) => this.ordinals = ordinals;

    /// <summary>The position of a column in the header, or -1 when the header does not name it.</summary>
    internal int Ordinal(string column) => ordinals.TryGetValue(column, out int ordinal) ? ordinal : -1;

    /// <summary>Moves to the row the reader stands on.</summary>
    internal void Start(CsvDataReader csv, int fieldCount)
    {
        reader = csv;
        used = 0;
        if (starts.Length < fieldCount)
        {
            starts = new int[fieldCount];
            lengths = new int[fieldCount];
            strings = new string?[fieldCount];
        }
        Array.Fill(starts, -1);
        Array.Clear(strings);
    }

    /// <summary>The text of a cell; empty for a column the header does not name (-1) or a short row.</summary>
    internal ReadOnlySpan<char> Span(int ordinal)
    {
        if (ordinal < 0 || reader is null || ordinal >= reader.RowFieldCount)
        {
            return [];
        }
        if (starts[ordinal] < 0)
        {
            var cell = reader.GetFieldSpan(ordinal);
            if (chars.Length - used < cell.Length)
            {
                // The cells read so far move along; spans already handed out keep the old buffer alive.
                var larger = new char[Math.Max(chars.Length * 2, used + cell.Length + 256)];
                chars.AsSpan(0, used).CopyTo(larger);
                chars = larger;
            }
            cell.CopyTo(chars.AsSpan(used));
            starts[ordinal] = used;
            lengths[ordinal] = cell.Length;
            used += cell.Length;
            return chars.AsSpan(used - cell.Length, cell.Length);
        }
        return chars.AsSpan(starts[ordinal], lengths[ordinal]);
    }

    /// <summary>The text of a cell as a string, made once per row.</summary>
    internal string String(int ordinal)
    {
        if (ordinal < 0 || reader is null || ordinal >= reader.RowFieldCount)
        {
            return string.Empty;
        }
        return strings[ordinal] ??= Span(ordinal).ToString();
    }

    /// <summary>The text of a column's cell as a string; empty when the header does not name the column.</summary>
    internal string Value(string column) => String(Ordinal(column));

    /// <summary>The text of a column's cell; empty when the header does not name the column.</summary>
    internal ReadOnlySpan<char> SpanOf(string column) => Span(Ordinal(column));
}
