using System;
using System.Collections.Generic;
using System.Globalization;
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
