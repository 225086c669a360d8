using System;

namespace ConflictModel.Interop;

/// <summary>A CSV file cannot be read: a required header is missing, or (in strict mode) a row is bad.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public abstract class CsvFormatException : FormatException
{
    /// <summary>Creates an exception with a default message.</summary>
    protected CsvFormatException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    protected CsvFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    protected CsvFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that names where the problem is.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="line">The 1-based line of the file where the row starts, or 0 when unknown.</param>
    /// <param name="column">The column name, or null.</param>
    /// <param name="code">The diagnostic code, or null.</param>
    /// <param name="innerException">The cause, or null.</param>
    protected CsvFormatException(string message, int line, string? column, string? code, Exception? innerException = null) : base(message, innerException)
    {
        Line = line;
        Column = column;
        Code = code;
    }

    /// <summary>The 1-based line of the file where the bad row starts, or 0 when the problem is not in one row.</summary>
    public int Line { get; }

    /// <summary>The name of the bad column, or null.</summary>
    public string? Column { get; }

    /// <summary>The diagnostic code of the bad row, or null when the header is at fault.</summary>
    public string? Code { get; }
}
