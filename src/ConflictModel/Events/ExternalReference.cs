namespace ConflictModel;

/// <summary>
/// The id of an entity in another dataset, such as ACLED's <c>event_id_cnty</c> or UCDP GED's
/// <c>id</c>, kept so that data can go back where it came from.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExternalReference
{
    /// <summary>The scheme of ACLED event ids (<c>event_id_cnty</c>).</summary>
    public const string Acled = "acled";

    /// <summary>The scheme of UCDP GED event ids.</summary>
    public const string UcdpGed = "ucdp-ged";

    /// <summary>Initializes a reference.</summary>
    /// <param name="scheme">The dataset, as a vocabulary term such as <see cref="Acled"/>.</param>
    /// <param name="value">The id in that dataset.</param>
    /// <param name="extensions">Members of the document this library does not know, or a host's data, kept as raw JSON; null for none.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The scheme is not a well-formed term, or the value is blank.</exception>
    public ExternalReference(string scheme, string value, ExtensionData? extensions = null)
    {
        Scheme = VocabularySyntax.Check(scheme, "reference scheme", nameof(scheme));
        Value = Preconditions.CheckNotBlank(value);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>Gets the dataset.</summary>
    public string Scheme { get; }

    /// <summary>Gets the id in that dataset.</summary>
    public string Value { get; }

    /// <summary>Gets members of the document this library does not know, or a host's data, kept as raw JSON.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Returns the scheme and value.</summary>
    /// <returns>Such as <c>acled:SYR12345</c>.</returns>
    public override string ToString() => $"{Scheme}:{Value}";
}
