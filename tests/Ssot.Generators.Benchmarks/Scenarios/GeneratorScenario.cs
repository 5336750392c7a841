using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Ssot.Generators.Benchmarks.Baselines;
using Ssot.Generators.Benchmarks.Workload;

namespace Ssot.Generators.Benchmarks.Scenarios;

/// <summary>The parameters every generator scenario shares: the variant of its files, project size and the share of classes marked.</summary>
public abstract class GeneratorScenario
{
    [ParamsSource(nameof(VariantValues))]
    public WorkloadVariant Variant { get; set; }

    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; }

    /// <summary>Percent of the classes that carry the attributes (ours, and the peers' on the same classes).</summary>
    [ParamsSource(nameof(MarkedPercentValues))]
    public int Marked { get; set; }

    public static IEnumerable<int> FileCounts => BenchmarkSettings.Files;

    public static IEnumerable<int> MarkedPercentValues => BenchmarkSettings.MarkedPercents;

    public static IEnumerable<WorkloadVariant> VariantValues => BenchmarkSettings.Variants;

    protected Workload.Workload Project => Workload.Workload.Get(Files, Marked, variant: Variant);

    /// <summary>Which generators a benchmark method runs, by its name.</summary>
    protected static ImmutableArray<ISourceGenerator> GeneratorsFor(string method) => method switch
    {
        nameof(Floor) => GeneratorSets.Floor,
        nameof(TrivialEmitter) => GeneratorSets.TrivialEmitter,
        nameof(Ssot) => GeneratorSets.Ssot,
        nameof(Mvvm) => GeneratorSets.Mvvm,
        nameof(LoggerMessage) => GeneratorSets.LoggerMessage,
        _ => [],
    };

    /// <summary><c>ForAttributeWithMetadataName</c> on our attribute, constant transform, no output.</summary>
    [Benchmark(Baseline = true, Description = "floor generator")]
    public GeneratorDriver Floor() => Run();

    /// <summary>The floor's search plus one small generated file per marked type.</summary>
    [Benchmark(Description = "trivial emitter")]
    public GeneratorDriver TrivialEmitter() => Run();

    [Benchmark(Description = "Ssot.Generators")]
    public GeneratorDriver Ssot() => Run();

    [Benchmark(Description = "CommunityToolkit.Mvvm")]
    public GeneratorDriver Mvvm() => Run();

    [Benchmark(Description = "LoggerMessage")]
    public GeneratorDriver LoggerMessage() => Run();

    protected abstract GeneratorDriver Run();
}
