using System;
using System.Diagnostics.Contracts;
using NodaTime;

namespace ConflictModel;

/// <summary>
/// A document that carries claims: a news dispatch, a communiqué, a monitor's bulletin. It has a
/// publisher, a publication instant in the publisher's time zone, a language, a title, and
/// optionally its address and its full text, against which quotes give their character spans.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Report
{
    /// <summary>Initializes a report.</summary>
    /// <param name="id">The report's id.</param>
    /// <param name="publisher">The source that published the report (AFP for a dispatch).</param>
    /// <param name="published">When the report was published, in the time zone it was published in.</param>
    /// <param name="language">The language of the report.</param>
    /// <param name="title">The report's title or headline.</param>
    /// <param name="url">Where the report can be read, or null.</param>
    /// <param name="text">The report's full text, or null.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <param name="isPublishedTimeKnown">
    /// False when only the day of publication is known (a relayed report that gives its date, not its
    /// time): <paramref name="published"/> then stands for its day in its time zone, and its time of
    /// day is set to the start of that day.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">An id or the language is the default value, the title is blank, or <paramref name="url"/> is not absolute.</exception>
    public Report(ReportId id, SourceId publisher, ZonedDateTime published, LanguageTag language, string title, Uri? url = null, string? text = null,
        ExtensionData? extensions = null, bool isPublishedTimeKnown = true)
    {
        Id = Checks.Id(id);
        Publisher = Checks.Id(publisher);
        Published = isPublishedTimeKnown ? published : published.Date.AtStartOfDayInZone(published.Zone);
        IsPublishedTimeKnown = isPublishedTimeKnown;
        Preconditions.CheckArgument(language.Value is not null, nameof(language), "The default LanguageTag is not a language.");
        Language = language;
        Title = Preconditions.CheckNotBlank(title);
        // On Unix "/reports/1" parses as an absolute file URI; a path is not an address.
        Preconditions.CheckArgument(url is null || (url.IsAbsoluteUri && (!url.IsFile || url.OriginalString.StartsWith("file:", StringComparison.OrdinalIgnoreCase))),
            nameof(url), "The address of a report must be an absolute URI with a scheme, such as https://www.afp.com/….");
        Url = url;
        Text = text;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the report's id.</summary>
    public ReportId Id { get; }

    /// <summary>Gets the source that published the report.</summary>
    public SourceId Publisher { get; }

    /// <summary>Gets when the report was published, in its time zone; the start of the day when only the day is known.</summary>
    public ZonedDateTime Published { get; }

    /// <summary>Gets a value indicating whether the time of publication is known, not only its day.</summary>
    public bool IsPublishedTimeKnown { get; }

    /// <summary>Gets the publication date in the report's own time zone, against which "jeudi" is resolved.</summary>
    public LocalDate PublishedDate => Published.Date;

    /// <summary>Gets the language of the report.</summary>
    public LanguageTag Language { get; }

    /// <summary>Gets the report's title.</summary>
    public string Title { get; }

    /// <summary>Gets where the report can be read, or null.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the report's full text, or null.</summary>
    public string? Text { get; }

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; private init; }

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public Report WithExtensions(ExtensionData extensions) => this with { Extensions = Preconditions.CheckNotNull(extensions) };

    /// <summary>Returns the report's id and title.</summary>
    /// <returns>Such as <c>afp-2017-11-09 (Syrie: l'EI perd Boukamal)</c>.</returns>
    public override string ToString() => $"{Id} ({Title})";
}
