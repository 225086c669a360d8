using System;

namespace ConflictModel.Interop;

/// <summary>
/// The bytes of a CSV file are not text in the encoding it is read with. Thrown by <see cref="CsvTextReader"/> and turned by
/// the importer into the format's own exception, with the same message and line.
/// </summary>
internal sealed class CsvTextException : Exception
{
    internal CsvTextException(string message, int line, long offset) : base(message)
    {
        Line = line;
        Offset = offset;
    }

    /// <summary>The 1-based line of the file where the bad bytes stand.</summary>
    internal int Line { get; }

    /// <summary>The 0-based offset of the first bad byte in the file.</summary>
    internal long Offset { get; }
}
