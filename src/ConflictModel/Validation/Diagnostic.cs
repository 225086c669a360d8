using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace ConflictModel.Validation;

/// <summary>
/// One thing wrong or doubtful in a dossier: its stable code, its severity, the JSON path of the
/// offending value (<c>$.events[3].participants[0].actor</c>), the ids of the entities involved, a
/// message a person can act on, and the value found where there is one.
/// </summary>
/// <remarks>
/// Paths use the names and order of the JSON document format, so that a diagnostic found in a
/// dossier read from a file points into that file. This type is immutable and thread-safe, and
/// it serializes with System.Text.Json.
/// </remarks>
public sealed record Diagnostic
{
    /// <summary>Initializes a diagnostic.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">The severity, after the validator's settings.</param>
    /// <param name="path">The JSON path of the offending value, starting with <c>$</c>.</param>
    /// <param name="message">What is wrong, what was found and what is allowed.</param>
    /// <param name="entityIds">The ids of the entities involved.</param>
    /// <param name="attemptedValue">The offending value as text, or null.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The code is malformed, the path does not start with <c>$</c>, or the message is blank.</exception>
    [JsonConstructor]
    public Diagnostic(string code, Severity severity, string path, string message, IReadOnlyList<string>? entityIds = null, string? attemptedValue = null)
    {
        Preconditions.CheckArgument(DiagnosticDescriptor.IsWellFormedCode(Preconditions.CheckNotNull(code)), nameof(code), $"Malformed diagnostic code \"{code}\".");
        Code = code;
        Severity = Preconditions.CheckDefined(severity);
        Preconditions.CheckArgument(Preconditions.CheckNotNull(path).StartsWith('$'), nameof(path), "A diagnostic path starts with '$'.");
        Path = path;
        Message = Preconditions.CheckNotBlank(message);
        EntityIds = ValueList<string>.From(entityIds, nameof(entityIds));
        AttemptedValue = attemptedValue;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, what was found and what is allowed.</summary>
    public string Message { get; }

    /// <summary>Gets the ids of the entities involved.</summary>
    public IReadOnlyList<string> EntityIds { get; }

    /// <summary>Gets the offending value as text, or null.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Returns the diagnostic on one line.</summary>
    /// <returns>Such as <c>CM2001 error $.events[0].place: …</c>.</returns>
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} {Path}: {Message}";
}
