using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictModel.Serialization;

namespace ConflictModel.Merging;

/// <summary>
/// Merges dossiers into one: actors and places resolved across names and languages, events
/// matched by place, time and type, and every input's claims kept with their own source, report
/// and relays.
/// </summary>
/// <remarks>
/// <para>Inputs are merged in the order given, each against what the earlier ones made. An actor
/// or place the <see cref="EntityResolver"/> finds <see cref="ResolutionDecision.Same"/> as a merged
/// one becomes it; an <see cref="ResolutionDecision.Ambiguous"/> one is kept separate and listed in
/// <see cref="DossierMergeResult.Ambiguities"/>, never merged silently. Sources with the same
/// primary name (case and accents aside; anonymous sources with an affiliation excepted) are one,
/// reports with the same address are one. An entity or event with the same id and content as one
/// an earlier input brought is that one, so merging a dossier with itself gives it back.</para>
/// <para>Events the <see cref="EventMatcher"/> matches become one event: the first input's type,
/// date, place and description, the participants, outcomes, claims and external references of all.
/// An input whose shared actors all stand on the other side of the merged event (datasets label
/// sides by conventions of their own) has its sides A and B swapped before its participants join.
/// A claim identical to an earlier input's (once ids are merged) is that claim; every other claim
/// is kept. Where matched events give different figures of one kind that cannot all be true, the
/// merged event drops that kind and each input's figure becomes a figure claim of each source that
/// supports its event (unless that input already had a figure claim of that kind for the event):
/// <see cref="Validation.DossierValidator"/> then reports the disagreement (CM6003), nothing is
/// averaged.</para>
/// <para>Ids are stable across runs: an entity keeps the id it has in the first input that brings
/// it; when a different entity of an earlier input already has that id, the id gets the input's
/// number (from 1) after a colon (<c>ged-7:2</c>), then <c>-2</c>, <c>-3</c>… if that is taken
/// too. Derived figure claims are named after the claim they come from and the kind
/// (<c>acled-SYR1-claim-1-killed</c>). References to ids an input does not define are kept as they
/// are. Host subtypes of <see cref="ClaimAssertion"/> are kept as they are, their references not
/// renamed.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DossierMerger
{
    private static readonly MatchEvidence SameRecordEvidence = new(MatchEvidenceKind.SameRecord, 1, "the same id and the same content");
    private static readonly ClaimId KeyId = new("key");
    private const int MaxEventsPerPart = 1 << 20;

    private readonly DossierMergeOptions options;
    private readonly EntityResolver resolver;
    private readonly EventMatcher matcher;

    /// <summary>Initializes a merger.</summary>
    /// <param name="options">The options, or null for <see cref="DossierMergeOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is out of its range.</exception>
    public DossierMerger(DossierMergeOptions? options = null)
    {
        this.options = options ?? DossierMergeOptions.Default;
        Preconditions.CheckArgumentRange(this.options.EventsPerPart, 1, MaxEventsPerPart, "options.EventsPerPart");
        resolver = new EntityResolver(Preconditions.CheckNotNull(this.options.Resolver));
        matcher = new EventMatcher(Preconditions.CheckNotNull(this.options.Matching));
    }

    /// <summary>Gets the merger with the default options.</summary>
    public static DossierMerger Default { get; } = new();

    /// <summary>Gets the options.</summary>
    public DossierMergeOptions Options => options;

    /// <summary>Merges two dossiers.</summary>
    /// <param name="first">The first input.</param>
    /// <param name="second">The second input.</param>
    /// <returns>The merged dossier with the decisions, ambiguities and provenance.</returns>
    /// <exception cref="ArgumentNullException">An input is null.</exception>
    public DossierMergeResult Merge(Dossier first, Dossier second) =>
        Merge([Preconditions.CheckNotNull(first), Preconditions.CheckNotNull(second)]);

    /// <summary>Merges dossiers, in the order given.</summary>
    /// <param name="inputs">The inputs; one input gives itself back (duplicate ids renamed).</param>
    /// <returns>The merged dossier with the decisions, ambiguities and provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or one of them is null.</exception>
    public DossierMergeResult Merge(IEnumerable<Dossier> inputs) => Merge(inputs, progress: null);

    /// <summary>Merges dossiers, in the order given, telling how far it has got and stopping when asked.</summary>
    /// <param name="inputs">The inputs; one input gives itself back (duplicate ids renamed).</param>
    /// <param name="progress">Told each stage of each input as it starts and ends, and along the way while events are matched; null for none. It is called on the merging thread.</param>
    /// <param name="cancellationToken">Stops the merge between stages, and every thousand or so events while they are matched.</param>
    /// <returns>The merged dossier with the decisions, ambiguities and provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or one of them is null.</exception>
    /// <exception cref="OperationCanceledException">The merge was cancelled.</exception>
    public DossierMergeResult Merge(IEnumerable<Dossier> inputs, IProgress<DossierMergeProgress>? progress, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(inputs);
        var state = new MergeState(resolver, matcher, progress, cancellationToken);
        int k = 0;
        foreach (var input in inputs)
        {
            Preconditions.CheckArgument(input is not null, nameof(inputs), "An input is null.");
            cancellationToken.ThrowIfCancellationRequested();
            state.Add(k++, input!);
        }
        return state.Finish();
    }

    /// <summary>
    /// Merges inputs in the order given, each a dossier in memory or an NDJSON dossier read in parts, so that a large NDJSON
    /// input is never held whole beside the merged dossier.
    /// </summary>
    /// <param name="inputs">The inputs; see <see cref="DossierMergeInput"/>. A <see cref="Dossier"/> converts to one.</param>
    /// <param name="progress">Told each stage of each input as it starts and ends, and along the way while events are matched; null for none. It is called on the merging thread.</param>
    /// <param name="cancellationToken">Stops the merge between stages, between parts of an NDJSON input, and every thousand or so events while they are matched.</param>
    /// <returns>
    /// The merged dossier with the decisions, ambiguities and provenance: equal to what <see cref="Merge(IEnumerable{Dossier}, IProgress{DossierMergeProgress}?, CancellationToken)"/>
    /// returns for the same inputs read whole.
    /// </returns>
    /// <remarks>
    /// <para>An NDJSON input's header (actors, alliances, relations, places, sources, reports) is read into memory and
    /// resolved as a dossier's is. Its events are read <see cref="DossierMergeOptions.EventsPerPart"/> at a time and scored
    /// against the events merged before the input, never against each other; the matches are chosen best first once every
    /// part is scored, as for the input read whole, so a part's event can lose its match to a better one later in the input.
    /// Then the claims and events are read again and added in the order of the stream. What is kept of the input between
    /// passes is its ids, the pairs of events that score enough to match, and the countries of its actors' events.</para>
    /// <para>The merged dossier itself is held in memory, and so is, for each merged event, each input event it is made of
    /// (to settle figures and dates once every input is in), unless the merged event is equal to it (nothing renamed). An
    /// event listing a claim that its stream gives later or never (a writer of this library puts every claim before the
    /// events that list it) is held until the input's claims are read, with the events after it. Each part is compared only
    /// with the merged events whose dates come within <see cref="EventMatchOptions.Days"/> of its own.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or one of them is null.</exception>
    /// <exception cref="DossierFormatException">An NDJSON input is not a dossier this library reads; the message says where.</exception>
    /// <exception cref="System.IO.IOException">An NDJSON input cannot be opened or read, or gives other events when read again.</exception>
    /// <exception cref="OperationCanceledException">The merge was cancelled.</exception>
    public async Task<DossierMergeResult> MergeAsync(IEnumerable<DossierMergeInput> inputs, IProgress<DossierMergeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(inputs);
        var state = new MergeState(resolver, matcher, progress, cancellationToken);
        int k = 0;
        foreach (var input in inputs)
        {
            Preconditions.CheckArgument(input is not null, nameof(inputs), "An input is null.");
            cancellationToken.ThrowIfCancellationRequested();
            if (input!.Dossier is { } dossier)
            {
                state.Add(k++, dossier);
            }
            else
            {
                await state.AddAsync(k++, input, options.EventsPerPart).ConfigureAwait(false);
            }
        }
        return state.Finish();
    }

    internal static Resolution<TId> SameRecord<TId>(TId incoming)
        where TId : struct, IEntityId, IEquatable<TId> =>
        new(incoming, ResolutionDecision.Same, incoming, [new ResolutionCandidate<TId>(incoming, 1, [SameRecordEvidence])]);

    internal static EventMatch SameRecord(EventId id) => new(id, id, 1, [SameRecordEvidence]);

    internal static Claim KeyOf(Claim claim) =>
        new(KeyId, claim.Assertion, claim.Attribution, claim.Report, claim.Quote, claim.Wording, claim.Credibility, claim.Modality, claim.Extensions);
}
