using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictModel.Testing;
using ConflictModel.Validation;

namespace ConflictModel.Benchmarks.Budget;

/// <summary>
/// Times each built-in rule on its own at N and 2N events (processor time, median of three), to
/// find the heavy and the superlinear rules; prints a table on standard error, slowest first.
/// Run with <c>--rule-times [--events N]</c>.
/// </summary>
internal static class RuleTimes
{
    internal static int Run(string[] args)
    {
        int i = Array.IndexOf(args, "--events");
        int events = i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 50_000;
        int loop = Array.IndexOf(args, "--validate-loop");
        if (loop >= 0)
        {
            // For a profiler: nothing but validations after the dossier is made.
            var dossier = SyntheticDossier.Generate(events);
            int times = loop + 1 < args.Length ? int.Parse(args[loop + 1], CultureInfo.InvariantCulture) : 20;
            for (int k = 0; k < times; k++)
            {
                GC.KeepAlive(DossierValidator.Default.Validate(BudgetRun.Fresh(dossier)));
            }
            return 0;
        }
        if (Array.IndexOf(args, "--in-order") >= 0)
        {
            return InOrder(SyntheticDossier.Generate(events), events);
        }
        var small = SyntheticDossier.Generate(events);
        var large = SyntheticDossier.Generate(2 * events);
        var rows = new List<(string Code, double Small, double Large)>();
        foreach (var rule in DossierValidator.Default.Rules)
        {
            var one = DossierValidator.Empty.WithRule(rule);
            double atSmall = Measure(one, small);
            double atLarge = Measure(one, large);
            rows.Add((rule.Descriptor.Code, atSmall, atLarge));
        }
        rows.Sort((a, b) => b.Large.CompareTo(a.Large));
        Console.Error.WriteLine($"rule    ms at {events}  ms at {2 * events}  ratio");
        foreach (var (code, atSmall, atLarge) in rows)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code}  {atSmall * 1e3,10:F1}  {atLarge * 1e3,10:F1}  {atLarge / Math.Max(atSmall, 1e-6),5:F2}"));
        }
        return 0;
    }

    /// <summary>
    /// Times each rule where it runs inside one whole validation, so that a lookup shared by several rules is
    /// counted once, at the first rule that needs it (processor time, median of five validations).
    /// </summary>
    private static int InOrder(Dossier dossier, int events)
    {
        // The rules that share one pass over the dossier run in it, unwrapped, as they do in a validation;
        // the pass's time is what the whole validation takes beyond the other rules.
        var passRule = typeof(DossierRule).Assembly.GetType("ConflictModel.Validation.PassRule", throwOnError: true)!;
        var timed = new List<TimedRule>();
        var validator = DossierValidator.Empty;
        int shared = 0;
        foreach (var rule in DossierValidator.Default.Rules)
        {
            if (passRule.IsInstanceOfType(rule))
            {
                validator = validator.WithRule(rule);
                shared++;
            }
            else
            {
                var one = new TimedRule(rule);
                timed.Add(one);
                validator = validator.WithRule(one);
            }
        }
        // Validations and reads alternate, and the least time of each counts: the machine is shared, and
        // what other work adds to a run is noise, not cost.
        var totals = new double[9];
        var reads = new double[totals.Length];
        var perRule = timed.Select(_ => new double[totals.Length]).ToList();
        var utf8 = ConflictModel.Serialization.DossierJson.WriteToUtf8Bytes(dossier);
        GC.KeepAlive(validator.Validate(BudgetRun.Fresh(dossier)));
        GC.KeepAlive(ConflictModel.Serialization.DossierJson.Read(utf8));
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var found = validator.Validate(BudgetRun.Fresh(dossier));
        double megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;
        string codes = string.Join(", ", found.Diagnostics.GroupBy(d => d.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one validation allocates {megabytes:F1} MB and finds {codes}"));
        for (int i = 0; i < totals.Length; i++)
        {
            timed.ForEach(r => (r.Elapsed, r.Allocated) = (0, 0));
            BudgetRun.SettledMemory();
            totals[i] = BudgetRun.Time(() => GC.KeepAlive(validator.Validate(BudgetRun.Fresh(dossier))));
            for (int r = 0; r < timed.Count; r++)
            {
                perRule[r][i] = timed[r].Elapsed;
            }
            BudgetRun.SettledMemory();
            reads[i] = BudgetRun.Time(() => GC.KeepAlive(ConflictModel.Serialization.DossierJson.Read(utf8)));
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{events} events, least of {totals.Length}: validation {totals.Min() * 1e3:F1} ms (processor), read {reads.Min() * 1e3:F1} ms, ratio {totals.Min() / reads.Min():F3}"));
        Console.Error.WriteLine("rule    ms (elapsed, in order, least)   MB allocated (last validation)");
        var rows = timed.Select((r, k) => (r.Inner.Descriptor.Code, Ms: perRule[k].Min() * 1e3, Mb: r.Allocated / 1e6)).ToList();
        double others = Enumerable.Range(0, totals.Length).Min(i => totals[i] - perRule.Sum(r => r[i]));
        rows.Add(($"{shared} rules in one pass, and the validator", others * 1e3, double.NaN));
        rows.Sort((a, b) => b.Ms.CompareTo(a.Ms));
        foreach (var (code, ms, mb) in rows)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code}  {ms,8:F1}  {mb,8:F1}"));
        }
        return 0;
    }

    private sealed class TimedRule(DossierRule inner) : DossierRule
    {
        internal DossierRule Inner { get; } = inner;

        internal double Elapsed { get; set; }

        internal long Allocated { get; set; }

        public override DiagnosticDescriptor Descriptor { get; } = new("X" + inner.Descriptor.Code, inner.Descriptor.Title,
            inner.Descriptor.DefaultSeverity, inner.Descriptor.Category, inner.Descriptor.Description);

        public override void Check(ValidationContext context)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            Inner.Check(context);
            Elapsed += System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds;
            Allocated += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
    }

    private static double Measure(DossierValidator validator, Dossier dossier)
    {
        var times = new double[3];
        GC.KeepAlive(validator.Validate(BudgetRun.Fresh(dossier)));
        for (int i = 0; i < times.Length; i++)
        {
            BudgetRun.SettledMemory();
            times[i] = BudgetRun.Time(() => GC.KeepAlive(validator.Validate(BudgetRun.Fresh(dossier))));
        }
        Array.Sort(times);
        return times[1];
    }
}
