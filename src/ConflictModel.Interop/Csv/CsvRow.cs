using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Sylvan.Data.Csv;

namespace ConflictModel.Interop;

/// <summary>
/// A row of a CSV import, as its cells were copied out of the CSV reader into a <see cref="CsvRowStore"/>: the spans handed
/// out stay valid while the store keeps the row, whatever the reader reads next.
/// </summary>
/// <remarks>
/// The reading thread and the adding thread of an import each have a row, made one after the other: the fields lie a cache
/// line away from the object's neighbours, so that moving one row does not take the other's line from its thread's cache.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 176)]
internal sealed class CsvRow
{
    [FieldOffset(64)]
    private readonly Dictionary<string, int> ordinals;
    [FieldOffset(72)]
    private char[] chars = [];
    [FieldOffset(80)]
    private int[] starts = [];
    [FieldOffset(88)]
    private int[] lengths = [];
    [FieldOffset(96)]
    private CsvRowStore? store;
    [FieldOffset(104)]
    private int first;
    [FieldOffset(108)]
    private int count;

    /// <param name="ordinals">The header's columns and their positions.</param>
    internal CsvRow(Dictionary<string, int> ordinals) => this.ordinals = ordinals;

    /// <summary>The position of a column in the header, or -1 when the header does not name it.</summary>
    internal int Ordinal(string column) => ordinals.TryGetValue(column, out int ordinal) ? ordinal : -1;

    /// <summary>Moves to a row of a store.</summary>
    internal void View(CsvRowStore store, int index)
    {
        this.store = store;
        chars = store.Chars;
        starts = store.Starts;
        lengths = store.Lengths;
        first = store.FirstCell[index];
        count = store.CellCount[index];
    }

    /// <summary>The number of cells held for the row: the header's, fewer for a short row, more for a row with values past the header.</summary>
    internal int CellCount => count;

    /// <summary>The text of a cell; empty for a column the header does not name (-1) or a short row.</summary>
    internal ReadOnlySpan<char> Span(int ordinal)
    {
        if ((uint)ordinal >= (uint)count)
        {
            return [];
        }
        int cell = first + ordinal;
        return new ReadOnlySpan<char>(chars, starts[cell], lengths[cell]);
    }

    /// <summary>
    /// Room for text made from the row's cells, in the row's store after them, kept as long as the row: it is read back
    /// with <see cref="Written"/> from <paramref name="start"/>.
    /// </summary>
    internal Span<char> Reserve(int length, out int start) =>
        (store ?? throw new InvalidOperationException("The row has no store.")).Reserve(length, out start);

    /// <summary>Text written after <see cref="Reserve"/>.</summary>
    internal ReadOnlySpan<char> Written(int start, int length) => store!.Chars.AsSpan(start, length);

    /// <summary>The text of a column's cell; empty when the header does not name the column.</summary>
    internal ReadOnlySpan<char> SpanOf(string column) => Span(Ordinal(column));
}

/// <summary>
/// Rows whose cells are copied out of the CSV reader, one after the other, so that they can be looked at after the reader
/// has moved on: by the check of the row as it is read, and by the import of the rows checked.
/// </summary>
internal class CsvRowStore
{
    /// <summary>The characters of the cells, one after the other.</summary>
    internal char[] Chars { get; private set; }

    /// <summary>Where each cell starts in <see cref="Chars"/>.</summary>
    internal int[] Starts { get; private set; } = new int[256];

    /// <summary>How long each cell is.</summary>
    internal int[] Lengths { get; private set; } = new int[256];

    /// <summary>The index of each row's first cell.</summary>
    internal int[] FirstCell { get; }

    /// <summary>The number of cells of each row.</summary>
    internal int[] CellCount { get; }

    /// <summary>The characters held so far.</summary>
    internal int UsedChars { get; private set; }

    /// <summary>The cells held so far.</summary>
    internal int UsedCells { get; private set; }

    private readonly int initialChars;

    /// <param name="rows">The most rows the store holds.</param>
    /// <param name="chars">The characters it holds before its buffer grows.</param>
    internal CsvRowStore(int rows, int chars)
    {
        initialChars = chars;
        Chars = new char[chars];
        FirstCell = new int[rows];
        CellCount = new int[rows];
    }

    /// <summary>Copies the cells of the reader's row, up to <paramref name="columns"/>, as the row at <paramref name="index"/>.</summary>
    internal void Copy(CsvDataReader csv, int columns, int index)
    {
        int cells = Math.Min(csv.RowFieldCount, columns);
        if (Starts.Length - UsedCells < cells)
        {
            int size = Math.Max(Starts.Length * 2, UsedCells + cells);
            var starts = new int[size];
            var lengths = new int[size];
            Starts.AsSpan(0, UsedCells).CopyTo(starts);
            Lengths.AsSpan(0, UsedCells).CopyTo(lengths);
            Starts = starts;
            Lengths = lengths;
        }
        FirstCell[index] = UsedCells;
        CellCount[index] = cells;
        if (cells == csv.RowFieldCount && TryCopyUnquoted(csv.GetRawRecordSpan(), cells))
        {
            return;
        }
        for (int i = 0; i < cells; i++)
        {
            var cell = csv.GetFieldSpan(i);
            Grow(cell.Length);
            cell.CopyTo(Chars.AsSpan(UsedChars));
            Starts[UsedCells] = UsedChars;
            Lengths[UsedCells] = cell.Length;
            UsedChars += cell.Length;
            UsedCells++;
        }
    }

    /// <summary>
    /// Copies a record without quotes in one piece, its cells being the text between its commas: what the reader gives
    /// for each, without asking it cell by cell. False, with nothing held, for a record with a quote or a line break
    /// before its end, or whose commas do not give the reader's number of cells.
    /// </summary>
    /// <param name="raw">The record as the reader read it, ended by its line feed (the last line of a file may lack one).</param>
    /// <param name="cells">The reader's number of cells in the record.</param>
    private bool TryCopyUnquoted(ReadOnlySpan<char> raw, int cells)
    {
        if (raw.EndsWith('\n'))
        {
            raw = raw[..^1];
        }
        // A quote, or a line break left inside the record (a carriage return the line ends were not taken from), is the
        // reader's to read.
        if (raw.ContainsAny('"', '\r', '\n'))
        {
            return false;
        }
        // The cells' positions are written past those held, and taken only once the commas are found to be as many as the
        // reader's cells less one.
        var starts = Starts;
        var lengths = Lengths;
        int first = UsedCells;
        int found = 0;
        int cellStart = 0;
        ref ushort text = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(raw));
        var comma = Vector128.Create((ushort)',');
        for (int i = 0; i < raw.Length; i += Vector128<ushort>.Count)
        {
            // The commas among the next eight characters, as bits.
            uint mask = Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= raw.Length
                ? Vector128.Equals(Vector128.LoadUnsafe(ref text, (nuint)i), comma).ExtractMostSignificantBits()
                : Commas(raw[i..Math.Min(i + Vector128<ushort>.Count, raw.Length)]);
            while (mask != 0)
            {
                int at = i + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                if (found == cells - 1)
                {
                    return false;
                }
                starts[first + found] = cellStart;
                lengths[first + found] = at - cellStart;
                found++;
                cellStart = at + 1;
            }
        }
        if (found != cells - 1)
        {
            return false;
        }
        starts[first + found] = cellStart;
        lengths[first + found] = raw.Length - cellStart;
        Grow(raw.Length);
        int held = UsedChars;
        raw.CopyTo(Chars.AsSpan(held));
        for (int cell = first; cell < first + cells; cell++)
        {
            starts[cell] += held;
        }
        UsedChars += raw.Length;
        UsedCells += cells;
        return true;
    }

    /// <summary>The commas of a few characters as bits, the first character's the lowest.</summary>
    private static uint Commas(ReadOnlySpan<char> chars)
    {
        uint mask = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == ',')
            {
                mask |= 1u << i;
            }
        }
        return mask;
    }

    /// <summary>Room for <paramref name="length"/> characters after those held, which start at <paramref name="start"/>.</summary>
    internal Span<char> Reserve(int length, out int start)
    {
        Grow(length);
        start = UsedChars;
        UsedChars += length;
        return Chars.AsSpan(start, length);
    }

    private void Grow(int length)
    {
        if (Chars.Length - UsedChars < length)
        {
            var larger = new char[Math.Max(Chars.Length * 2, UsedChars + length + 256)];
            Chars.AsSpan(0, UsedChars).CopyTo(larger);
            Chars = larger;
        }
    }

    /// <summary>Forgets the rows held, keeping the memory unless a long row made it grow far.</summary>
    internal void Clear()
    {
        UsedChars = 0;
        UsedCells = 0;
        if (Chars.Length > MaxKeptChars)
        {
            Chars = new char[initialChars];
        }
    }

    /// <summary>The most characters a store keeps from one use to the next.</summary>
    internal const int MaxKeptChars = 1 << 20;
}
