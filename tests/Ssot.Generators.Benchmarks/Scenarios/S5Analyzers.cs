using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Ssot.Generators.Benchmarks.Baselines;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>
/// S5: a compile with our analyzers and suppressor against a compile with the floor analyzer (one no-op action on
/// identifiers: the analyzer driver's own cost), each over the compilation a build analyzes, freshly parsed for each
/// run (as S1), so nothing kept for an earlier run's syntax trees is found again.
/// Iterations are capped at 20: a compile takes seconds at 1,000 files.
/// </summary>
[BenchmarkCategory("S5 analyzers")]
[MaxIterationCount(20)]
public class S5Analyzers
{
    private CSharpCompilation? _analyzed;
    private CSharpCompilation? _fresh;

    public enum Project
    {
        /// <summary>The package is referenced, no type carries the attribute.</summary>
        NoCanonicalTypes,

        /// <summary>1% of classes are canonical (shims generated), 1% of files still name their legacy types.</summary>
        LegacyReferences,
    }

    [ParamsSource(nameof(VariantValues))]
    public WorkloadVariant Variant { get; set; }

    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; }

    [ParamsSource(nameof(Cases))]
    public Project Case { get; set; }

    public static IEnumerable<WorkloadVariant> VariantValues => BenchmarkSettings.Variants;

    public static IEnumerable<int> FileCounts => BenchmarkSettings.Files;

    public static IEnumerable<Project> Cases => BenchmarkSettings.AnalyzerCases;

    [GlobalSetup]
    public void Setup() =>
        _analyzed = Case == Project.NoCanonicalTypes
            ? Workload.Workload.Get(Files, 0, variant: Variant).Compilation
            : Workload.Workload.Get(Files, 1, legacyReferences: true, variant: Variant).WithGeneratedSources();

    [IterationSetup]
    public void Fresh() => _fresh = Workload.Workload.FreshlyParsed(_analyzed!);

    [Benchmark(Description = "compile (GetDiagnostics)")]
    public int PlainCompile() => _fresh!.GetDiagnostics().Length;

    [Benchmark(Baseline = true, Description = "compile + floor analyzer")]
    public int Floor() => Analyze(GeneratorSets.FloorAnalyzers);

    [Benchmark(Description = "compile + Ssot analyzers")]
    public int Ssot() => Analyze(GeneratorSets.SsotAnalyzers);

    private int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers) => Drivers.Analyze(_fresh!, analyzers).Length;
}
