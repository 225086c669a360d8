using System;
using System.Collections.Generic;

namespace ConflictModel;

/// <summary>The kind of a <see cref="Source"/> of claims.</summary>
/// <remarks>
/// An open vocabulary: the static fields are the well-known terms, and a host application may
/// create its own with the constructor (see <see cref="VocabularySyntax"/>). Terms compare
/// ordinally by their text. This type is immutable and thread-safe.
/// </remarks>
public readonly record struct SourceKind : IVocabularyTerm
{
    /// <summary>Initializes a term from its text.</summary>
    /// <param name="value">The term; see <see cref="VocabularySyntax"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed term.</exception>
    public SourceKind(string value) => Value = VocabularySyntax.Check(value, "source kind");

    /// <inheritdoc />
    public string Value { get; }

    /// <summary>A non-governmental monitor such as the Syrian Observatory for Human Rights (OSDH/SOHR).</summary>
    public static readonly SourceKind NgoMonitor = new("ngo-monitor");

    /// <summary>A statement by a party to the conflict, such as an army communiqué.</summary>
    public static readonly SourceKind PartyStatement = new("party-statement");

    /// <summary>An intergovernmental organisation such as the UN or one of its agencies.</summary>
    public static readonly SourceKind IntergovernmentalOrganization = new("igo");

    /// <summary>A news agency such as AFP that relays other sources.</summary>
    public static readonly SourceKind NewsAgency = new("news-agency");

    /// <summary>A newspaper, broadcaster or news site.</summary>
    public static readonly SourceKind NewsOutlet = new("news-outlet");

    /// <summary>A journalist reporting what they saw, such as an AFP correspondent.</summary>
    public static readonly SourceKind Correspondent = new("correspondent");

    /// <summary>A named official speaking for an institution, such as a head of state.</summary>
    public static readonly SourceKind NamedOfficial = new("named-official");

    /// <summary>An unnamed source with a described affiliation ("a source among pro-regime militias").</summary>
    public static readonly SourceKind Anonymous = new("anonymous");

    /// <summary>A social-media account or channel.</summary>
    public static readonly SourceKind SocialMedia = new("social-media");

    /// <summary>Gets the well-known terms of this vocabulary.</summary>
    public static IReadOnlyList<SourceKind> WellKnown { get; } = [NgoMonitor, PartyStatement, IntergovernmentalOrganization, NewsAgency, NewsOutlet, Correspondent, NamedOfficial, Anonymous, SocialMedia];

    /// <summary>Gets a value indicating whether this term is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => ((IList<SourceKind>)WellKnown).Contains(this);

    /// <summary>Returns the text of the term.</summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString() => Value ?? string.Empty;
}
