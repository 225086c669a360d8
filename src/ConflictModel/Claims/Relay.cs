namespace ConflictModel;

/// <summary>
/// One step in the chain that brought a claim to the reader: a source that passed it on, and the
/// report in which it did (AFP relaying the OSDH in its dispatch).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Relay
{
    /// <summary>Initializes a relay step.</summary>
    /// <param name="source">The source that passed the claim on.</param>
    /// <param name="report">The report in which it did, or null.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="System.ArgumentException">An id is the default value.</exception>
    public Relay(SourceId source, ReportId? report = null, ExtensionData? extensions = null)
    {
        Source = Checks.Id(source);
        this.report = Checks.OptionalId(report) ?? default;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the source that passed the claim on.</summary>
    public SourceId Source { get; }

    /// <summary>Gets the report in which it did, or null.</summary>
    public ReportId? Report => report.IsDefault ? null : report;

    // Kept as the non-null id, whose default value stands for none: 8 bytes instead of 16.
    private readonly ReportId report;

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Returns the relaying source and report.</summary>
    /// <returns>Such as <c>afp in afp-2017-11-09</c>.</returns>
    public override string ToString() => Report is { } report ? $"{Source} in {report}" : Source.ToString();
}
