using System;
using System.Collections.Generic;
using System.Threading;

namespace ConflictModel.Validation;

/// <summary>
/// What a rule gets while it checks a dossier: the dossier, shared lookups built once per
/// validation, and the means to report a diagnostic.
/// </summary>
/// <remarks>
/// A context belongs to one validation on one thread; rules must not keep it after
/// <see cref="DossierRule.Check"/> returns.
/// </remarks>
public sealed class ValidationContext
{
    private readonly DossierValidator validator;
    private readonly DiagnosticCollector diagnostics;
    private IdTable? ids;
    private List<DanglingReference>? danglingReferences;
    private Rules.EventClaimIndex? eventClaims;
    private ResolvedClaims? resolved;
    private Rules.FigureReadings? figureReadings;
    private List<Rules.FigureSite>? figureSites;
    private List<(ClaimId Total, List<Rules.FigureParts.Part> Parts)>? figureParts;
    private Rules.Disagreements? disagreements;

    internal ValidationContext(Dossier dossier, DossierValidator validator, DiagnosticCollector diagnostics, CancellationToken cancellationToken)
    {
        Dossier = dossier;
        this.validator = validator;
        this.diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the dossier being validated.</summary>
    public Dossier Dossier { get; }

    /// <summary>Gets the token that cancels the validation; long rules should check it now and then.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Gets every id declared in the dossier and where.</summary>
    internal IdTable Ids => ids ??= new IdTable(Dossier);

    /// <summary>
    /// Gets a value indicating whether the events are checked elsewhere (the header of a stream):
    /// references to events are then not resolved against this dossier.
    /// </summary>
    internal bool EventsElsewhere { get; init; }

    /// <summary>
    /// Gets, for a part of a stream, what tells whether a reference that names no entity of this
    /// dossier names one seen, or still to come, elsewhere in the stream; null when there is nothing elsewhere.
    /// </summary>
    internal Func<IEntityId, bool>? ResolvedElsewhere { get; init; }

    /// <summary>Gets the claims about each event, built once for the rules that need them.</summary>
    internal Rules.EventClaimIndex EventClaims => eventClaims ??= new Rules.EventClaimIndex(Resolved);

    /// <summary>Gets the references of claims and events that most rules follow, looked up once.</summary>
    internal ResolvedClaims Resolved => resolved ??= new ResolvedClaims(Dossier, gatherFigures: figureSites is null);

    /// <summary>Gets the numerals in the words of every figure, read once for the rules that check them.</summary>
    internal Rules.FigureReadings FigureReadings => figureReadings ??= new Rules.FigureReadings(FigureSites);

    /// <summary>Gets every figure of the events and the claims, in the order of <see cref="Rules.FigureSite.All"/>, found once for the rules that check figures.</summary>
    internal List<Rules.FigureSite> FigureSites => figureSites ??= ListFigureSites();

    /// <summary>Gets the breakdowns of figures, grouped by their total, found once for CM6010 and CM6011.</summary>
    internal List<(ClaimId Total, List<Rules.FigureParts.Part> Parts)> FigureParts => figureParts ??= Rules.FigureParts.Of(this);

    /// <summary>Gets the subjects on which claims of fact disagree, found once for CM6003 and CM6004.</summary>
    internal Rules.Disagreements Disagreements => disagreements ??= Rules.Disagreements.Find(Dossier, CancellationToken);

    /// <summary>Gets every reference that names no entity of its kind, found in one walk shared by the reference rules.</summary>
    internal IReadOnlyList<DanglingReference> DanglingReferences => danglingReferences ??= FindDanglingReferences();

    /// <summary>Tells whether diagnostics of a code are reported at all with the validator's settings.</summary>
    /// <param name="descriptor">The code's descriptor.</param>
    /// <returns>False when the validator switched the code off.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    public bool IsEnabled(DiagnosticDescriptor descriptor) =>
        validator.EffectiveSeverity(Preconditions.CheckNotNull(descriptor).Code, descriptor.DefaultSeverity) is not null;

    /// <summary>
    /// Reports a diagnostic. Its severity is the descriptor's default unless the validator changes
    /// it; a code switched off is dropped; in strict mode a warning becomes an error.
    /// </summary>
    /// <param name="descriptor">What the code means.</param>
    /// <param name="path">The JSON path of the offending value; see <see cref="DossierPaths"/>.</param>
    /// <param name="message">What is wrong, what was found and what is allowed.</param>
    /// <param name="entityIds">The ids of the entities involved.</param>
    /// <param name="attemptedValue">The offending value as text, or null.</param>
    /// <exception cref="ArgumentNullException">An argument other than the last two is null.</exception>
    /// <exception cref="ArgumentException">The path does not start with <c>$</c>, or the message is blank.</exception>
    public void Report(DiagnosticDescriptor descriptor, string path, string message, IReadOnlyList<string>? entityIds = null, string? attemptedValue = null)
    {
        Preconditions.CheckNotNull(descriptor);
        if (validator.EffectiveSeverity(descriptor.Code, descriptor.DefaultSeverity) is { } severity)
        {
            diagnostics.Add(new Diagnostic(descriptor.Code, severity, path, message, entityIds, attemptedValue));
        }
    }

    private List<Rules.FigureSite> ListFigureSites()
    {
        // Resolving the references went through every event and claim: it gathered the figures then.
        if (resolved?.TakeFigureSites() is { } gathered)
        {
            return gathered;
        }
        // Sized once for the most there can be (every claim a figure), so that the list is not copied as it grows.
        int most = Dossier.Claims.Count;
        foreach (var ev in Dossier.Events)
        {
            most += ev.Figures.Count;
        }
        var sites = new List<Rules.FigureSite>(most);
        sites.AddRange(Rules.FigureSite.All(Dossier));
        return sites;
    }

    private List<DanglingReference> FindDanglingReferences()
    {
        var dossier = Dossier;
        var found = new List<DanglingReference>();
        bool eventsElsewhere = EventsElsewhere;
        var resolvedElsewhere = ResolvedElsewhere;
        ReferenceWalker.WalkDangling(dossier, Resolved, (IEntityId target, string owner, in ReferenceLocation at) =>
        {
            if (!(eventsElsewhere && target is EventId) && !(resolvedElsewhere?.Invoke(target) ?? false))
            {
                found.Add(new DanglingReference(target, owner, at));
            }
        });
        return found;
    }

    /// <summary>Returns the path of the first entity declared with an id, such as <c>$.events[3]</c>.</summary>
    /// <param name="id">An id.</param>
    /// <returns>The path, or null when no entity of the id's kind has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public string? PathOf(IEntityId id)
    {
        Preconditions.CheckNotNull(id);
        if (id.IsDefault)
        {
            return null;
        }
        foreach (var occurrence in Ids.All(id.Value))
        {
            if (occurrence.Kind == id.EntityKind)
            {
                return occurrence.Path;
            }
        }
        return null;
    }
}
