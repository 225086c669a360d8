using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConflictModel.Serialization;

/// <summary>
/// How dossiers are read and written as JSON: limits that keep hostile documents harmless, the
/// indentation of what is written, and the host's own assertion and figure types.
/// </summary>
/// <remarks>
/// <para>Set everything before the first read or write with these options: that use freezes them,
/// as System.Text.Json freezes its own options, and a later change throws
/// <see cref="InvalidOperationException"/>.</para>
/// <para>Host types are registered with the source-generated type information of the host's own
/// JSON context, so that no type is ever chosen from a name in the input and reading stays
/// trimming- and AOT-safe. Once frozen, the options are thread-safe.</para>
/// </remarks>
public sealed class DossierJsonOptions
{
    private readonly Dictionary<string, HostType> assertions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HostType> figureShapes = new(StringComparer.Ordinal);
    private int maxDepth = 64;
    private int maxStringLength = 16 * 1024 * 1024;
    private int maxArrayLength = 50_000_000;
    private int maxDocumentBytes = int.MaxValue;
    private int maxNdjsonLineBytes = 64 * 1024 * 1024;
    private bool writeIndented = true;
    private volatile bool frozen;

    /// <summary>Gets the options used when none are given: the default limits, indented output, no host types.</summary>
    public static DossierJsonOptions Default { get; } = new DossierJsonOptions().Freeze();

    /// <summary>Gets or sets the deepest nesting of objects and arrays accepted; 64 by default, in [8-1000].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [8-1000].</exception>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        set => maxDepth = Set(Preconditions.CheckArgumentRange(value, 8, 1000));
    }

    /// <summary>Gets or sets the longest string accepted, in UTF-8 bytes; 16 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1024.</exception>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public int MaxStringLength
    {
        get => maxStringLength;
        set => maxStringLength = Set(Preconditions.CheckArgumentRange(value, 1024, int.MaxValue));
    }

    /// <summary>Gets or sets the most elements accepted in one array; 50 million by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public int MaxArrayLength
    {
        get => maxArrayLength;
        set => maxArrayLength = Set(Preconditions.CheckArgumentRange(value, 1, int.MaxValue));
    }

    /// <summary>
    /// Gets or sets the longest line accepted when reading NDJSON with <see cref="DossierNdjson"/>, in
    /// UTF-8 bytes without the line break; 64 MiB by default. A line is held in memory whole while it
    /// is read, so this bounds the memory a hostile stream can claim.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1024.</exception>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public int MaxNdjsonLineBytes
    {
        get => maxNdjsonLineBytes;
        set => maxNdjsonLineBytes = Set(Preconditions.CheckArgumentRange(value, 1024, int.MaxValue));
    }

    /// <summary>
    /// Gets or sets the largest whole document read from a stream, in bytes; by default the most
    /// one buffer can hold (2 GiB). Lower it for documents from untrusted sources: reading stops as
    /// soon as the stream goes past it. NDJSON streams have no such limit, only one per line.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1024.</exception>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public int MaxDocumentBytes
    {
        get => maxDocumentBytes;
        set => maxDocumentBytes = Set(Preconditions.CheckArgumentRange(value, 1024, int.MaxValue));
    }

    /// <summary>Gets or sets a value indicating whether written JSON is indented; true by default. NDJSON is never indented.</summary>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public bool WriteIndented
    {
        get => writeIndented;
        set => writeIndented = Set(value);
    }

    /// <summary>Gets a value indicating whether the options have been used and can no longer change.</summary>
    public bool IsFrozen => frozen;

    /// <summary>Registers a host's own kind of assertion under a discriminator of its own.</summary>
    /// <typeparam name="T">The host's assertion type.</typeparam>
    /// <param name="discriminator">The value of <c>"type"</c> in JSON; a vocabulary term with the host's namespace, such as <c>acme:checkpoint</c>.</param>
    /// <param name="typeInfo">The type's JSON information from the host's source-generated context; it reads and writes the members other than <c>"type"</c>.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The discriminator is malformed, is one of the library's, or is already registered.</exception>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public DossierJsonOptions AddAssertionType<T>(string discriminator, JsonTypeInfo<T> typeInfo)
        where T : ClaimAssertion
    {
        Register(assertions, JsonNames.AssertionTypes, discriminator, typeof(T), Preconditions.CheckNotNull(typeInfo));
        return this;
    }

    /// <summary>Registers a host's own shape of figure under a discriminator of its own.</summary>
    /// <typeparam name="T">The host's figure shape.</typeparam>
    /// <param name="discriminator">The value of <c>"shape"</c> in JSON, such as <c>acme:percentage</c>.</param>
    /// <param name="typeInfo">The type's JSON information from the host's source-generated context.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The discriminator is malformed, is one of the library's, or is already registered.</exception>
    /// <exception cref="InvalidOperationException">The options are frozen.</exception>
    public DossierJsonOptions AddFigureShape<T>(string discriminator, JsonTypeInfo<T> typeInfo)
        where T : FigureValue
    {
        Register(figureShapes, JsonNames.FigureShapes, discriminator, typeof(T), Preconditions.CheckNotNull(typeInfo));
        return this;
    }

    /// <summary>Makes the options read-only; reading or writing with them does this too.</summary>
    /// <returns>These options.</returns>
    public DossierJsonOptions Freeze()
    {
        frozen = true;
        return this;
    }

    internal bool TryGetAssertion(string discriminator, out HostType type) => assertions.TryGetValue(discriminator, out type!);

    internal bool TryGetFigureShape(string discriminator, out HostType type) => figureShapes.TryGetValue(discriminator, out type!);

    internal HostType? AssertionFor(Type type) => Find(assertions, type);

    internal HostType? FigureShapeFor(Type type) => Find(figureShapes, type);

    private static HostType? Find(Dictionary<string, HostType> registry, Type type)
    {
        foreach (var entry in registry.Values)
        {
            if (entry.ClrType == type)
            {
                return entry;
            }
        }
        return null;
    }

    private void Register(Dictionary<string, HostType> registry, IReadOnlyCollection<string> builtIn, string discriminator, Type type, JsonTypeInfo typeInfo)
    {
        Set(0);
        VocabularySyntax.Check(discriminator, "discriminator", nameof(discriminator));
        Preconditions.CheckArgument(!((ICollection<string>)builtIn).Contains(discriminator), nameof(discriminator),
            $"\"{discriminator}\" is one of the library's own discriminators; give host types a namespaced one, such as acme:{discriminator}.");
        Preconditions.CheckArgument(!registry.ContainsKey(discriminator), nameof(discriminator), $"\"{discriminator}\" is already registered.");
        Preconditions.CheckArgument(Find(registry, type) is null, nameof(typeInfo), $"{type.Name} is already registered under another discriminator.");
        Preconditions.CheckArgument(typeInfo.Type == type, nameof(typeInfo), $"The type information is for {typeInfo.Type.Name}, not {type.Name}.");
        registry.Add(discriminator, new HostType(discriminator, type, typeInfo));
    }

    private T Set<T>(T value)
    {
        if (frozen)
        {
            throw new InvalidOperationException(
                "These DossierJsonOptions have already been used to read or write, and can no longer change; set limits and register host types before the first use.");
        }
        return value;
    }

    /// <summary>A host type registered under a discriminator.</summary>
    internal sealed record HostType(string Discriminator, Type ClrType, JsonTypeInfo TypeInfo);
}
