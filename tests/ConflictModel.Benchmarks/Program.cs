using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;
using ConflictModel.Benchmarks.Budget;

namespace ConflictModel.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet benchmarks (any BenchmarkDotNet arguments), or with <c>--budget</c>
/// the quick budget run that prints one <c>name: value</c> line per metric.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (Array.IndexOf(args, "--budget") >= 0)
        {
            return await BudgetRun.RunAsync(args).ConfigureAwait(false);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
