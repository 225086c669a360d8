using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel;

/// <summary>
/// Who made a claim and how it reached the reader: the original source, the sources that relayed
/// it (nearest the source first), the mode (stated, observed, estimated, denied, reported), and
/// when it was said.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Attribution
{
    /// <summary>Initializes an attribution.</summary>
    /// <param name="source">The original source.</param>
    /// <param name="mode">How the source put the claim forward.</param>
    /// <param name="relays">The sources that relayed it, nearest the source first; empty when the reader had it first-hand.</param>
    /// <param name="statedOn">When the source said it, or null when unknown.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="ArgumentException">An id or the mode is the default value, or <paramref name="relays"/> holds a null.</exception>
    public Attribution(SourceId source, AttributionMode mode, IEnumerable<Relay>? relays = null, FuzzyDate? statedOn = null, ExtensionData? extensions = null)
    {
        Source = Checks.Id(source);
        Mode = Checks.Term(mode);
        Relays = ValueList<Relay>.From(relays, nameof(relays));
        rare = RareFields<FuzzyDate?>.Of(statedOn, extensions);
    }

    /// <summary>Gets the original source.</summary>
    public SourceId Source { get; }

    /// <summary>Gets how the source put the claim forward.</summary>
    public AttributionMode Mode { get; }

    /// <summary>Gets the sources that relayed the claim, nearest the source first.</summary>
    public IReadOnlyList<Relay> Relays { get; }

    // The date and the extension data are rarely given: one field for both.
    private readonly RareFields<FuzzyDate?>? rare;

    /// <summary>Gets when the source said it, or null.</summary>
    public FuzzyDate? StatedOn => rare?.Value;

    /// <summary>Gets a value indicating whether the claim reached the reader through another source.</summary>
    public bool IsRelayed => Relays.Count > 0;

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions => rare?.Extensions ?? ExtensionData.Empty;

    /// <summary>Returns the chain as "source via relay via relay".</summary>
    /// <returns>Such as <c>osdh (stated) via afp</c>.</returns>
    public override string ToString() =>
        $"{Source} ({Mode})" + string.Concat(Relays.Select(r => " via " + r.Source));
}
