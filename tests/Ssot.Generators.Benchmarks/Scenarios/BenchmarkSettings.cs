using System.Collections.Generic;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>
/// The parameter values, set from the command line before BenchmarkDotNet reads them (it reads them in the host
/// process and bakes them into each benchmark process).
/// </summary>
public static class BenchmarkSettings
{
    /// <summary>The heavy files by default, as the results in docs/performance.md were measured; <c>--variant</c> picks.</summary>
    public static IReadOnlyList<WorkloadVariant> Variants { get; set; } = [WorkloadVariant.Heavy];

    public static IReadOnlyList<int> Files { get; set; } = [100, 1_000, 5_000];

    public static IReadOnlyList<int> MarkedPercents { get; set; } = [1, 10];

    public static IReadOnlyList<S5Analyzers.Project> AnalyzerCases { get; set; } = [S5Analyzers.Project.NoCanonicalTypes, S5Analyzers.Project.LegacyReferences];
}
