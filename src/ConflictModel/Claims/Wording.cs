using System;

namespace ConflictModel;

/// <summary>
/// The word a source chose beside a neutral term for the same thing: the army "libéré" Boukamal,
/// which neutral reporting calls "captured".
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Wording
{
    /// <summary>Initializes a wording.</summary>
    /// <param name="sourceTerm">The source's word, as written ("libéré").</param>
    /// <param name="neutralTerm">The neutral term ("captured").</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public Wording(string sourceTerm, string neutralTerm, ExtensionData? extensions = null)
    {
        SourceTerm = Preconditions.CheckNotBlank(sourceTerm);
        NeutralTerm = Preconditions.CheckNotBlank(neutralTerm);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the source's word.</summary>
    public string SourceTerm { get; }

    /// <summary>Gets the neutral term.</summary>
    public string NeutralTerm { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Returns both terms.</summary>
    /// <returns>Such as <c>"libéré" (neutral: captured)</c>.</returns>
    public override string ToString() => $"\"{SourceTerm}\" (neutral: {NeutralTerm})";
}
