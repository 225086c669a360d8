using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ConflictModel.Validation.Rules;

namespace ConflictModel.Validation;

/// <summary>
/// Validates the claims and events of a stream (such as an NDJSON dossier read with
/// <see cref="Serialization.NdjsonDossierReader.ReadRecordsAsync"/>) one at a time, against a
/// header that stays in memory, in memory that does not grow with the length of the stream. Start
/// one with <see cref="DossierValidator.StartStream"/>, add every claim and event in the order of
/// the stream with <see cref="Add(Claim, CancellationToken)"/> and <see cref="Add(ConflictEvent, CancellationToken)"/>,
/// then <see cref="Complete"/>.
/// </summary>
/// <remarks>
/// <para>Claims and events are checked in windows: a window holds up to <see cref="WindowSize"/>
/// events and the claims added with them (those added since the previous window), or closes early at
/// <see cref="MaxWindowClaims"/> claims. An <c>Add</c> that fills a window returns its diagnostics,
/// and <see cref="Complete"/> those of the last one. Paths count events from 0 in the order they
/// were added, as <c>$.events[i]</c> does in a whole dossier, and claims as
/// <see cref="Serialization.DossierNdjson.ReadAsync"/> puts them in a dossier: the header's claims
/// first (<c>$.claims[0]</c> to <c>$.claims[h − 1]</c>), then the added claims from <c>$.claims[h]</c> on.
/// Paths inside a message (such as where the other entity of a wrong-kind reference is) are those
/// of the window.</para>
/// <para>What runs where. On the header, once, when the stream starts: every rule of the validator,
/// host rules included, with references to events and claims left for later (they may be in the
/// stream). When the stream completes: the header's references to events and claims, against the
/// ids the stream brought (CM2001, CM2002). On each window, against the header: references to other
/// entities (CM2001, CM2002), date ranges (CM1012), figures (CM1013, CM1014, CM7001–CM7003), sides and
/// participants (CM6001, CM6006, CM6007, CM6009), claims and reports of each event (CM4001, CM5001,
/// CM5008), relations on the event's date (CM4003), and the rules that check one claim against the
/// header or against its event: dates of claims and figures (CM4002, CM4004, CM4005), relay chains
/// and quotes (CM5002–CM5007). Contradictions and corroboration (CM6003, CM6004, CM6005, CM7006) and breakdowns (CM6010, CM6011) are
/// looked for among the claims of one window and the header's: claims about one event arrive
/// together, before it, so they are found for the claims of an event, not between claims in
/// different windows. Not run, because they compare all events or claims with one another and so
/// would need memory that grows with the stream: duplicate and clashing ids (CM1001, CM1002,
/// CM1003) and control handed over by the wrong actor (CM6002). Host rules run on the header only.
/// For those, read the stream into memory and use <see cref="DossierValidator.Validate"/>.</para>
/// <para>References across windows. A reference to a claim or an event not in its window is
/// looked up in a Bloom filter of the ids of earlier windows: a fixed 2 MiB for claim ids and
/// 2 MiB for event ids, whatever the length of the stream. The filter never reports a reference
/// that names an id seen earlier; it may miss one that names an id never seen, with a chance of
/// about 0.2 % when a million ids of that kind came before, 2 % at two million and 68 % at ten
/// million. A claim's reference to an event that comes later, in another window, cannot be told
/// from a dangling one while the stream goes on: it is reported only in the last window (that of
/// <see cref="Complete"/>), when every event has come. An event that lists only claims of earlier
/// windows is not reported as having no claim (CM5001), since those claims are no longer at hand.</para>
/// <para>This type is not thread-safe: one consumer adds the claims and events of one stream.</para>
/// </remarks>
public sealed class DossierStreamValidator
{
    /// <summary>The number of events checked together.</summary>
    public const int WindowSize = 4096;

    /// <summary>The number of claims at which a window is checked even before it holds <see cref="WindowSize"/> events.</summary>
    public const int MaxWindowClaims = 4 * WindowSize;

    private const string EventsPrefix = "$.events[";

    private const string ClaimsPrefix = "$.claims[";

    private static readonly HashSet<Type> EventRules =
    [
        typeof(UnresolvedReferenceRule), typeof(WrongKindReferenceRule), typeof(DateRangeReversedRule),
        typeof(FigureBoundsOutOfOrderRule), typeof(NegativeCountRule), typeof(MalformedNumeralRule), typeof(FigureDiffersFromWordsRule),
        typeof(FractionalCountRule), typeof(ActorOnBothSidesRule), typeof(DuplicateParticipantRule), typeof(ControlChangeToSameActorRule),
        typeof(SubTypeOfAnotherTypeRule), typeof(EventAfterItsReportsRule), typeof(EventWithoutClaimRule), typeof(ListedClaimNotAboutEventRule),
        typeof(RelationNotValidOnEventDateRule),
        // Rules on claims: against the header, their event, or the other claims of the window.
        typeof(ClaimBeforeEventRule), typeof(ClaimAfterItsReportRule), typeof(FigureAfterItsReportRule), typeof(RelayChainLoopsRule),
        typeof(PublisherNotInChainRule), typeof(RelayReportPublishedByAnotherRule), typeof(QuoteOutsideReportTextRule),
        typeof(QuoteDoesNotMatchReportTextRule), typeof(QuoteCannotBeLocatedRule), typeof(ContradictoryFiguresRule),
        typeof(ContradictoryClaimsRule), typeof(SelfReportedClaimRule), typeof(ConfirmedWithoutIndependentSourceRule),
        typeof(PartsExceedTotalRule), typeof(PartDoesNotMatchTotalRule), typeof(ControlAtOddsWithChangeRule),
    ];

    private static readonly HashSet<Type> StreamWideRules =
    [
        typeof(DuplicateIdRule), typeof(IdSharedAcrossKindsRule), typeof(IdsDifferOnlyByCaseRule), typeof(ControlHandedOverByWrongActorRule),
    ];

    private readonly Dossier header;
    private readonly DossierValidator windowValidator;
    private readonly DossierValidator referenceValidator;
    private readonly List<ConflictEvent> events = new(WindowSize);
    private readonly List<Claim> claims = [];
    private readonly IdFilter eventIds = new();
    private readonly IdFilter claimIds = new();
    private readonly Func<IEntityId, bool> inEarlierWindow;
    private readonly Func<IEntityId, bool> inLastWindow;
    private readonly Func<IEntityId, bool> inStream;
    private long eventsAdded;
    private long claimsAdded;
    private bool completed;

    internal DossierStreamValidator(Dossier header, DossierValidator windowValidator, DossierValidator referenceValidator, IReadOnlyList<Diagnostic> headerDiagnostics)
    {
        this.header = header;
        this.windowValidator = windowValidator;
        this.referenceValidator = referenceValidator;
        HeaderDiagnostics = headerDiagnostics;
        // An event a claim refers to may still come while the stream goes on.
        inEarlierWindow = target => target switch
        {
            ClaimId c => claimIds.MayContain(c.ToString()),
            EventId => true,
            _ => false,
        };
        inLastWindow = target => target switch
        {
            ClaimId c => claimIds.MayContain(c.ToString()),
            EventId e => eventIds.MayContain(e.ToString()),
            _ => false,
        };
        // The header's other references were checked when the stream started.
        inStream = target => target switch
        {
            ClaimId c => claimIds.MayContain(c.ToString()),
            EventId e => eventIds.MayContain(e.ToString()),
            _ => true,
        };
    }

    /// <summary>Gets what the check of the header found when the stream started.</summary>
    public IReadOnlyList<Diagnostic> HeaderDiagnostics { get; }

    /// <summary>Gets the number of events added so far.</summary>
    public long EventCount => eventsAdded;

    /// <summary>Gets the number of claims added so far (not counting the header's).</summary>
    public long ClaimCount => claimsAdded;

    /// <summary>Adds the next event of the stream.</summary>
    /// <param name="event">The event.</param>
    /// <param name="cancellationToken">Cancels the check of a full window.</param>
    /// <returns>The diagnostics of the window the event completed, or an empty list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The stream is already complete.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public IReadOnlyList<Diagnostic> Add(ConflictEvent @event, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(@event);
        CheckOpen();
        events.Add(@event);
        eventsAdded++;
        return events.Count == WindowSize ? CheckWindow(last: false, cancellationToken) : [];
    }

    /// <summary>
    /// Adds the next claim of the stream. Add each claim before the first event that lists it, as an
    /// NDJSON stream written by this library has them, so that both are in one window.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="cancellationToken">Cancels the check of a full window.</param>
    /// <returns>The diagnostics of the window the claim completed (at <see cref="MaxWindowClaims"/> claims), or an empty list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The stream is already complete.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public IReadOnlyList<Diagnostic> Add(Claim claim, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(claim);
        CheckOpen();
        claims.Add(claim);
        claimsAdded++;
        return claims.Count == MaxWindowClaims ? CheckWindow(last: false, cancellationToken) : [];
    }

    /// <summary>
    /// Checks the claims and events added since the last full window, then the header's references
    /// to the stream's claims and events, and ends the stream.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The diagnostics of the last window, then those of the header's references.</returns>
    /// <exception cref="InvalidOperationException">The stream is already complete.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public IReadOnlyList<Diagnostic> Complete(CancellationToken cancellationToken = default)
    {
        CheckOpen();
        var last = events.Count == 0 && claims.Count == 0 ? [] : CheckWindow(last: true, cancellationToken);
        last.AddRange(referenceValidator.Check(header, eventsElsewhere: false, cancellationToken, inStream));
        completed = true;
        return last;
    }

    internal static bool RunsInWindows(DossierRule rule) => EventRules.Contains(rule.GetType()) && !StreamWideRules.Contains(rule.GetType());

    internal static bool ResolvesReferences(DossierRule rule) => rule is UnresolvedReferenceRule or WrongKindReferenceRule;

    private void CheckOpen()
    {
        if (completed)
        {
            throw new InvalidOperationException("The stream is complete; start another with DossierValidator.StartStream to validate more events and claims.");
        }
    }

    private List<Diagnostic> CheckWindow(bool last, CancellationToken cancellationToken)
    {
        long eventOffset = eventsAdded - events.Count;
        long claimOffset = claimsAdded - claims.Count;
        int headerClaims = header.Claims.Count;
        var window = claims.Count == 0 ? new Dossier(header, null, events) : new Dossier(header, [.. header.Claims, .. claims], events);
        var found = windowValidator.Check(window, eventsElsewhere: false, cancellationToken, last ? inLastWindow : inEarlierWindow);
        HashSet<ClaimId>? windowClaimIds = null;
        var result = new List<Diagnostic>(found.Count);
        foreach (var diagnostic in found)
        {
            // Rules see the header too; what they say about it was said when the stream started.
            if (diagnostic.Path.StartsWith(EventsPrefix, StringComparison.Ordinal))
            {
                if (diagnostic.Code == ConflictModelDiagnostics.EventWithoutClaim.Code
                    && ListsClaimOfEarlierWindow(window, Index(diagnostic.Path, EventsPrefix.Length, out _), ref windowClaimIds))
                {
                    continue;
                }
                result.Add(eventOffset == 0 ? diagnostic : Rebase(diagnostic, EventsPrefix, eventOffset));
            }
            else if (diagnostic.Path.StartsWith(ClaimsPrefix, StringComparison.Ordinal))
            {
                if (Index(diagnostic.Path, ClaimsPrefix.Length, out _) >= headerClaims)
                {
                    result.Add(claimOffset == 0 ? diagnostic : Rebase(diagnostic, ClaimsPrefix, claimOffset));
                }
            }
            else if (diagnostic.Code == DossierValidator.RuleFailed.Code)
            {
                result.Add(diagnostic);
            }
        }
        foreach (var e in events)
        {
            eventIds.Add(e.Id.ToString());
        }
        foreach (var c in claims)
        {
            claimIds.Add(c.Id.ToString());
        }
        events.Clear();
        claims.Clear();
        return result;
    }

    /// <summary>Tells whether an event lists a claim that is not in its window but may be in an earlier one.</summary>
    private bool ListsClaimOfEarlierWindow(Dossier window, long eventIndex, ref HashSet<ClaimId>? windowClaimIds)
    {
        windowClaimIds ??= [.. window.Claims.Select(c => c.Id)];
        foreach (var id in window.Events[(int)eventIndex].Claims)
        {
            if (!windowClaimIds.Contains(id) && claimIds.MayContain(id.ToString()))
            {
                return true;
            }
        }
        return false;
    }

    private static long Index(string path, int start, out int close)
    {
        close = path.IndexOf(']', start);
        return long.Parse(path.AsSpan(start, close - start), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Gives a diagnostic the position of its event or claim in the stream rather than in its window.</summary>
    private static Diagnostic Rebase(Diagnostic diagnostic, string prefix, long offset)
    {
        string path = diagnostic.Path;
        long index = Index(path, prefix.Length, out int close);
        string rebased = string.Concat(prefix, (index + offset).ToString(CultureInfo.InvariantCulture), path.AsSpan(close));
        return new Diagnostic(diagnostic.Code, diagnostic.Severity, rebased, diagnostic.Message, diagnostic.EntityIds, diagnostic.AttemptedValue);
    }
}
