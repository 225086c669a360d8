using System;

namespace ConflictModel.Interop;

/// <summary>An ACLED CSV file cannot be read: a required header is missing, or (in strict mode) a row is bad.</summary>
/// <remarks>Instances are immutable and safe to share between threads. <see cref="CsvFormatException.Code"/> is one of <see cref="AcledDiagnostics"/>.</remarks>
public sealed class AcledFormatException : CsvFormatException
{
    /// <summary>Creates an exception with a default message.</summary>
    public AcledFormatException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public AcledFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AcledFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that names where the problem is.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="line">The 1-based line of the file where the row starts, or 0 when unknown.</param>
    /// <param name="column">The column name, or null.</param>
    /// <param name="code">The diagnostic code, or null.</param>
    public AcledFormatException(string message, int line, string? column, string? code = null) : base(message, line, column, code)
    {
    }

    /// <summary>Creates an exception that names where the problem is and what caused it.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="line">The 1-based line of the file where the row starts, or 0 when unknown.</param>
    /// <param name="column">The column name, or null.</param>
    /// <param name="code">The diagnostic code, or null.</param>
    /// <param name="innerException">The cause.</param>
    public AcledFormatException(string message, int line, string? column, string? code, Exception innerException)
        : base(message, line, column, code, innerException)
    {
    }
}
