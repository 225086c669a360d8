using System;

namespace ConflictModel;

/// <summary>One name of an entity, in one language and script, with how it is used.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Name
{
    /// <summary>Initializes a name.</summary>
    /// <param name="text">The name as written, in any script ("Boukamal", "البوكمال").</param>
    /// <param name="language">The language of the name, or null when it is the same in every language.</param>
    /// <param name="use">How the name is used.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or <paramref name="use"/> is not defined.</exception>
    public Name(string text, LanguageTag? language = null, NameUse use = NameUse.Label, ExtensionData? extensions = null)
    {
        Text = Preconditions.CheckNotBlank(text);
        Language = language is { Value: null } ? throw new ArgumentException("The default LanguageTag is not a language; pass null for none.", nameof(language)) : language;
        Use = Preconditions.CheckDefined(use);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the name as written.</summary>
    public string Text { get; }

    /// <summary>Gets the language of the name, or null when it is not tied to a language.</summary>
    public LanguageTag? Language { get; }

    /// <summary>Gets how the name is used.</summary>
    public NameUse Use { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Returns the name's text followed by its language in brackets.</summary>
    /// <returns>Such as <c>Boukamal [fr]</c>.</returns>
    public override string ToString() => Language is { } lang ? $"{Text} [{lang}]" : Text;
}
