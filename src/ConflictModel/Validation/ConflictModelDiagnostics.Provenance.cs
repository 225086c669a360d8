namespace ConflictModel.Validation;

public static partial class ConflictModelDiagnostics
{
    /// <summary>CM5001: no claim supports an event.</summary>
    public static readonly DiagnosticDescriptor EventWithoutClaim = new(
        "CM5001", "Event without a claim", Severity.Warning, DiagnosticCategory.Provenance,
        "An event has no supporting claim: no claim of fact that it lists or that refers to it asserts it without denying it, so nothing says who reported it.");

    /// <summary>CM5002: a source appears twice in the chain of a claim.</summary>
    public static readonly DiagnosticDescriptor RelayChainLoops = new(
        "CM5002", "Relay chain loops", Severity.Error, DiagnosticCategory.Provenance,
        "A claim's original source appears again among its relays, or one source relays the claim twice.");

    /// <summary>CM5003: a claim's report is published by a source outside the claim's chain.</summary>
    public static readonly DiagnosticDescriptor PublisherNotInChain = new(
        "CM5003", "Report publisher not in the chain", Severity.Warning, DiagnosticCategory.Provenance,
        "The report that carries a claim is published by a source that is neither the claim's original source nor one of its relays, nor of the same organisation as one of them.");

    /// <summary>CM5004: a relay's report is published by another source than the relay.</summary>
    public static readonly DiagnosticDescriptor RelayReportPublishedByAnother = new(
        "CM5004", "Relay report published by another source", Severity.Warning, DiagnosticCategory.Provenance,
        "A relay names a report that is published by another source than the relay, or than a source of the relay's organisation.");

    /// <summary>CM5005: a quote's span does not fit in its report's text.</summary>
    public static readonly DiagnosticDescriptor QuoteOutsideReportText = new(
        "CM5005", "Quote outside the report text", Severity.Error, DiagnosticCategory.Provenance,
        "A quote's character span ends beyond the end of the text of the claim's report.");

    /// <summary>CM5006: the report's text at a quote's span is not the quote.</summary>
    public static readonly DiagnosticDescriptor QuoteDoesNotMatchReportText = new(
        "CM5006", "Quote does not match the report text", Severity.Error, DiagnosticCategory.Provenance,
        "The text of the claim's report at the quote's character span is not, character for character, the quote's text.");

    /// <summary>CM5007: a quote has a span but no report text to locate it in.</summary>
    public static readonly DiagnosticDescriptor QuoteCannotBeLocated = new(
        "CM5007", "Quote cannot be located", Severity.Info, DiagnosticCategory.Provenance,
        "A quote gives a character span, but the claim has no report, or its report has no text, so the span cannot be checked.");

    /// <summary>CM5008: an event lists a claim that is not about it.</summary>
    public static readonly DiagnosticDescriptor ListedClaimNotAboutEvent = new(
        "CM5008", "Listed claim is not about the event", Severity.Warning, DiagnosticCategory.Provenance,
        "An event lists among its claims a claim whose assertion does not refer to the event.");
}
