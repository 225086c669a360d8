using System;

namespace ConflictModel.Serialization;

/// <summary>
/// Thrown when a document cannot be read as a dossier: it is not JSON, not a ConflictModel
/// document, of a version this library does not read, has a value of the wrong type, or goes over
/// a limit of <see cref="DossierJsonOptions"/>. The message says where (JSON path, line and byte
/// position in the line) and what was expected.
/// </summary>
/// <remarks>
/// Problems of meaning, such as a reference to a missing id or a latitude of 120, are not format
/// errors: the document is read and <see cref="Validation.DossierValidator"/> reports them.
/// </remarks>
public sealed class DossierFormatException : Exception
{
    /// <summary>Initializes an exception with no detail; prefer the constructor that locates the problem.</summary>
    public DossierFormatException()
        : base("The document is not a ConflictModel dossier.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public DossierFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DossierFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception that locates the problem.</summary>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="path">The JSON path of the offending value, such as <c>$.events[3].date</c>.</param>
    /// <param name="lineNumber">The line of the offending value, counted from 1, or null when unknown.</param>
    /// <param name="bytePositionInLine">The byte position in that line, counted from 1, or null when unknown.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DossierFormatException(string problem, string path, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(Compose(problem, path, lineNumber, bytePositionInLine), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Initializes an exception that locates the problem by line and column, as an editor shows them.</summary>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="path">The JSON path of the offending value, such as <c>$.events[3].date</c>.</param>
    /// <param name="lineNumber">The line of the offending value, counted from 1, or null when unknown.</param>
    /// <param name="bytePositionInLine">The byte position in that line, counted from 1, or null when unknown.</param>
    /// <param name="columnInLine">The position in that line in characters (Unicode scalar values), counted from 1, or null when unknown.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DossierFormatException(string problem, string path, long? lineNumber, long? bytePositionInLine, long? columnInLine, Exception? innerException = null)
        : base(Compose(problem, path, lineNumber, bytePositionInLine, columnInLine), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        ColumnInLine = columnInLine;
    }

    /// <summary>Gets the JSON path of the offending value, or null when unknown.</summary>
    public string? Path { get; }

    /// <summary>Gets the line of the offending value, counted from 1, or null when unknown.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the byte position in that line, counted from 1, or null when unknown.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>
    /// Gets the position in that line in characters (Unicode scalar values), counted from 1, as an
    /// editor shows it (it differs from <see cref="BytePositionInLine"/> after a character outside
    /// ASCII), or null when unknown.
    /// </summary>
    public long? ColumnInLine { get; }

    private static string Compose(string problem, string path, long? line, long? position, long? column = null) => (line, column, position) switch
    {
        ({ } l, { } c, _) => $"{path} (line {l}, column {c}): {problem}",
        ({ } l, null, { } p) => $"{path} (line {l}, byte {p}): {problem}",
        _ => $"{path}: {problem}",
    };
}
