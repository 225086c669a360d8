using System;
using System.Text.RegularExpressions;

namespace ConflictModel.Validation;

/// <summary>
/// What a diagnostic code means: its stable code, a short title, its default severity, its
/// category and a description of what triggers it. Every rule has one.
/// </summary>
/// <remarks>
/// Codes are two to ten capital letters followed by four digits. The prefix <c>CM</c> is the
/// library's own; a host application uses a prefix of its own (<c>ACME0001</c>).
/// This type is immutable and thread-safe.
/// </remarks>
public sealed partial record DiagnosticDescriptor
{
    /// <summary>The prefix of the library's own codes.</summary>
    public const string BuiltInPrefix = "CM";

    /// <summary>Initializes a descriptor.</summary>
    /// <param name="code">The stable code, such as <c>CM1001</c>.</param>
    /// <param name="title">A short title, such as "Duplicate id".</param>
    /// <param name="defaultSeverity">The severity unless a validator changes it.</param>
    /// <param name="category">The family of the code.</param>
    /// <param name="description">What triggers the diagnostic.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The code is malformed, a text is blank, or an enum value is undefined.</exception>
    public DiagnosticDescriptor(string code, string title, Severity defaultSeverity, DiagnosticCategory category, string description)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(IsWellFormedCode(code), nameof(code),
            $"Malformed diagnostic code \"{code}\": use 2 to 10 capital letters followed by 4 digits, such as ACME0001.");
        Code = code;
        Title = Preconditions.CheckNotBlank(title);
        DefaultSeverity = Preconditions.CheckDefined(defaultSeverity);
        Category = Preconditions.CheckDefined(category);
        Description = Preconditions.CheckNotBlank(description);
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the severity unless a validator changes it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets the family of the code.</summary>
    public DiagnosticCategory Category { get; }

    /// <summary>Gets what triggers the diagnostic.</summary>
    public string Description { get; }

    /// <summary>Tells whether <paramref name="code"/> is a well-formed diagnostic code.</summary>
    /// <param name="code">The candidate code.</param>
    /// <returns>True for 2 to 10 capital ASCII letters followed by 4 digits.</returns>
    public static bool IsWellFormedCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>Returns the code and title.</summary>
    /// <returns>Such as <c>CM1001 Duplicate id</c>.</returns>
    public override string ToString() => $"{Code} {Title}";

    [GeneratedRegex("^[A-Z]{2,10}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
