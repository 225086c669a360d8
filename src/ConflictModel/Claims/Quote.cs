using System;

namespace ConflictModel;

/// <summary>
/// The verbatim words of a claim, in their original language, and where they stand in the report
/// that carries the claim.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Quote
{
    /// <summary>Initializes a quote.</summary>
    /// <param name="text">The words exactly as written.</param>
    /// <param name="language">Their language.</param>
    /// <param name="span">Where they stand in the report's text, or null when the text is not kept.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or <paramref name="language"/> is the default value.</exception>
    public Quote(string text, LanguageTag language, TextSpan? span = null, ExtensionData? extensions = null)
    {
        Text = Preconditions.CheckNotBlank(text);
        Preconditions.CheckArgument(language.Value is not null, nameof(language), "The default LanguageTag is not a language.");
        Language = language;
        rare = RareFields<TextSpan?>.Of(span, extensions);
    }

    /// <summary>Gets the words exactly as written.</summary>
    public string Text { get; }

    /// <summary>Gets their language.</summary>
    public LanguageTag Language { get; }

    // The span and the extension data are rarely given: one field for both.
    private readonly RareFields<TextSpan?>? rare;

    /// <summary>Gets where they stand in the report's text, or null.</summary>
    public TextSpan? Span => rare?.Value;

    /// <summary>Creates a quote and finds its span in <paramref name="reportText"/>.</summary>
    /// <param name="reportText">The report's full text.</param>
    /// <param name="text">The words, which must occur in the report's text.</param>
    /// <param name="language">Their language.</param>
    /// <returns>The quote with its span.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The words do not occur in the report's text, or are blank.</exception>
    public static Quote Locate(string reportText, string text, LanguageTag language)
    {
        var span = TextSpan.Find(reportText, text)
            ?? throw new ArgumentException("The quoted words do not occur in the report's text; check them character for character.", nameof(text));
        return new Quote(text, language, span);
    }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions => rare?.Extensions ?? ExtensionData.Empty;

    /// <summary>Returns the words in quotation marks with their language.</summary>
    /// <returns>Such as <c>« ont libéré Boukamal » [fr]</c>.</returns>
    public override string ToString() => $"« {Text} » [{Language}]";
}
