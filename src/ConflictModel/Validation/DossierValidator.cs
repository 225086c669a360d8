using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace ConflictModel.Validation;

/// <summary>
/// Checks a dossier against a set of rules and returns everything that is wrong or doubtful, as
/// diagnostics with stable codes. Start from <see cref="Default"/> (every built-in rule) and add
/// rules, change severities, switch codes off or turn on strict mode with the "with" methods.
/// </summary>
/// <remarks>
/// <para>Validation never throws on bad data; it throws only when misused (a null argument) or
/// cancelled. A rule that throws is reported as <see cref="RuleFailed"/> and the others go on.</para>
/// <para>This type is immutable and thread-safe: one validator can validate many dossiers at once.</para>
/// </remarks>
public sealed class DossierValidator
{
    /// <summary>The code reported when a rule throws instead of reporting.</summary>
    public static readonly DiagnosticDescriptor RuleFailed = new(
        "CM0001", "Rule failed", Severity.Error, DiagnosticCategory.Validation,
        "A rule threw an exception instead of reporting diagnostics; the dossier was not fully checked.");

    private readonly ImmutableArray<DossierRule> rules;
    private readonly ImmutableDictionary<string, Severity?> overrides;

    private DossierValidator(ImmutableArray<DossierRule> rules, ImmutableDictionary<string, Severity?> overrides, bool isStrict,
        int maxDiagnosticsPerCode = int.MaxValue)
    {
        this.rules = rules;
        this.overrides = overrides;
        IsStrict = isStrict;
        MaxDiagnosticsPerCode = maxDiagnosticsPerCode;
    }

    /// <summary>Gets a validator with every built-in rule at its default severity.</summary>
    public static DossierValidator Default { get; } =
        new([.. BuiltInRules.Create()], ImmutableDictionary.Create<string, Severity?>(StringComparer.Ordinal), false);

    /// <summary>Gets a validator with no rule, for a host that wants only its own.</summary>
    public static DossierValidator Empty { get; } =
        new([], ImmutableDictionary.Create<string, Severity?>(StringComparer.Ordinal), false);

    /// <summary>Gets the rules, built-in first, then in the order they were added.</summary>
    public IReadOnlyList<DossierRule> Rules => rules;

    /// <summary>Gets the descriptors of every rule.</summary>
    public IEnumerable<DiagnosticDescriptor> Descriptors => rules.Select(r => r.Descriptor);

    /// <summary>Gets a value indicating whether warnings are reported as errors.</summary>
    public bool IsStrict { get; }

    /// <summary>Returns a validator with one more rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A rule with the same code is already there, or a host rule uses the library's <c>CM</c> prefix.</exception>
    public DossierValidator WithRule(DossierRule rule)
    {
        Preconditions.CheckNotNull(rule);
        var descriptor = Preconditions.CheckNotNull(rule.Descriptor, nameof(rule) + "." + nameof(rule.Descriptor));
        Preconditions.CheckArgument(rules.All(r => r.Descriptor.Code != descriptor.Code), nameof(rule),
            $"A rule with code {descriptor.Code} is already there ({Find(descriptor.Code)}); every rule needs its own code.");
        Preconditions.CheckArgument(IsBuiltIn(rule)
            || !descriptor.Code.StartsWith(DiagnosticDescriptor.BuiltInPrefix, StringComparison.Ordinal) || descriptor.Code.Length != 6,
            nameof(rule), $"Code {descriptor.Code} uses the library's own prefix CM; give host rules a prefix of their own, such as ACME0001.");
        return new(rules.Add(rule), overrides, IsStrict, MaxDiagnosticsPerCode);
    }

    /// <summary>Returns a validator with one more rule made of a callback (the lightweight form).</summary>
    /// <param name="descriptor">What the rule's code means.</param>
    /// <param name="check">Checks the dossier and reports through the context, using <paramref name="descriptor"/>.</param>
    /// <returns>A new validator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="WithRule(DossierRule)"/>.</exception>
    public DossierValidator WithRule(DiagnosticDescriptor descriptor, Action<ValidationContext> check) =>
        WithRule(new DelegateRule(Preconditions.CheckNotNull(descriptor), Preconditions.CheckNotNull(check)));

    /// <summary>
    /// Returns a validator with one more rule made of a predicate on one kind of entity: every
    /// entity for which <paramref name="isValid"/> is false is reported at the entity's path.
    /// </summary>
    /// <typeparam name="TEntity">
    /// <see cref="Actor"/>, <see cref="Alliance"/>, <see cref="ActorRelation"/>, <see cref="Place"/>,
    /// <see cref="Source"/>, <see cref="Report"/>, <see cref="Claim"/> or <see cref="ConflictEvent"/>.
    /// </typeparam>
    /// <param name="descriptor">What the rule's code means.</param>
    /// <param name="isValid">True for an entity that passes.</param>
    /// <param name="message">The message for an entity that fails.</param>
    /// <returns>A new validator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TEntity"/> is not an entity type, or see <see cref="WithRule(DossierRule)"/>.</exception>
    public DossierValidator WithEntityRule<TEntity>(DiagnosticDescriptor descriptor, Func<TEntity, bool> isValid, Func<TEntity, string> message)
        where TEntity : class
    {
        Preconditions.CheckArgument(DossierPaths.IsEntityType(typeof(TEntity)), nameof(TEntity),
            $"{typeof(TEntity).Name} is not an entity of a dossier; use Actor, Alliance, ActorRelation, Place, Source, Report, Claim or ConflictEvent.");
        return WithRule(new EntityPredicateRule<TEntity>(Preconditions.CheckNotNull(descriptor), Preconditions.CheckNotNull(isValid), Preconditions.CheckNotNull(message)));
    }

    /// <summary>Returns a validator that reports a code with another severity.</summary>
    /// <param name="code">The code of one of the validator's rules.</param>
    /// <param name="severity">The new severity.</param>
    /// <returns>A new validator.</returns>
    /// <exception cref="ArgumentException">No rule has that code, or the severity is undefined.</exception>
    public DossierValidator WithSeverity(string code, Severity severity)
    {
        CheckKnown(code);
        return new(rules, overrides.SetItem(code, Preconditions.CheckDefined(severity)), IsStrict, MaxDiagnosticsPerCode);
    }

    /// <summary>Returns a validator that does not run the rule with a code.</summary>
    /// <param name="code">The code of one of the validator's rules.</param>
    /// <returns>A new validator.</returns>
    /// <exception cref="ArgumentException">No rule has that code.</exception>
    public DossierValidator Without(string code)
    {
        CheckKnown(code);
        return new(rules, overrides.SetItem(code, null), IsStrict, MaxDiagnosticsPerCode);
    }

    /// <summary>Returns a validator that reports warnings as errors, or not.</summary>
    /// <param name="strict">True to report warnings as errors.</param>
    /// <returns>A new validator.</returns>
    public DossierValidator WithStrict(bool strict = true) => new(rules, overrides, strict, MaxDiagnosticsPerCode);

    /// <summary>
    /// Gets the number of diagnostics of one code that <see cref="Validate"/> keeps; the others are
    /// counted in <see cref="ValidationResult.Omitted"/>. <see cref="int.MaxValue"/> (the default) keeps all.
    /// </summary>
    public int MaxDiagnosticsPerCode { get; }

    /// <summary>
    /// Returns a validator that keeps at most <paramref name="max"/> diagnostics of each code and
    /// counts the others, so that a dossier with a problem repeated a million times gives a result
    /// of bounded size. The counts of the result (by severity, by code) stay exact.
    /// </summary>
    /// <param name="max">The number kept per code, at least 1; <see cref="int.MaxValue"/> keeps all.</param>
    /// <returns>A new validator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than 1.</exception>
    public DossierValidator WithMaxDiagnosticsPerCode(int max) => new(rules, overrides, IsStrict, Preconditions.CheckArgumentRange(max, 1, int.MaxValue));

    /// <summary>Returns the severity a code is reported with, or null when it is switched off.</summary>
    /// <param name="code">A code.</param>
    /// <returns>The effective severity, or null.</returns>
    /// <exception cref="ArgumentException">No rule has that code.</exception>
    public Severity? SeverityOf(string code) => EffectiveSeverity(code, Find(code)?.Descriptor.DefaultSeverity ?? throw Unknown(code));

    /// <summary>Checks a dossier with every rule.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="cancellationToken">Cancels the validation.</param>
    /// <returns>The diagnostics, rule by rule in the order of <see cref="Rules"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public ValidationResult Validate(Dossier dossier, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(dossier);
        var collector = new DiagnosticCollector(MaxDiagnosticsPerCode);
        Check(dossier, eventsElsewhere: false, cancellationToken, collector: collector);
        return collector.ToResult();
    }

    /// <summary>
    /// Starts the validation of a dossier whose events and claims arrive one at a time, such as an
    /// NDJSON stream, in memory bounded by the header and a window of events and claims: the header
    /// is checked now, the events and claims as they are added.
    /// <see cref="DossierStreamValidator"/> tells which rules run where.
    /// </summary>
    /// <param name="header">The dossier's entities other than events (an NDJSON header); its events, if any, are ignored.</param>
    /// <param name="cancellationToken">Cancels the check of the header.</param>
    /// <returns>A validator for the events and claims of the stream; <see cref="DossierStreamValidator.HeaderDiagnostics"/> holds what the header check found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public DossierStreamValidator StartStream(Dossier header, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(header);
        var bare = header.Events.Count == 0 ? header : new Dossier(header.Actors, header.Alliances, header.Relations, header.Places,
            header.Sources, header.Reports, header.Claims, null, header.Extensions);
        // Claims may come in the stream (NDJSON version 2): references to them are checked when it completes.
        var diagnostics = Check(bare, eventsElsewhere: true, cancellationToken, static target => target is ClaimId);
        return new DossierStreamValidator(bare, Keep(DossierStreamValidator.RunsInWindows), Keep(DossierStreamValidator.ResolvesReferences), diagnostics);
    }

    internal DossierValidator Keep(Func<DossierRule, bool> predicate) => new([.. rules.Where(predicate)], overrides, IsStrict, MaxDiagnosticsPerCode);

    internal List<Diagnostic> Check(Dossier dossier, bool eventsElsewhere, CancellationToken cancellationToken, Func<IEntityId, bool>? resolvedElsewhere = null,
        DiagnosticCollector? collector = null)
    {
        // The parts of a stream are bounded by its windows; the caller gathers them under the limit.
        collector ??= new DiagnosticCollector(int.MaxValue);
        var context = new ValidationContext(dossier, this, collector, cancellationToken)
        {
            EventsElsewhere = eventsElsewhere,
            ResolvedElsewhere = resolvedElsewhere,
        };
        // The rules that check items one at a time run together in one pass, when the first of them
        // comes; each one's diagnostics are held back and given at its own place, as if it ran there.
        Dictionary<PassRule, Exception?>? passed = null;
        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!context.IsEnabled(rule.Descriptor))
            {
                continue;
            }
            if (rule is PassRule pass)
            {
                passed ??= RunPass(context, collector);
                collector.Flush(rule.Descriptor.Code);
                if (passed[pass] is { } failure)
                {
                    ReportFailure(context, rule, failure);
                }
                continue;
            }
            try
            {
                rule.Check(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                ReportFailure(context, rule, ex);
            }
        }
        return collector.Kept;
    }

    /// <summary>Runs every enabled <see cref="PassRule"/> in one pass, holding back their diagnostics.</summary>
    private Dictionary<PassRule, Exception?> RunPass(ValidationContext context, DiagnosticCollector collector)
    {
        var passRules = new List<PassRule>();
        foreach (var rule in rules)
        {
            if (rule is PassRule pass && context.IsEnabled(rule.Descriptor))
            {
                passRules.Add(pass);
            }
        }
        collector.Defer(passRules.Select(r => r.Descriptor.Code));
        var failures = PassRule.Run(context, passRules);
        var passed = new Dictionary<PassRule, Exception?>(passRules.Count, ReferenceEqualityComparer.Instance);
        for (int r = 0; r < passRules.Count; r++)
        {
            passed.Add(passRules[r], failures[r]);
        }
        return passed;
    }

    /// <summary>One faulty rule must not hide what the others find: says which rule failed and how.</summary>
    private static void ReportFailure(ValidationContext context, DossierRule rule, Exception ex) =>
        context.Report(RuleFailed, "$", string.Format(CultureInfo.InvariantCulture,
            "Rule {0} ({1}) threw {2}: {3} The dossier was not fully checked for {0}.",
            rule.Descriptor.Code, rule.Descriptor.Title, ex.GetType().Name, ex.Message), attemptedValue: rule.Descriptor.Code);

    internal Severity? EffectiveSeverity(string code, Severity defaultSeverity)
    {
        var severity = overrides.TryGetValue(code, out var changed) ? changed : defaultSeverity;
        return IsStrict && severity == Severity.Warning ? Severity.Error : severity;
    }

    /// <summary>The library's own rules live in one namespace; delegate and predicate rules are hosts' even though their classes are the library's.</summary>
    private static bool IsBuiltIn(DossierRule rule) =>
        rule.GetType().Assembly == typeof(DossierValidator).Assembly && rule.GetType().Namespace == typeof(Rules.DuplicateIdRule).Namespace;

    private DossierRule? Find(string code) => rules.FirstOrDefault(r => r.Descriptor.Code == code);

    private void CheckKnown(string code)
    {
        Preconditions.CheckNotNull(code);
        if (Find(code) is null)
        {
            throw Unknown(code);
        }
    }

    private static ArgumentException Unknown(string code) =>
        new($"No rule of this validator has code \"{code}\"; see docs/diagnostics.md for the built-in codes.", nameof(code));
}
