using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ConflictModel.Validation.Rules;

namespace ConflictModel.Validation;

/// <summary>
/// Validates the events of a stream (such as an NDJSON dossier read with
/// <see cref="Serialization.NdjsonDossierReader"/>) one at a time, against a header that stays in
/// memory, in memory that does not grow with the number of events. Start one with
/// <see cref="DossierValidator.StartStream"/>, <see cref="Add"/> every event, then <see cref="Complete"/>.
/// </summary>
/// <remarks>
/// <para>Events are checked in windows of <see cref="WindowSize"/>: <see cref="Add"/> returns the
/// diagnostics of a window when it is full, and <see cref="Complete"/> those of the last one.
/// Paths count events from 0 in the order they were added, as <c>$.events[i]</c> does in a whole
/// dossier.</para>
/// <para>What runs where. On the header, once, when the stream starts: every rule of the validator,
/// host rules included, with references to events left unresolved (they are in the stream). On each event, against the header: references to other entities (CM2001, CM2002),
/// date ranges (CM1012), figures (CM1013, CM1014, CM7001–CM7003), sides and participants (CM6001,
/// CM6006, CM6007, CM6009), claims and reports of the event (CM4001, CM5001, CM5008) and relations
/// on the event's date (CM4003). Not run, because they compare all events with one another and so
/// would need memory that grows with the stream: duplicate and clashing ids among events (CM1001,
/// CM1002, CM1003) and control handed over by the wrong actor (CM6002); nor are checks that need
/// both a claim and the event it is about (CM4002, and the resolution of a claim's reference to an
/// event). Host rules run on the header only. For those, read the stream into memory and use
/// <see cref="DossierValidator.Validate"/>.</para>
/// <para>This type is not thread-safe: one consumer adds the events of one stream.</para>
/// </remarks>
public sealed class DossierStreamValidator
{
    /// <summary>The number of events checked together.</summary>
    public const int WindowSize = 4096;

    private const string EventsPrefix = "$.events[";

    private static readonly HashSet<Type> EventRules =
    [
        typeof(UnresolvedReferenceRule), typeof(WrongKindReferenceRule), typeof(DateRangeReversedRule),
        typeof(FigureBoundsOutOfOrderRule), typeof(NegativeCountRule), typeof(MalformedNumeralRule), typeof(FigureDiffersFromWordsRule),
        typeof(FractionalCountRule), typeof(ActorOnBothSidesRule), typeof(DuplicateParticipantRule), typeof(ControlChangeToSameActorRule),
        typeof(SubTypeOfAnotherTypeRule), typeof(EventAfterItsReportsRule), typeof(EventWithoutClaimRule), typeof(ListedClaimNotAboutEventRule),
        typeof(RelationNotValidOnEventDateRule),
    ];

    private static readonly HashSet<Type> StreamWideRules =
    [
        typeof(DuplicateIdRule), typeof(IdSharedAcrossKindsRule), typeof(IdsDifferOnlyByCaseRule), typeof(ControlHandedOverByWrongActorRule),
    ];

    private readonly Dossier header;
    private readonly DossierValidator eventValidator;
    private readonly List<ConflictEvent> window = new(WindowSize);
    private long added;
    private bool completed;

    internal DossierStreamValidator(Dossier header, DossierValidator eventValidator, IReadOnlyList<Diagnostic> headerDiagnostics)
    {
        this.header = header;
        this.eventValidator = eventValidator;
        HeaderDiagnostics = headerDiagnostics;
    }

    /// <summary>Gets what the check of the header found when the stream started.</summary>
    public IReadOnlyList<Diagnostic> HeaderDiagnostics { get; }

    /// <summary>Gets the number of events added so far.</summary>
    public long EventCount => added;

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
        window.Add(@event);
        added++;
        return window.Count == WindowSize ? CheckWindow(cancellationToken) : [];
    }

    /// <summary>Checks the events added since the last full window, and ends the stream.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The diagnostics of the last window.</returns>
    /// <exception cref="InvalidOperationException">The stream is already complete.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public IReadOnlyList<Diagnostic> Complete(CancellationToken cancellationToken = default)
    {
        CheckOpen();
        var last = window.Count == 0 ? [] : CheckWindow(cancellationToken);
        completed = true;
        return last;
    }

    internal static bool RunsOnEvents(DossierRule rule) => EventRules.Contains(rule.GetType()) && !StreamWideRules.Contains(rule.GetType());

    private void CheckOpen()
    {
        if (completed)
        {
            throw new InvalidOperationException("The stream is complete; start another with DossierValidator.StartStream to validate more events.");
        }
    }

    private List<Diagnostic> CheckWindow(CancellationToken cancellationToken)
    {
        long offset = added - window.Count;
        var found = eventValidator.Check(new Dossier(header, window), eventsElsewhere: false, cancellationToken);
        window.Clear();
        var result = new List<Diagnostic>(found.Count);
        foreach (var diagnostic in found)
        {
            // Rules see the header too; what they say about it was said when the stream started.
            if (diagnostic.Path.StartsWith(EventsPrefix, StringComparison.Ordinal))
            {
                result.Add(offset == 0 ? diagnostic : Rebase(diagnostic, offset));
            }
            else if (diagnostic.Code == DossierValidator.RuleFailed.Code)
            {
                result.Add(diagnostic);
            }
        }
        return result;
    }

    /// <summary>Gives a diagnostic the position of its event in the stream rather than in its window.</summary>
    private static Diagnostic Rebase(Diagnostic diagnostic, long offset)
    {
        string path = diagnostic.Path;
        int close = path.IndexOf(']', EventsPrefix.Length);
        long index = long.Parse(path.AsSpan(EventsPrefix.Length, close - EventsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
        string rebased = string.Concat(EventsPrefix, (index + offset).ToString(CultureInfo.InvariantCulture), path.AsSpan(close));
        return new Diagnostic(diagnostic.Code, diagnostic.Severity, rebased, diagnostic.Message, diagnostic.EntityIds, diagnostic.AttemptedValue);
    }
}
