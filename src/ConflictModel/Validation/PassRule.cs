using System;
using System.Collections.Generic;
using System.Threading;

namespace ConflictModel.Validation;

/// <summary>What a <see cref="PassRule"/> looks at, one item at a time.</summary>
[Flags]
internal enum PassItems
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Every event, in dossier order.</summary>
    Events = 1,

    /// <summary>Every claim, in dossier order, after the events.</summary>
    Claims = 2,

    /// <summary>Every figure (<see cref="ValidationContext.FigureSites"/>), after the claims.</summary>
    Figures = 4,
}

/// <summary>
/// A built-in rule that checks events, claims and figures one at a time. The validator runs all
/// such rules in one shared pass over the dossier, so that each event and claim is brought into
/// the processor's cache once for all of them rather than once a rule; each rule's diagnostics are
/// held apart and given back at the rule's place, so the result is the same, in the same order, as
/// when the rules run one after the other.
/// </summary>
/// <remarks>
/// A rule may report only its own code. Within a rule, events come first, then claims, then
/// figures. <see cref="Check"/> runs the rule alone, for a validator that holds it among a host's rules.
/// </remarks>
internal abstract class PassRule : DossierRule
{
    /// <summary>How many items pass between two looks at the cancellation token.</summary>
    private const int CancellationStride = 4096;

    /// <summary>Gets what the rule looks at.</summary>
    internal abstract PassItems Items { get; }

    /// <summary>Starts the rule on a dossier: returns what checks its items, holding any state of this validation.</summary>
    /// <param name="context">The validation.</param>
    /// <returns>The rule's pass.</returns>
    internal virtual RulePass Start(ValidationContext context) => new ItemPass(this, context);

    /// <summary>Checks one event (for a rule that looks at <see cref="PassItems.Events"/> and keeps no state).</summary>
    internal virtual void CheckEvent(ValidationContext context, int position, ConflictEvent ev)
    {
    }

    /// <summary>Checks one claim (for a rule that looks at <see cref="PassItems.Claims"/> and keeps no state).</summary>
    internal virtual void CheckClaim(ValidationContext context, int position, Claim claim)
    {
    }

    /// <summary>Checks one figure (for a rule that looks at <see cref="PassItems.Figures"/> and keeps no state).</summary>
    internal virtual void CheckFigure(ValidationContext context, in Rules.FigureSite site)
    {
    }

    /// <inheritdoc/>
    public sealed override void Check(ValidationContext context)
    {
        Preconditions.CheckNotNull(context);
        var failures = Run(context, [this]);
        if (failures[0] is { } failure)
        {
            // Alone, the rule fails as any other rule does: the validator reports it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>
    /// Runs rules in one pass: each event, then each claim, then each figure is handed to every rule
    /// that looks at it. A rule that throws is left out of the rest of the pass; what it reported
    /// before stays.
    /// </summary>
    /// <param name="context">The validation.</param>
    /// <param name="rules">The rules, in the validator's order.</param>
    /// <returns>For each rule, the exception it threw, or null.</returns>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    internal static Exception?[] Run(ValidationContext context, IReadOnlyList<PassRule> rules)
    {
        var token = context.CancellationToken;
        var failures = new Exception?[rules.Count];
        var passes = new RulePass?[rules.Count];
        var all = PassItems.None;
        for (int r = 0; r < rules.Count; r++)
        {
            try
            {
                passes[r] = rules[r].Start(context);
                all |= rules[r].Items;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                failures[r] = ex;
            }
        }

        var dossier = context.Dossier;
        if ((all & PassItems.Events) != 0)
        {
            Visit<ConflictEvent, EventItem>(dossier.Events, Taking(rules, passes, PassItems.Events), passes, failures, token);
        }
        if ((all & PassItems.Claims) != 0)
        {
            Visit<Claim, ClaimItem>(dossier.Claims, Taking(rules, passes, PassItems.Claims), passes, failures, token);
        }
        if ((all & PassItems.Figures) != 0)
        {
            Visit<Rules.FigureSite, FigureItem>(context.FigureSites, Taking(rules, passes, PassItems.Figures), passes, failures, token);
        }
        for (int r = 0; r < passes.Length; r++)
        {
            try
            {
                passes[r]?.Finish();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                failures[r] = ex;
            }
        }
        return failures;
    }

    /// <summary>
    /// Hands each item, in order, to every rule in <paramref name="on"/> that has not failed. A rule
    /// that throws is left out from then on, and the item goes on to the rules after it.
    /// </summary>
    private static void Visit<T, TItem>(IReadOnlyList<T> items, int[] on, RulePass?[] passes, Exception?[] failures, CancellationToken token)
        where TItem : struct, IItem<T>
    {
        for (int i = 0; i < items.Count; i++)
        {
            CheckCancellation(i, token);
            var item = items[i];
            for (int k = 0; k < on.Length;)
            {
                try
                {
                    for (; k < on.Length; k++)
                    {
                        if (passes[on[k]] is { } pass)
                        {
                            TItem.Hand(pass, i, item);
                        }
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    Fail(passes, failures, on[k++], ex);
                }
            }
        }
    }

    private static void CheckCancellation(int i, CancellationToken token)
    {
        if (i % CancellationStride == 0)
        {
            token.ThrowIfCancellationRequested();
        }
    }

    private static void Fail(RulePass?[] passes, Exception?[] failures, int rule, Exception ex)
    {
        passes[rule] = null;
        failures[rule] = ex;
    }

    /// <summary>Returns the positions of the started rules that look at a kind of item.</summary>
    private static int[] Taking(IReadOnlyList<PassRule> rules, RulePass?[] passes, PassItems items)
    {
        var on = new List<int>(rules.Count);
        for (int r = 0; r < rules.Count; r++)
        {
            if (passes[r] is not null && (rules[r].Items & items) != 0)
            {
                on.Add(r);
            }
        }
        return [.. on];
    }

    /// <summary>How one kind of item is handed to a rule's pass; a value type, so that each kind's loop is compiled with a direct call.</summary>
    private interface IItem<T>
    {
        static abstract void Hand(RulePass pass, int position, in T item);
    }

    private readonly struct EventItem : IItem<ConflictEvent>
    {
        public static void Hand(RulePass pass, int position, in ConflictEvent item) => pass.Event(position, item);
    }

    private readonly struct ClaimItem : IItem<Claim>
    {
        public static void Hand(RulePass pass, int position, in Claim item) => pass.Claim(position, item);
    }

    private readonly struct FigureItem : IItem<Rules.FigureSite>
    {
        public static void Hand(RulePass pass, int position, in Rules.FigureSite item) => pass.Figure(item);
    }

    /// <summary>The pass of a rule that keeps no state: it hands each item to the rule.</summary>
    private sealed class ItemPass(PassRule rule, ValidationContext context) : RulePass
    {
        internal override void Event(int position, ConflictEvent ev) => rule.CheckEvent(context, position, ev);

        internal override void Claim(int position, Claim claim) => rule.CheckClaim(context, position, claim);

        internal override void Figure(in Rules.FigureSite site) => rule.CheckFigure(context, site);
    }
}

/// <summary>One rule's part in a shared pass of one validation: it sees the items the rule looks at, in order.</summary>
internal abstract class RulePass
{
    /// <summary>Checks one event.</summary>
    internal virtual void Event(int position, ConflictEvent ev)
    {
    }

    /// <summary>Checks one claim.</summary>
    internal virtual void Claim(int position, Claim claim)
    {
    }

    /// <summary>Checks one figure.</summary>
    internal virtual void Figure(in Rules.FigureSite site)
    {
    }

    /// <summary>Ends the pass, after the last item: reports what needed every item.</summary>
    internal virtual void Finish()
    {
    }
}
