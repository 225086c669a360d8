using System;
using System.IO;
using ConflictModel.Serialization;

namespace ConflictModel.Merging;

/// <summary>
/// One input of <see cref="DossierMerger.MergeAsync"/>: a dossier in memory, or an NDJSON dossier that is read in parts
/// so that the input is never held whole.
/// </summary>
/// <remarks>
/// <para>An NDJSON input is opened three times, each time read from its start to its end: once for the countries its
/// actors' events take place in (what the actors are resolved with), once to match its events with those merged
/// before it, and once to add its claims and events. A source that cannot be read again (standard input, a network
/// stream) is read whole with <see cref="DossierNdjson.ReadAsync"/> and given as a dossier instead.</para>
/// <para>Equality compares the dossier by value and the way to open the stream by reference. This type is immutable
/// and thread-safe; the streams it opens are read by one merge at a time.</para>
/// </remarks>
public sealed record DossierMergeInput
{
    private DossierMergeInput(Dossier? dossier, Func<Stream>? open, string? name, DossierJsonOptions? options)
    {
        Dossier = dossier;
        Open = open;
        Name = name;
        Options = options;
    }

    /// <summary>Gets the dossier of an input held in memory; null for an NDJSON input.</summary>
    public Dossier? Dossier { get; }

    /// <summary>Gets how an NDJSON input's stream is opened, each time from its start; null for a dossier.</summary>
    public Func<Stream>? Open { get; }

    /// <summary>Gets the name an NDJSON input is known by in messages (such as its path); null when none was given.</summary>
    public string? Name { get; }

    /// <summary>Gets the options an NDJSON input is read with; null for <see cref="DossierJsonOptions.Default"/>.</summary>
    public DossierJsonOptions? Options { get; }

    /// <summary>Gets a value indicating whether the input is read in parts from NDJSON.</summary>
    public bool IsNdjson => Open is not null;

    /// <summary>An input held in memory.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static DossierMergeInput FromDossier(Dossier dossier) => new(Preconditions.CheckNotNull(dossier), null, null, null);

    /// <summary>An NDJSON input (see <see cref="DossierNdjson"/>), read in parts from a stream that can be opened again.</summary>
    /// <param name="open">Opens the stream at its start; called three times for each merge, each stream disposed once read.</param>
    /// <param name="name">The name the input is known by in messages, or null.</param>
    /// <param name="options">The options to read it with, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public static DossierMergeInput FromNdjson(Func<Stream> open, string? name = null, DossierJsonOptions? options = null) =>
        new(null, Preconditions.CheckNotNull(open), name, options);

    /// <summary>An NDJSON file (see <see cref="DossierNdjson"/>), read in parts.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The options to read it with, or null for <see cref="DossierJsonOptions.Default"/>.</param>
    /// <returns>The input; the file is opened only when the merge reads it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or blank.</exception>
    public static DossierMergeInput FromNdjsonFile(string path, DossierJsonOptions? options = null)
    {
        Preconditions.CheckNotBlank(path);
        return new(null, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), path, options);
    }

    /// <summary>An input held in memory.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static implicit operator DossierMergeInput(Dossier dossier) => FromDossier(dossier);

    /// <summary>Describes the input.</summary>
    /// <returns>For example <c>a dossier of 120 events</c> or <c>NDJSON acled.ndjson</c>.</returns>
    public override string ToString() =>
        Dossier is { } d ? FormattableString.Invariant($"a dossier of {d.Events.Count} events") : "NDJSON " + (Name ?? "stream");
}
