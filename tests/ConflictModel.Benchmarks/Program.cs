using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using ConflictModel.Benchmarks.Budget;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet benchmarks (any BenchmarkDotNet arguments), or with <c>--budget</c>
/// the quick budget run that prints one <c>name: value</c> line per metric, or with
/// <c>--rule-times</c> the time of each validation rule on its own.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (Array.IndexOf(args, "--budget") >= 0)
        {
            return await BudgetRun.RunAsync(args).ConfigureAwait(false);
        }
        if (Array.IndexOf(args, "--rule-times") >= 0)
        {
            return RuleTimes.Run(args);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
