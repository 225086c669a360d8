using System;
using System.Diagnostics.Contracts;

namespace ConflictModel;

/// <summary>
/// One assertion with its attribution: what is asserted, who said it and through whom, in which
/// mode and modality, the verbatim quote and where it stands in the report, the wording the source
/// chose beside a neutral term, and how credible it is.
/// </summary>
/// <remarks>
/// Nothing in a war report is a bare fact: events, control of territory, memberships, relations
/// and figures point back to the claims that establish them. This type is immutable and
/// thread-safe; the "with" methods return new instances.
/// </remarks>
public sealed record Claim
{
    /// <summary>Initializes a claim.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="assertion">What is asserted.</param>
    /// <param name="attribution">Who asserted it and through whom.</param>
    /// <param name="report">The report that carries the claim, or null.</param>
    /// <param name="quote">The verbatim words, or null.</param>
    /// <param name="wording">The source's word beside a neutral term, or null.</param>
    /// <param name="credibility">The Admiralty credibility grade; <see cref="Credibility.CannotBeJudged"/> by default.</param>
    /// <param name="modality">Whether the claim asserts, forecasts, supposes or denies.</param>
    /// <param name="extensions">Host data and members this library does not know, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assertion"/> or <paramref name="attribution"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is the default value, or an enum value is undefined.</exception>
    public Claim(ClaimId id, ClaimAssertion assertion, Attribution attribution, ReportId? report = null, Quote? quote = null,
        Wording? wording = null, Credibility credibility = Credibility.CannotBeJudged, Modality modality = Modality.Asserted,
        ExtensionData? extensions = null)
    {
        Id = Checks.Id(id);
        Assertion = Preconditions.CheckNotNull(assertion);
        Attribution = Preconditions.CheckNotNull(attribution);
        this.report = Checks.OptionalId(report) ?? default;
        Quote = quote;
        Credibility = Preconditions.CheckDefined(credibility);
        Modality = Preconditions.CheckDefined(modality);
        Rare = RareFields<Wording>.Of(wording, extensions);
    }

    /// <summary>Gets the claim's id.</summary>
    public ClaimId Id { get; }

    /// <summary>Gets what is asserted.</summary>
    public ClaimAssertion Assertion { get; private init; }

    /// <summary>Gets who asserted it and through whom.</summary>
    public Attribution Attribution { get; private init; }

    // Kept as the non-null id, whose default value stands for none: 8 bytes instead of 16.
    private ReportId report { get; init; }

    /// <summary>Gets the report that carries the claim, or null.</summary>
    public ReportId? Report => report.IsDefault ? null : report;

    /// <summary>Gets the verbatim words, or null.</summary>
    public Quote? Quote { get; private init; }

    /// <summary>Gets the source's word beside a neutral term, or null.</summary>
    public Wording? Wording => Rare?.Value;

    // The wording and the extension data are rarely given: one field for both.
    private RareFields<Wording>? Rare { get; init; }

    /// <summary>Gets the Admiralty credibility grade.</summary>
    public Credibility Credibility { get; private init; }

    /// <summary>Gets whether the claim asserts, forecasts, supposes or denies.</summary>
    public Modality Modality { get; private init; }

    /// <summary>Gets the original source; shorthand for <c>Attribution.Source</c>.</summary>
    public SourceId Source => Attribution.Source;

    /// <summary>
    /// Gets a value indicating whether the claim says that its assertion is not so: its modality is
    /// <see cref="Modality.Negated"/> or its source <see cref="AttributionMode.Denied"/> it.
    /// </summary>
    public bool IsNegative => Modality == Modality.Negated || Attribution.Mode == AttributionMode.Denied;

    /// <summary>
    /// Gets a value indicating whether the claim speaks of what is or was, rather than of what will
    /// or might be: only such claims corroborate or contradict others.
    /// </summary>
    public bool IsFactual => Modality is Modality.Asserted or Modality.Negated;

    /// <summary>Returns a copy with another credibility grade.</summary>
    /// <param name="credibility">The new grade.</param>
    /// <returns>A new claim.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="credibility"/> is undefined.</exception>
    [Pure]
    public Claim WithCredibility(Credibility credibility) => this with { Credibility = Preconditions.CheckDefined(credibility) };

    /// <summary>Returns a copy that asserts something else, keeping the attribution, quote and the rest.</summary>
    /// <param name="assertion">The new assertion.</param>
    /// <returns>A new claim.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assertion"/> is null.</exception>
    [Pure]
    public Claim WithAssertion(ClaimAssertion assertion) => this with { Assertion = Preconditions.CheckNotNull(assertion) };

    /// <summary>Returns a copy with another attribution (another source, mode or relay chain).</summary>
    /// <param name="attribution">The new attribution.</param>
    /// <returns>A new claim.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="attribution"/> is null.</exception>
    [Pure]
    public Claim WithAttribution(Attribution attribution) => this with { Attribution = Preconditions.CheckNotNull(attribution) };

    /// <summary>Returns a copy carried by another report, or by none.</summary>
    /// <param name="report">The new report, or null for none.</param>
    /// <returns>A new claim.</returns>
    /// <exception cref="ArgumentException"><paramref name="report"/> is the default value.</exception>
    [Pure]
    public Claim WithReport(ReportId? report) => this with { report = Checks.OptionalId(report) ?? default };

    /// <summary>Returns a copy with other verbatim words, or none.</summary>
    /// <param name="quote">The new quote, or null for none.</param>
    /// <returns>A new claim.</returns>
    [Pure]
    public Claim WithQuote(Quote? quote) => this with { Quote = quote };

    /// <summary>Returns a copy with another wording, or none.</summary>
    /// <param name="wording">The new wording, or null for none.</param>
    /// <returns>A new claim.</returns>
    [Pure]
    public Claim WithWording(Wording? wording) => this with { Rare = RareFields<Wording>.Of(wording, Extensions) };

    /// <summary>Returns a copy with another modality; see <see cref="IsNegative"/> for when to deny and when to negate.</summary>
    /// <param name="modality">The new modality.</param>
    /// <returns>A new claim.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="modality"/> is undefined.</exception>
    [Pure]
    public Claim WithModality(Modality modality) => this with { Modality = Preconditions.CheckDefined(modality) };

    /// <summary>Gets host data and members this library does not know, kept as raw JSON.</summary>
    public ExtensionData Extensions => Rare?.Extensions ?? ExtensionData.Empty;

    /// <summary>Returns a copy with other extension data.</summary>
    /// <param name="extensions">The new extension data.</param>
    /// <returns>A new claim.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="extensions"/> is null.</exception>
    [Pure]
    public Claim WithExtensions(ExtensionData extensions) => this with { Rare = RareFields<Wording>.Of(Wording, Preconditions.CheckNotNull(extensions)) };

    /// <summary>Returns the claim's id, source and assertion.</summary>
    /// <returns>Such as <c>c1: army (stated): event capture-boukamal happened</c>.</returns>
    public override string ToString() => $"{Id}: {Attribution}: {(IsNegative ? "NOT " : string.Empty)}{Assertion}";
}
